// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { badRequest, forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { pageContext, safeReturnPath, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { accountsPolicy } from './accounts.policy.js';
import { roleChangeSchema, userListQuerySchema } from './accounts.schemas.js';
import { accountsService } from './accounts.service.js';
import { AdminUsersPage } from './views/admin-users-page.js';

const pageSize = 50;

/** /admin/users: administrators find users and change their role; every change goes to the audit log. */
export function registerAdminRoutes(app: FastifyInstance, context: AppContext): void {
  const accounts = accountsService(context);

  app.get('/admin/users', async (request, reply) => {
    const user = request.currentUser;
    if (!user) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    if (!accountsPolicy.canManageUsers(user)) throw forbidden();
    const query = userListQuerySchema.parse(request.query ?? {});
    const q = query.q ?? '';
    const { rows, total } = await accounts.listUsers({ q }, { limit: pageSize, offset: (query.page - 1) * pageSize });
    const pages = Math.max(1, Math.ceil(total / pageSize));
    return sendPage(reply, <AdminUsersPage ctx={pageContext(request, reply)} list={{ users: rows, total, page: query.page, pages, q }} />);
  });

  app.post('/admin/users/:id/role', async (request, reply) => {
    const actor = request.currentUser;
    if (!actor) throw unauthenticated();
    if (!accountsPolicy.canManageUsers(actor)) throw forbidden();
    const parsed = roleChangeSchema.safeParse(request.body ?? {});
    if (!parsed.success) throw badRequest('validation_failed');
    const { id } = request.params as { id: string };
    const target = await accounts.findUserById(id);
    if (!target) throw notFound();
    const result = await accounts.changeRole(actor, id, parsed.data.role);
    if (!result.ok && result.reason === 'not_found') throw notFound();
    if (result.ok) reply.setFlash({ kind: 'ok', key: 'accounts.admin.roleChanged', params: { name: target.name } });
    else reply.setFlash({ kind: 'error', key: 'accounts.admin.ownRole' });
    return reply.redirect(safeReturnPath((request.body as Record<string, unknown> | undefined)?.return, '/admin/users'), 303);
  });
}
