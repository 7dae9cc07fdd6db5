// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { locales } from '../platform/i18n.js';
import { passwordRules } from './auth.js';

/** Organisation types a member may add at sign-up; municipalities come from the CBS list and are never added. */
export const addableOrganisationTypes = ['partnership', 'government', 'company', 'knowledge_institute', 'foundation'] as const;
export const roles = ['member', 'moderator', 'admin'] as const;

/** Messages are i18n keys: `validation.*` from the platform, `accounts.validation.*` for our own rules. */
const required = { error: 'validation.required' };
/** A missing field reads "required"; other problems keep zod's own codes (too_small …), which the platform translates. */
const missing = { error: (issue: { code: string }) => (issue.code === 'invalid_type' ? 'validation.required' : undefined) };

const text = (min: number, max: number) => z.string(missing).trim().min(1, required).min(min).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));
const email = z.string(missing).trim().toLowerCase().min(1, required).max(254).pipe(z.email({ error: 'validation.invalid_email' }));
const newPassword = z.string(missing).min(1, required).min(passwordRules.minLength).max(passwordRules.maxLength);
/** An unchecked radio group sends nothing; an empty choice means "not chosen". */
const organisationType = z.preprocess((value) => (value === '' ? undefined : value), z.enum(addableOrganisationTypes).optional());

const passwordsMatch = (data: { password: string; passwordConfirm: string }) => data.password === data.passwordConfirm;
const mismatch = { path: ['passwordConfirm'], error: 'accounts.validation.passwordMismatch' };

export const signUpSchema = z
  .object({
    name: text(2, 100),
    email,
    organisation: text(2, 200),
    organisationType,
    password: newPassword,
    passwordConfirm: z.string(missing).min(1, required),
  })
  .refine(passwordsMatch, mismatch);
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string(missing).min(1, required).max(passwordRules.maxLength),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string(missing).min(1, required).max(200),
    password: newPassword,
    passwordConfirm: z.string(missing).min(1, required),
  })
  .refine(passwordsMatch, mismatch);

export const profileSchema = z.object({
  name: text(2, 100),
  jobTitle: optionalText(120),
  organisation: text(2, 200),
  organisationType,
  locale: z.enum(locales),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z
  .object({
    passwordCurrent: z.string(missing).min(1, required).max(passwordRules.maxLength),
    password: newPassword,
    passwordConfirm: z.string(missing).min(1, required),
  })
  .refine(passwordsMatch, mismatch);

export const apiTokenSchema = z.object({ tokenName: text(1, 60) });

export const roleChangeSchema = z.object({ role: z.enum(roles) });

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
