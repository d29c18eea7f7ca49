import type { MockDb } from './db.js';
import { HttpError } from './http-error.js';
import type { PersonRecord } from './records.js';

/** The authenticated caller of one request. */
export interface Principal {
  readonly token: string;
  readonly person: PersonRecord;
  readonly isSuperAdmin: boolean;
  /** Orgs the caller may see and change: the subtree of their own org, every org for a super-admin. */
  readonly scope: ReadonlySet<string>;
  /** The tops of `scope`: the caller's org, or every root org for a super-admin. */
  readonly scopeRoots: readonly string[];
}

/**
 * Resolves the Bearer token of a request. Missing, malformed or unknown tokens, and tokens of suspended
 * people, answer 401 UNAUTHORIZED.
 *
 * @example
 * const principal = authenticate(db, request); // throws HttpError(401) without a valid token
 */
export function authenticate(db: MockDb, request: Request): Principal {
  const header = request.headers.get('authorization');
  const match = header === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (match === null) throw new HttpError(401, 'UNAUTHORIZED', 'Missing or invalid authentication');
  const token = match[1] as string;
  const personId = db.tokens.get(token);
  const person = personId === undefined ? undefined : db.people.get(personId);
  if (person === undefined || person.status === 'suspended') {
    throw new HttpError(401, 'UNAUTHORIZED', 'Missing or invalid authentication');
  }
  const isSuperAdmin = person.accessRole === 'super_admin';
  const scopeRoots = isSuperAdmin
    ? [...db.orgs.values()].filter((org) => org.parentId === null).map((org) => org.id)
    : [person.orgId];
  return { token, person, isSuperAdmin, scope: db.scopeOf(scopeRoots), scopeRoots };
}

/**
 * Document 002: admin endpoints answer 403 to callers without the admin role.
 *
 * @example
 * requireAdmin(principal); // throws HttpError(403) for a plain user
 */
export function requireAdmin(principal: Principal): void {
  if (principal.person.accessRole === 'user') throw new HttpError(403, 'FORBIDDEN', 'Admin access required');
}

/**
 * Hard-deleting a user is for super-admins only (document 000).
 *
 * @example
 * requireSuperAdmin(principal); // throws HttpError(403) for an org admin
 */
export function requireSuperAdmin(principal: Principal): void {
  if (!principal.isSuperAdmin) throw new HttpError(403, 'FORBIDDEN', 'Super-admin access required');
}

/**
 * An org admin sees and changes only the subtree of their own org.
 *
 * @example
 * requireInScope(principal, 'org_kNr8aQ'); // throws HttpError(403) for the Rogaland Nord admin
 */
export function requireInScope(principal: Principal, orgId: string): void {
  if (!principal.scope.has(orgId)) {
    throw new HttpError(403, 'FORBIDDEN', `Org ${orgId} is outside your admin scope`);
  }
}

/**
 * An org id of a request (aliases allowed) that must exist and lie in the caller's scope: 404, then 403.
 *
 * @example
 * const orgId = orgInScope(db, principal, 'org_abc123', 'query.org_id'); // 'org_kNr8aQ'
 */
export function orgInScope(db: MockDb, principal: Principal, id: string, field: string): string {
  const orgId = db.resolveOrgId(id);
  if (orgId === undefined) throw new HttpError(404, 'NOT_FOUND', `${field}: org ${id} not found`);
  requireInScope(principal, orgId);
  return orgId;
}

/**
 * A person the caller may act on: 404 if unknown, 403 outside the caller's scope.
 *
 * @example
 * const person = personInScope(db, principal, params.id);
 */
export function personInScope(db: MockDb, principal: Principal, id: string): PersonRecord {
  const person = db.people.get(id);
  if (person === undefined) throw new HttpError(404, 'NOT_FOUND', `User ${id} not found`);
  requireInScope(principal, person.orgId);
  return person;
}

/**
 * Only a super-admin may change the account of another super-admin (role, status, deletion).
 *
 * @example
 * guardSuperAdminTarget(principal, person);
 */
export function guardSuperAdminTarget(principal: Principal, target: PersonRecord): void {
  if (target.accessRole === 'super_admin' && !principal.isSuperAdmin) {
    throw new HttpError(403, 'FORBIDDEN', 'Only a super-admin may change a super-admin');
  }
}
