import { type AdminUser, contract, type Organization } from '../../contract/index.js';
import { guardSuperAdminTarget, orgInScope, type Principal, personInScope, requireInScope } from '../auth.js';
import type { MockDb } from '../db.js';
import { HttpError } from '../http-error.js';
import type { AccessRole, OrgRecord, PersonRecord } from '../records.js';
import { matchesSearch } from '../text.js';
import { orgsInTreeOrder } from './data.js';
import { type Route, route } from './route.js';
import { answerListEnvelope, assertEmailFree, byName } from './shared.js';

/**
 * Document 002 (`/api/admin`): users and organizations CRUD in `{ success, data, meta }`.
 *
 * Organizations are the org nodes of document 000 seen with a slug and a plan; a new organization becomes a
 * child of the creating admin's own org, so it lands inside their scope. A user created here takes part in
 * the programme as a coordinator (role `admin`) or a mentee (role `user`).
 */
const endpoints = contract.admin;

/**
 * The document 002 role of an access role: super-admins are admins too.
 *
 * @example
 * platformRole('super_admin'); // 'admin'
 */
export function platformRole(accessRole: AccessRole): 'admin' | 'user' {
  return accessRole === 'user' ? 'user' : 'admin';
}

/**
 * The access role after a document 002/003/004 role change: a super-admin made `admin` stays super-admin.
 *
 * @example
 * nextAccessRole({ accessRole: 'super_admin' }, 'admin'); // 'super_admin'
 */
export function nextAccessRole(person: Pick<PersonRecord, 'accessRole'>, role: 'admin' | 'user'): AccessRole {
  if (role === 'user') return 'user';
  return person.accessRole === 'super_admin' ? 'super_admin' : 'admin';
}

/**
 * A person as document 002 shows a user.
 *
 * @example
 * toAdminUser(db.people.get('usr_hA3mXp')!).role; // 'admin'
 */
export function toAdminUser(person: PersonRecord): AdminUser {
  return {
    id: person.id,
    email: person.email,
    name: person.fullName,
    role: platformRole(person.accessRole),
    status: person.status,
    organization_id: person.orgId,
    created_at: person.createdAt,
    updated_at: person.updatedAt,
  };
}

/**
 * An org as document 002 shows an organization.
 *
 * @example
 * toOrganization(db.orgs.get('org_kNr8aQ')!).slug; // 'stavanger-region'
 */
export function toOrganization(org: OrgRecord): Organization {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    plan: org.plan,
    created_at: org.createdAt,
    updated_at: org.updatedAt,
  };
}

function orgOf(db: MockDb, principal: Principal, id: string): OrgRecord {
  const orgId = db.resolveOrgId(id);
  const org = orgId === undefined ? undefined : db.orgs.get(orgId);
  if (org === undefined) throw new HttpError(404, 'NOT_FOUND', `Organization ${id} not found`);
  requireInScope(principal, org.id);
  return org;
}

function assertSlugFree(db: MockDb, slug: string, exceptOrgId?: string): void {
  for (const org of db.orgs.values()) {
    if (org.slug === slug && org.id !== exceptOrgId) {
      throw new HttpError(409, 'CONFLICT', `An organization with slug ${slug} already exists`);
    }
  }
}

/**
 * The handlers' resolvers for document 002.
 *
 * @example
 * const routes = adminRoutes(); // one route per endpoint of contract.admin
 */
