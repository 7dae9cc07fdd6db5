// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { organisationsService } from '../organisations/organisations.service.js';
import type { CliCommand } from '../platform/module.js';
import type { Role } from './accounts.tables.js';
import { accountsService } from './accounts.service.js';

/** `--role admin` or `--role moderator`; members need no flag. */
const cliRoles: Record<string, Role> = { member: 'member', moderator: 'moderator', admin: 'admin', administrator: 'admin' };

/** Operator output is English, like the rest of the CLI. Exit codes: 0 done, 1 refused, 2 wrong usage or unknown organisation. */
function parse(args: readonly string[], options: Record<string, { type: 'string' }>) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A readable random password for operators to pass on: 24 characters from 18 random bytes. */
const generatePassword = () => crypto.randomBytes(18).toString('base64url');

const userCreateUsage = '--email E --name N --organisation CODE_OR_NAME [--role moderator|admin] [--password P]';

export const userCreateCommand: CliCommand = {
  summary: `Create a verified user: ${userCreateUsage}`,
  async run(context, args, output) {
    const values = parse(args, { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } });
    if (typeof values === 'string') {
      output.error(values);
      return 2;
    }
    const { email, name, organisation: reference } = values;
    if (!email || !name || !reference) {
      output.error(`Usage: user:create ${userCreateUsage}`);
      return 2;
    }
    const role = cliRoles[values.role ?? 'member'];
    if (!role) {
      output.error(`Unknown role "${values.role}". Use moderator or admin.`);
      return 2;
    }
    const organisation = await organisationsService(context.db).resolve(reference);
    if (!organisation) {
      output.error(`Organisation not found: "${reference}". Use a CBS code (such as GM0599) or the organisation's exact name.`);
      return 2;
    }
    const password = values.password ?? generatePassword();
    const result = await accountsService(context).createUser({ email, name, password, organisationId: organisation.id, role, emailVerified: true });
    if (!result.ok) {
      const reasons = { email_taken: 'A user with this e-mail address already exists.', weak_password: 'The password must be 10 to 128 characters.', invalid: 'Check the e-mail address and the name.' };
      output.error(reasons[result.reason]);
      return result.reason === 'email_taken' ? 1 : 2;
    }
    output.log(`Created ${role} ${email} (${organisation.name}), id ${result.user.id}`);
    if (!values.password) output.log(`Password: ${password}`);
    return 0;
  },
};

export const tokenCreateCommand: CliCommand = {
  summary: 'Print a new personal API token for a user: --email E [--name N]',
  async run(context, args, output) {
    const values = parse(args, { email: { type: 'string' }, name: { type: 'string' } });
    if (typeof values === 'string' || !values.email) {
      output.error(typeof values === 'string' ? values : 'Usage: token:create --email E [--name N]');
      return 2;
    }
    const accounts = accountsService(context);
    const user = await accounts.findUserByEmail(values.email);
    if (!user) {
      output.error(`No user with e-mail address ${values.email}.`);
      return 1;
    }
    // Only the token on stdout, so scripts can capture it: TOKEN=$(npm run -s cli -- token:create --email …)
    output.log(await accounts.createApiToken(user.id, values.name ?? 'CLI'));
    return 0;
  },
};
