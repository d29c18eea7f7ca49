import { contract, type PlatformUserSummary, TENANT_HEADER } from '../../contract/index.js';
import { guardSuperAdminTarget, type Principal, requireInScope, requireSuperAdmin } from '../auth.js';
import type { MockDb } from '../db.js';
import { HttpError } from '../http-error.js';
import { byKey, newestFirstKey } from '../pagination.js';
import type { PersonRecord } from '../records.js';
import { OTHER_TENANT_ORGS, PLATFORM_TENANT } from '../seed/platform.js';
import { matchesSearch } from '../text.js';
import { nextAccessRole, platformRole } from './admin.js';
import { type Route, route } from './route.js';
import { answerCursorPage } from './shared.js';

/**
 * Document 004 (`/api/v1/admin`): platform stats, users with cursor pagination, role change, suspension and
 * agent sessions.
 *
 * The `X-Bulwark-Tenant` header names the tenant as an org id, alias or slug (`org_kNr8aQ`,
 * `stavanger-region`; {@link DEMO_TENANT}); the request then covers that org's subtree, which must lie in
 * the caller's scope (403), and an unknown tenant answers 404. `bulwark` ({@link PLATFORM_TENANT}) is the whole
 * platform, for super-admins: its stats are document 004's example. Suspending a user revokes their tokens.
 */
const endpoints = contract.platform;

/**
 * The tenant the seeded data lives in: the root org's slug, for document 004's `X-Bulwark-Tenant` header.
 *
 * @example
 * createAdminClient({ baseUrl, token: DEMO_TOKENS.admin, tenant: DEMO_TENANT });
 */
export const DEMO_TENANT = 'stavanger-region';

const DAY = 86_400_000;

function tenantScope(db: MockDb, principal: Principal, headers: Record<string, string>): Set<string> {
  const tenant = headers[TENANT_HEADER] ?? '';
  if (tenant === PLATFORM_TENANT) {
    requireSuperAdmin(principal);
    return new Set([...db.orgs.keys(), ...OTHER_TENANT_ORGS]);
  }
  const orgId = db.resolveOrgId(tenant) ?? [...db.orgs.values()].find((org) => org.slug === tenant)?.id;
  if (orgId === undefined) throw new HttpError(404, 'NOT_FOUND', `headers.${TENANT_HEADER}: unknown tenant ${tenant}`);
  requireInScope(principal, orgId);
  return db.subtree(orgId);
}

function personInTenant(db: MockDb, scope: ReadonlySet<string>, principal: Principal, id: string): PersonRecord {
  const person = db.people.get(id);
  if (person === undefined || !scope.has(person.orgId)) throw new HttpError(404, 'NOT_FOUND', `User ${id} not found`);
  // A super-admin acts on every tenant's accounts, the platform tenant's too (whose orgs are outside the org tree).
  if (!principal.isSuperAdmin) requireInScope(principal, person.orgId);
  return person;
}

const accountStatus = (person: PersonRecord) => (person.status === 'suspended' ? 'suspended' : 'active');

/**
 * A person as document 004 lists a user.
 *
 * @example
 * toPlatformUserSummary(db.people.get('usr_hA3mXp')!).role; // 'admin'
 */
export function toPlatformUserSummary(person: PersonRecord): PlatformUserSummary {
  return {
    id: person.id,
    email: person.email,
    name: person.fullName,
    role: platformRole(person.accessRole),
    status: accountStatus(person),
    createdAt: person.createdAt,
    lastLoginAt: person.lastLoginAt,
  };
}

/**
 * The handlers' resolvers for document 004.
 *
 * @example
 * const routes = platformRoutes(); // one route per endpoint of contract.platform
 */