export function adminRoutes(): Route[] {
  return [
    route(endpoints.usersList, ({ db, principal, query }) => {
      const users = [...db.people.values()]
        .filter(
          (person) => principal.scope.has(person.orgId) && matchesSearch(query.search, [person.fullName, person.email]),
        )
        .sort(byName((person) => person.fullName));
      return answerListEnvelope(users, query, toAdminUser);
    }),

    route(endpoints.usersCreate, ({ db, principal, body }) => {
      const orgId =
        body.organization_id === undefined
          ? principal.person.orgId
          : orgInScope(db, principal, body.organization_id, 'body.organization_id');
      assertEmailFree(db, body.email);
      const person = db.createPerson(
        {
          fullName: body.name,
          email: body.email,
          orgId,
          role: body.role === 'admin' ? 'coordinator' : 'mentee',
          accessRole: body.role,
        },
        principal.person.id,
      );
      return { success: true, data: toAdminUser(person) };
    }),

    route(endpoints.usersGet, ({ db, principal, params }) => ({
      success: true,
      data: toAdminUser(personInScope(db, principal, params.id)),
    })),

    route(endpoints.usersUpdate, ({ db, principal, params, body }) => {
      const person = personInScope(db, principal, params.id);
      guardSuperAdminTarget(principal, person);
      if (body.organization_id === null) {
        throw new HttpError(400, 'BAD_REQUEST', 'body.organization_id: a user must belong to an organization');
      }
      const orgId =
        body.organization_id === undefined
          ? undefined
          : orgInScope(db, principal, body.organization_id, 'body.organization_id');
      if (body.email !== undefined) assertEmailFree(db, body.email, person.id);
      db.updatePerson(
        person.id,
        {
          fullName: body.name,
          email: body.email,
          status: body.status,
          orgId,
          accessRole: body.role === undefined ? undefined : nextAccessRole(person, body.role),
        },
        principal.person.id,
      );
      return { success: true, data: toAdminUser(person) };
    }),

    route(endpoints.usersRemove, ({ db, principal, params }) => {
      // Document 002: "These endpoints require admin role access" — an admin may delete a user in their scope
      // (only document 000's hard delete is super-admin only). A super-admin's account stays a super-admin's to delete.
      const person = personInScope(db, principal, params.id);
      guardSuperAdminTarget(principal, person);
      db.deletePerson(person.id, principal.person.id);
      return { success: true, data: { id: person.id, deleted: true } };
    }),

    route(endpoints.organizationsList, ({ db, principal, query }) => {
      const orgs = orgsInTreeOrder(db, principal.scopeRoots).filter((org) =>
        matchesSearch(query.search, [org.name, org.slug]),
      );
      return answerListEnvelope(orgs, query, toOrganization);
    }),

    route(endpoints.organizationsCreate, ({ db, principal, body }) => {
      assertSlugFree(db, body.slug);
      const org = db.createOrg(
        { name: body.name, slug: body.slug, plan: body.plan, parentId: principal.person.orgId },
        principal.person.id,
      );
      return { success: true, data: toOrganization(org) };
    }),

    route(endpoints.organizationsGet, ({ db, principal, params }) => ({
      success: true,
      data: toOrganization(orgOf(db, principal, params.id)),
    })),

    route(endpoints.organizationsUpdate, ({ db, principal, params, body }) => {
      const org = orgOf(db, principal, params.id);
      if (body.slug !== undefined) assertSlugFree(db, body.slug, org.id);
      db.updateOrg(org.id, { name: body.name, slug: body.slug, plan: body.plan }, principal.person.id);
      return { success: true, data: toOrganization(org) };
    }),

    route(endpoints.organizationsRemove, ({ db, principal, params }) => {
      const org = orgOf(db, principal, params.id);
      if (principal.scopeRoots.includes(org.id)) {
        throw new HttpError(403, 'FORBIDDEN', `Organization ${org.id} is the root of your admin scope`);
      }
      const hasChildren = [...db.orgs.values()].some((child) => child.parentId === org.id);
      const hasMembers = [...db.people.values()].some((person) => person.orgId === org.id);
      if (hasChildren || hasMembers) {
        throw new HttpError(
          409,
          'CONFLICT',
          `Organization ${org.id} still has ${hasChildren ? 'child orgs' : 'members'}`,
        );
      }
      db.deleteOrg(org.id, principal.person.id);
      return { success: true, data: { id: org.id, deleted: true } };
    }),
  ];
}
