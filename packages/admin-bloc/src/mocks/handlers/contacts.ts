import { type Contact, type ContactRole, contract, type PeerMentorSummary } from '../../contract/index.js';
import { guardSuperAdminTarget, orgInScope, type Principal, requireInScope } from '../auth.js';
import type { MockDb, PersonPatch } from '../db.js';
import { HttpError } from '../http-error.js';
import type { PeerMentorRecord, PersonRecord } from '../records.js';
import { matchesSearch } from '../text.js';
import { type Route, route } from './route.js';
import { answerPage, assertEmailFree, byName } from './shared.js';

/**
 * Document 003 (`/api/v1/contacts`): contacts and the peer-mentor directory of an org (and its descendants).
 *
 * Contacts are the people who are not mentees: mentors read `peer_mentor`, coordinators `coordinator`, or
 * `admin` when they hold admin access. Writing a role maps back the same way (`admin` grants admin access,
 * `coordinator` takes it away). A contact created as `peer_mentor` also joins the peer-mentor directory.
 * The document's placeholder org `org_abc123` is an alias of the root org `org_kNr8aQ` (see seed.ts).
 * Deleting a contact deletes the person; document 003 does not restrict it, so an admin may (in their scope).
 */
const endpoints = contract.contacts;

/**
 * The document 003 role of a person, or `undefined` for a mentee (not a contact).
 *
 * @example
 * contactRole(db.people.get('usr_01J3K8X')!); // 'peer_mentor'
 */
export function contactRole(person: PersonRecord): ContactRole | undefined {
  if (person.role === 'mentor') return 'peer_mentor';
  if (person.role === 'coordinator') return person.accessRole === 'user' ? 'coordinator' : 'admin';
  return undefined;
}

/**
 * A person as document 003 shows a contact.
 *
 * @example
 * toContact(db.people.get('usr_01J3K8X')!).is_active; // true
 */
export function toContact(person: PersonRecord): Contact {
  return {
    id: person.id,
    full_name: person.fullName,
    email: person.email,
    org_id: person.orgId,
    role: contactRole(person) ?? 'peer_mentor',
    is_active: person.status === 'active',
    created_at: person.createdAt,
  };
}

/**
 * A directory entry as document 003 lists a peer mentor.
 *
 * @example
 * toPeerMentor(db, db.peerMentors.get('pm_88A1C')!).full_name; // 'Silje Dahl'
 */
export function toPeerMentor(person: PersonRecord, entry: PeerMentorRecord): PeerMentorSummary {
  return {
    id: entry.id,
    full_name: person.fullName,
    email: person.email,
    specialty: entry.specialty,
    org_id: person.orgId,
    available: entry.available && person.status === 'active',
  };
}

function rolePatch(person: PersonRecord | undefined, role: ContactRole): PersonPatch {
  if (role === 'peer_mentor') return { role: 'mentor' };
  if (role === 'admin')
    return { role: 'coordinator', accessRole: person?.accessRole === 'super_admin' ? 'super_admin' : 'admin' };
  return { role: 'coordinator', accessRole: 'user' };
}

function contactOf(db: MockDb, principal: Principal, id: string): PersonRecord {
  const person = db.people.get(id);
  if (person === undefined || contactRole(person) === undefined) {
    throw new HttpError(404, 'NOT_FOUND', `Contact ${id} not found`);
  }
  requireInScope(principal, person.orgId);
  return person;
}

function contactsIn(db: MockDb, scope: ReadonlySet<string>): PersonRecord[] {
  return [...db.people.values()]
    .filter((person) => scope.has(person.orgId) && contactRole(person) !== undefined)
    .sort(byName((person) => person.fullName));
}

function peerMentorsIn(db: MockDb, scope: ReadonlySet<string>): { person: PersonRecord; entry: PeerMentorRecord }[] {
  const out: { person: PersonRecord; entry: PeerMentorRecord }[] = [];
  for (const entry of db.peerMentors.values()) {
    const person = db.people.get(entry.personId);
    if (person && scope.has(person.orgId)) out.push({ person, entry });
  }
  const compare = byName((item: { id: string; name: string }) => item.name);
  return out.sort((a, b) =>
    compare({ id: a.entry.id, name: a.person.fullName }, { id: b.entry.id, name: b.person.fullName }),
  );
}

