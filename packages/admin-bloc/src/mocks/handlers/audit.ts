import { contract } from '../../contract/index.js';
import type { Principal } from '../auth.js';
import type { MockDb } from '../db.js';
import type { AuditRecord } from '../records.js';
import { type Route, route } from './route.js';
import { answerListEnvelope, withinDates } from './shared.js';

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
      const inDates = withinDates(query.from, query.to);
      const entries = db.audit
        .filter(
          (entry) =>
            (query.actor_id === undefined || entry.actorId === query.actor_id) &&
            (query.action === undefined || entry.action === query.action) &&
            (query.resource_type === undefined || entry.resourceType === query.resource_type) &&
            (query.resource_id === undefined || entry.resourceId === query.resource_id) &&
            inDates(entry.createdAt) &&
            visibleTo(db, principal, entry),
        )
        .reverse();
      return answerListEnvelope(entries, query, (entry) => ({
        id: entry.id,
        actor_id: entry.actorId,
        action: entry.action,
        resource_type: entry.resourceType,
        resource_id: entry.resourceId,
        changes: entry.changes,
        created_at: entry.createdAt,
      }));
    }),
  ];
}
