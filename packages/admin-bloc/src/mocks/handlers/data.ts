import * as z from 'zod/mini';
import { contract, type DataUser, type OrgNode, readableIssues } from '../../contract/index.js';
import { guardSuperAdminTarget, orgInScope, personInScope, requireSuperAdmin } from '../auth.js';
import type { MockDb } from '../db.js';
import type { OrgRecord, PersonRecord } from '../records.js';
import { matchesSearch } from '../text.js';
import { type Route, route } from './route.js';
import { answerPage, assertEmailFree, byName, programmeStatus, scopeOf, withinDates } from './shared.js';

/**
 * Document 000 (`/api/v1/admin/data`): dashboard figures, users, activity log and org nodes over the
 * caller's org scope (the listed `org_ids` and their descendants).
 */
const endpoints = contract.data;

/**
 * A person as document 000 shows a user.
 *
 * @example
 * toDataUser(db.people.get('usr_hA3mXp')!); // { user_id: 'usr_hA3mXp', full_name: 'Astrid Haugen', ... }
 */
export function toDataUser(person: PersonRecord): DataUser {
  return {
    user_id: person.id,
    org_id: person.orgId,
    full_name: person.fullName,
    role: person.role,
    status: programmeStatus(person),
  };
}

/**
 * An org as document 000 shows an org node.
 *
 * @example
 * toOrgNode(db.orgs.get('org_tY2zLm')!); // { org_id: 'org_tY2zLm', name: 'Rogaland Nord', parent_org_id: 'org_kNr8aQ', level: 1 }
 */
export function toOrgNode(org: OrgRecord): OrgNode {
  return { org_id: org.id, name: org.name, parent_org_id: org.parentId, level: org.level };
}

/**
 * The org tree in pre-order (parent, then its children in creation order) below the given roots.
 *
 * @example
 * orgsInTreeOrder(db, ['org_tY2zLm']).map((org) => org.name); // ['Rogaland Nord', 'Haugaland Sør og Vest', 'Karmøy og Bokn']
 */
export function orgsInTreeOrder(db: MockDb, roots: readonly string[]): OrgRecord[] {
  const out: OrgRecord[] = [];
  const visit = (org: OrgRecord) => {
    out.push(org);
    for (const child of db.orgs.values()) if (child.parentId === org.id) visit(child);
  };
  for (const id of roots) {
    const org = db.orgs.get(id);
    if (org) visit(org);
  }
  return out;
}

/** Bulk insert validates the envelope with the contract's schema and each record on its own. */
const bulkEnvelope = z.extend(endpoints.usersBulkInsert.body, { users: z.array(z.unknown()).check(z.minLength(1)) });
const bulkRecord = endpoints.usersBulkInsert.body.shape.users._zod.def.element;

/**
 * The handlers' resolvers for document 000.
 *
 * @example
 * const routes = dataRoutes(); // one route per endpoint of contract.data
 */
export function dataRoutes(): Route[] {
  return [
    route(endpoints.dashboardStats, ({ db, principal, query }) => {
      const { orgIds, scope } = scopeOf(db, principal, query.org_ids, 'query.org_ids');
      const stats = db.stats(scope);
      return {
        data: {
          org_ids: orgIds,
          active_mentors: stats.activeMentors,
          monthly_activities: stats.monthlyActivities,
          pending_reimbursements: stats.pendingReimbursements,
          total_users: stats.totalUsers,
        },
      };
    }),

    route(endpoints.usersList, ({ db, principal, query }) => {
      const { scope } = scopeOf(db, principal, query.org_ids, 'query.org_ids');
      const users = [...db.people.values()]
        .filter(
          (person) =>
            scope.has(person.orgId) &&
            (query.role === undefined || person.role === query.role) &&
            (query.status === undefined || programmeStatus(person) === query.status) &&
            matchesSearch(query.search, [person.fullName, person.email]),
        )
        .sort(byName((person) => person.fullName));
      return answerPage(users, query, toDataUser);
    }),

    route(endpoints.activityLog, ({ db, principal, query }) => {
      const { scope } = scopeOf(db, principal, query.org_ids, 'query.org_ids');
      const inDates = withinDates(query.from, query.to);
      const entries = db.activities
        .filter(
          (activity) =>
            scope.has(activity.orgId) &&
            (query.activity_type === undefined || activity.type === query.activity_type) &&
            (query.user_id === undefined || activity.userId === query.user_id) &&
            inDates(activity.occurredAt),
        )
        .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.id < b.id ? -1 : 1));
      return answerPage(entries, query, (activity) => ({
        activity_id: activity.id,
        org_id: activity.orgId,
        user_id: activity.userId,
        activity_type: activity.type,
        description: activity.description,
        occurred_at: activity.occurredAt,
      }));
    }),

    route(endpoints.orgNodes, ({ db, principal, query }) => {
      const roots =
        query.root_org_id === undefined
          ? principal.scopeRoots
          : [orgInScope(db, principal, query.root_org_id, 'query.root_org_id')];
      return answerPage(orgsInTreeOrder(db, roots), query, toOrgNode);
    }),

    route(
      endpoints.usersBulkInsert,
      ({ db, principal, body: rawBody }) => {
        const body = rawBody as unknown as z.output<typeof bulkEnvelope>;
        const orgIds = body.org_ids.map((id, index) => orgInScope(db, principal, id, `body.org_ids.${index}`));
        const home = orgIds[0] as string;
        let inserted = 0;
        let skipped = 0;
        const errors: { index: number; email?: string; message: string }[] = [];
        body.users.forEach((raw, index) => {
          const parsed = bulkRecord.safeParse(raw, readableIssues);
          if (!parsed.success) {
            const email = (raw as { email?: unknown } | null)?.email;
            errors.push({
              index,
              ...(typeof email === 'string' ? { email } : {}),
              message: parsed.error.issues
                .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
                .join('; '),
            });
            return;
          }
          if (db.personByEmail(parsed.data.email) !== undefined) {
            skipped++;
            return;
          }
          db.createPerson(
            { fullName: parsed.data.full_name, email: parsed.data.email, role: parsed.data.role, orgId: home },
            principal.person.id,
          );
          inserted++;
        });
        return { data: { inserted, skipped, errors } };
      },
      { body: bulkEnvelope },
    ),

    route(endpoints.usersUpdate, ({ db, principal, params, body }) => {
      const person = personInScope(db, principal, params.id);
      guardSuperAdminTarget(principal, person);
      const orgId = body.org_id === undefined ? undefined : orgInScope(db, principal, body.org_id, 'body.org_id');
      if (body.email !== undefined) assertEmailFree(db, body.email, person.id);
      db.updatePerson(
        person.id,
        { fullName: body.full_name, email: body.email, role: body.role, status: body.status, orgId },
        principal.person.id,
      );
      return {
        data: {
          user_id: person.id,
          status: programmeStatus(person),
          updated_at: person.updatedAt,
          org_id: person.orgId,
          full_name: person.fullName,
          role: person.role,
        },
      };
    }),

    route(endpoints.usersRemove, ({ db, principal, params }) => {
      requireSuperAdmin(principal);
      const person = personInScope(db, principal, params.id);
      db.deletePerson(person.id, principal.person.id);
      return { data: { user_id: person.id, deleted: true } };
    }),
  ];
}