/**
 * The handlers' resolvers for document 003.
 *
 * @example
 * const routes = contactsRoutes(); // one route per endpoint of contract.contacts
 */
export function contactsRoutes(): Route[] {
  return [
    route(endpoints.list, ({ db, principal, query }) => {
      const scope = db.subtree(orgInScope(db, principal, query.org_id, 'query.org_id'));
      return answerPage(contactsIn(db, scope), query, toContact);
    }),

    route(endpoints.search, ({ db, principal, query }) => {
      const scope = db.subtree(orgInScope(db, principal, query.org_id, 'query.org_id'));
      const hits = contactsIn(db, scope).filter((person) => matchesSearch(query.q, [person.fullName, person.email]));
      return answerPage(hits, query, (person) => ({ id: person.id, full_name: person.fullName, email: person.email }));
    }),

    route(endpoints.peerMentorsList, ({ db, principal, query }) => {
      const scope = db.subtree(orgInScope(db, principal, query.org_id, 'query.org_id'));
      return answerPage(peerMentorsIn(db, scope), query, ({ person, entry }) => toPeerMentor(person, entry));
    }),

    route(endpoints.peerMentorsSearch, ({ db, principal, query }) => {
      const scope = db.subtree(orgInScope(db, principal, query.org_id, 'query.org_id'));
      const hits = peerMentorsIn(db, scope).filter(({ person, entry }) =>
        matchesSearch(query.q, [person.fullName, entry.specialty]),
      );
      return answerPage(hits, query, ({ person, entry }) => ({
        id: entry.id,
        full_name: person.fullName,
        specialty: entry.specialty,
      }));
    }),

    route(endpoints.peerMentorsGet, ({ db, principal, params }) => {
      const entry = db.peerMentors.get(params.id);
      const person = entry === undefined ? undefined : db.people.get(entry.personId);
      if (entry === undefined || person === undefined) {
        throw new HttpError(404, 'NOT_FOUND', `Peer mentor ${params.id} not found`);
      }
      requireInScope(principal, person.orgId);
      return { ...toPeerMentor(person, entry), created_at: entry.createdAt };
    }),

    route(endpoints.get, ({ db, principal, params }) => toContact(contactOf(db, principal, params.id))),

    route(endpoints.create, ({ db, principal, body }) => {
      const orgId = orgInScope(db, principal, body.org_id, 'body.org_id');
      assertEmailFree(db, body.email);
      const patch = rolePatch(undefined, body.role);
      const person = db.createPerson(
        {
          fullName: body.full_name,
          email: body.email,
          orgId,
          role: patch.role ?? 'coordinator',
          accessRole: patch.accessRole ?? 'user',
          ...(body.role === 'peer_mentor' ? { peerMentor: { specialty: 'General', available: true } } : {}),
        },
        principal.person.id,
      );
      return toContact(person);
    }),

    route(endpoints.update, ({ db, principal, params, body }) => {
      const person = contactOf(db, principal, params.id);
      guardSuperAdminTarget(principal, person);
      const orgId = body.org_id === undefined ? undefined : orgInScope(db, principal, body.org_id, 'body.org_id');
      if (body.email !== undefined) assertEmailFree(db, body.email, person.id);
      const status =
        body.is_active === undefined
          ? undefined
          : body.is_active
            ? 'active'
            : person.status === 'suspended'
              ? 'suspended'
              : 'inactive';
      db.updatePerson(
        person.id,
        {
          fullName: body.full_name,
          email: body.email,
          orgId,
          status,
          ...(body.role === undefined ? {} : rolePatch(person, body.role)),
        },
        principal.person.id,
      );
      return { ...toContact(person), updated_at: person.updatedAt };
    }),

    route(endpoints.remove, ({ db, principal, params }) => {
      // Document 003 says nothing about who may delete: any admin may, in their scope; a super-admin's record
      // stays a super-admin's to delete.
      const person = contactOf(db, principal, params.id);
      guardSuperAdminTarget(principal, person);
      db.deletePerson(person.id, principal.person.id);
      return { success: true, deleted_id: person.id };
    }),
  ];
}
