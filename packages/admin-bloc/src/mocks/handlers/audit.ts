import { contract } from '../../contract/index.js';
import type { Principal } from '../auth.js';
import type { MockDb } from '../db.js';
import { paginate } from '../pagination.js';
import type { AuditRecord } from '../records.js';
import { type Route, route } from './route.js';
import { lowerBound, pageOf, upperBound } from './shared.js';

/**
 * Our `GET /api/admin/audit-log` (contract document `ext`): document 002's audit log, newest first.
 * A super-admin reads every entry; an org admin the entries about people and orgs in their scope and
 * the entries written by admins of their scope.
 */
const endpoints = contract.audit;

function visibleTo(db: MockDb, principal: Principal, entry: AuditRecord): boolean {
  if (principal.isSuperAdmin) return true;
  const actor = db.people.get(entry.actorId);
  if (actor !== undefined && principal.scope.has(actor.orgId)) return true;
  const person = db.people.get(entry.resourceId);
  if (person !== undefined) return principal.scope.has(person.orgId);
  return principal.scope.has(entry.resourceId);
}

/**
 * The handlers' resolvers for the audit log.
 *
 * @example
 * const routes = auditRoutes();
 */
export function auditRoutes(): Route[] {
  return [
    route(endpoints.list, ({ db, principal, query }) => {
      const from = query.from === undefined ? Number.NEGATIVE_INFINITY : lowerBound(query.from);
      const to = query.to === undefined ? Number.POSITIVE_INFINITY : upperBound(query.to);
      const entries = db.audit
        .filter((entry) => {
          const at = Date.parse(entry.createdAt);
          return (
            (query.actor_id === undefined || entry.actorId === query.actor_id) &&
            (query.action === undefined || entry.action === query.action) &&
            (query.resource_type === undefined || entry.resourceType === query.resource_type) &&
            (query.resource_id === undefined || entry.resourceId === query.resource_id) &&
            at >= from &&
            at <= to &&
            visibleTo(db, principal, entry)
          );
        })
        .reverse();
      const page = paginate(entries, pageOf(query));
      return {
        success: true,
        data: page.items.map((entry) => ({
          id: entry.id,
          actor_id: entry.actorId,
          action: entry.action,
          resource_type: entry.resourceType,
          resource_id: entry.resourceId,
          changes: entry.changes,
          created_at: entry.createdAt,
        })),
        meta: { page: page.page, limit: page.limit, total: page.total },
      };
    }),
  ];
}