export function platformRoutes(): Route[] {
  return [
    route(endpoints.stats, ({ db, principal, headers }) => {
      const scope = tenantScope(db, principal, headers);
      const now = db.clock.now().getTime();
      const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
      const dayStart = now - (now % DAY);
      const people = [...db.people.values()].filter((person) => scope.has(person.orgId));
      const ids = new Set(people.map((person) => person.id));
      const agents = [...db.agents.values()].filter((agent) => ids.has(agent.userId));
      const sessions = [...db.sessions.values()].filter((session) => ids.has(session.userId));
      return {
        data: {
          users: {
            total: people.length,
            active30d: people.filter((p) => p.lastLoginAt !== null && Date.parse(p.lastLoginAt) >= now - 30 * DAY)
              .length,
            newThisMonth: people.filter((p) => Date.parse(p.createdAt) >= monthStart).length,
          },
          agents: {
            total: agents.length,
            active: agents.filter((agent) => agent.status === 'active').length,
            revoked: agents.filter((agent) => agent.status === 'revoked').length,
          },
          sessions: {
            active: sessions.filter((session) => session.status === 'active').length,
            completedToday: sessions.filter(
              (session) =>
                session.status === 'completed' && session.endedAt !== null && Date.parse(session.endedAt) >= dayStart,
            ).length,
          },
          apiCalls: { today: db.apiCalls.today, thisMonth: db.apiCalls.thisMonth },
        },
      };
    }),

    route(endpoints.usersList, ({ db, principal, headers, query }) => {
      const scope = tenantScope(db, principal, headers);
      const sortKey = (person: PersonRecord) => newestFirstKey(person.createdAt, person.id);
      const users = [...db.people.values()]
        .filter(
          (person) =>
            scope.has(person.orgId) &&
            (query.role === undefined || platformRole(person.accessRole) === query.role) &&
            matchesSearch(query.search, [person.fullName, person.email]),
        )
        .sort(byKey(sortKey));
      return answerCursorPage(users, query, sortKey, toPlatformUserSummary);
    }),

    route(endpoints.usersGet, ({ db, principal, headers, params }) => {
      const person = personInTenant(db, tenantScope(db, principal, headers), principal, params.userId);
      const agents = [...db.agents.values()].filter((agent) => agent.userId === person.id).map((agent) => agent.id);
      return {
        data: {
          id: person.id,
          email: person.email,
          name: person.fullName,
          role: platformRole(person.accessRole),
          status: accountStatus(person),
          agents,
          createdAt: person.createdAt,
          lastLoginAt: person.lastLoginAt,
        },
      };
    }),

    route(endpoints.usersUpdateRole, ({ db, principal, headers, params, body }) => {
      const person = personInTenant(db, tenantScope(db, principal, headers), principal, params.userId);
      guardSuperAdminTarget(principal, person);
      db.updatePerson(person.id, { accessRole: nextAccessRole(person, body.role) }, principal.person.id);
      return { data: { id: person.id, role: platformRole(person.accessRole), updatedAt: person.updatedAt } };
    }),

    route(endpoints.usersSuspend, ({ db, principal, headers, params }) => {
      const person = personInTenant(db, tenantScope(db, principal, headers), principal, params.userId);
      guardSuperAdminTarget(principal, person);
      db.updatePerson(person.id, { status: 'suspended' }, principal.person.id);
      return { data: { id: person.id, status: 'suspended', suspendedAt: person.suspendedAt ?? db.clock.iso() } };
    }),

    route(endpoints.sessionsList, ({ db, principal, headers, query }) => {
      const scope = tenantScope(db, principal, headers);
      const sortKey = (session: { createdAt: string; id: string }) => newestFirstKey(session.createdAt, session.id);
      const sessions = [...db.sessions.values()]
        .filter((session) => {
          const owner = db.people.get(session.userId);
          return (
            owner !== undefined &&
            scope.has(owner.orgId) &&
            (query.agentId === undefined || session.agentId === query.agentId) &&
            (query.userId === undefined || session.userId === query.userId) &&
            (query.status === undefined || session.status === query.status)
          );
        })
        .sort(byKey(sortKey));
      return answerCursorPage(sessions, query, sortKey, (session) => ({
        sessionId: session.id,
        agentId: session.agentId,
        userId: session.userId,
        status: session.status,
        createdAt: session.createdAt,
      }));
    }),
  ];
}
