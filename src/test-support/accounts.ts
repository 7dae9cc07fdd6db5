// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../accounts/accounts.tables.js';
import { accountsService } from '../accounts/accounts.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import type { AppContext } from '../platform/module.js';

export interface CreateMemberOptions {
  email?: string;
  name?: string;
  /** A CBS code such as 'GM0599' or an organisation's name; Rotterdam (GM0599) by default. */
  organisation?: string;
  role?: Role;
  password?: string;
  /** True by default, so the member may register pilots straight away. */
  emailVerified?: boolean;
}

export interface TestMember {
  id: string;
  email: string;
  name: string;
  password: string;
  organisationId: number;
}

/** Creates a member directly in the database (no e-mail, no HTTP). Throws when the organisation is unknown. */
export async function createMember(context: AppContext, options: CreateMemberOptions = {}): Promise<TestMember> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const email = (options.email ?? `member-${suffix}@example.test`).toLowerCase();
  const name = options.name ?? `Test Member ${suffix}`;
  const password = options.password ?? `correct horse ${suffix}`;
  const reference = options.organisation ?? 'GM0599';
  const organisation = await organisationsService(context.db).resolve(reference);
  if (!organisation) throw new Error(`createMember: no organisation matches "${reference}"`);
  const result = await accountsService(context).createUser({
    email,
    name,
    password,
    organisationId: organisation.id,
    role: options.role ?? 'member',
    emailVerified: options.emailVerified ?? true,
  });
  if (!result.ok) throw new Error(`createMember: ${result.reason} (${email})`);
  return { id: result.user.id, email, name, password, organisationId: organisation.id };
}

type Fields = Record<string, string | string[]>;

/** A browser-like client over app.inject: keeps cookies and adds the CSRF token to every form post. */
export interface TestSession {
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, fields?: Fields): Promise<LightMyRequestResponse>;
  /** The cookies this session currently holds (name → value). */
  readonly cookies: ReadonlyMap<string, string>;
}

const csrfPattern = /name="_csrf"\s+value="([^"]+)"/;
/** Pages that always render a form: the sign-in page for visitors, the profile page for members. */
const tokenPages = ['/sign-in', '/profile'];

function encodeForm(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  return params.toString();
}

function createSession(app: FastifyInstance): TestSession {
  const jar = new Map<string, string>();
  let csrfToken: string | undefined;

  const remember = (response: LightMyRequestResponse) => {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now()) || cookie.value === '';
      if (expired) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
      // A new CSRF secret invalidates tokens made with the old one.
      if (cookie.name === '_csrf') csrfToken = undefined;
    }
    const match = csrfPattern.exec(response.body);
    if (match && jar.has('_csrf')) csrfToken = match[1];
    return response;
  };

  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

  const get = async (url: string, headers: Record<string, string> = {}) =>
    remember(await app.inject({ method: 'GET', url, headers: { ...headers, ...(jar.size ? { cookie: cookieHeader() } : {}) } }));

  const ensureCsrfToken = async (): Promise<string> => {
    for (const page of tokenPages) {
      if (csrfToken) return csrfToken;
      await get(page);
    }
    if (!csrfToken) throw new Error('TestSession: found no page with a CSRF token');
    return csrfToken;
  };

  return {
    get,
    async post(url, fields = {}) {
      const token = await ensureCsrfToken();
      return remember(
        await app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
          payload: encodeForm({ _csrf: token, ...fields }),
        }),
      );
    },
    cookies: jar,
  };
}

/** A visitor who is not signed in. */
export async function anonymousSession(app: FastifyInstance): Promise<TestSession> {
  return createSession(app);
}

/** Signs in through the real sign-in form; throws with the page's status when it fails. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<TestSession> {
  const session = createSession(app);
  const response = await session.post('/sign-in', { email, password });
  if (response.statusCode !== 303) throw new Error(`signIn(${email}) failed with status ${response.statusCode}`);
  return session;
}

export interface ReadMail {
  to: string;
  subject: string;
  text: string;
}

function decodeHeaderWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_match, encoding: string, data: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

/** Reads a plain-text .eml from the test outbox: recipient, subject and the decoded body. */
export function readMail(eml: string): ReadMail {
  const split = eml.indexOf('\n\n');
  const head = eml.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const body = eml.slice(split + 2);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body, 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8')
        : body;
  return { to: header('To'), subject: decodeHeaderWords(header('Subject')), text };
}

/** The newest e-mail to an address in a test app's outbox, decoded; undefined when there is none. */
export function lastMailTo(outbox: readonly string[], address: string): ReadMail | undefined {
  return outbox
    .map(readMail)
    .filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()))
    .at(-1);
}
