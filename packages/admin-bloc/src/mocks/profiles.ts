import type { Endpoint } from '../contract/index.js';
import type { MockDb } from './db.js';

/**
 * Mock profiles: two different servers that both follow the five contract documents.
 *
 * - `strict` (default) answers exactly as our documents' examples do.
 * - `liberal` makes the other choices the documents leave open, the way an independent backend might: fields and
 *   envelope fields no document names, values outside our lists (roles, statuses, a plan), non-ASCII e-mails,
 *   right-to-left and emoji names, timestamps with milliseconds and a `+01:00` offset, a string cursor on the last
 *   page, another default page size (25), pages in another order, and `search` and `q` accepted alike.
 *   A client that reads only what the documents promise works on both.
 *
 * The liberal profile keeps every figure of the strict one (291 users, 184 in Rogaland Nord, …): it renames two
 * people and relabels some values in its answers instead of adding records.
 */
export type MockProfileName = 'strict' | 'liberal';

/**
 * The profile names, for a command line or a dev panel.
 *
 * @example
 * MOCK_PROFILES.includes(process.env.MOCK_PROFILE as MockProfileName); // a valid --profile value?
 */
export const MOCK_PROFILES: readonly MockProfileName[] = ['strict', 'liberal'];

/** What a profile changes: the db once, each request's query, each success answer. */
export interface MockProfile {
  readonly name: MockProfileName;
  /** Changes a freshly seeded db (once per db). */
  prepare(db: MockDb): void;
  /** Rewrites the query string before it is validated. */
  query(endpoint: Endpoint, search: URLSearchParams): URLSearchParams;
  /** Rewrites a success answer after the resolver built it (`query`: the request's, as validated). */
  answer(endpoint: Endpoint, body: unknown, db: MockDb, query: Record<string, unknown>): unknown;
}

const strictProfile: MockProfile = {
  name: 'strict',
  prepare: () => undefined,
  query: (_endpoint, search) => search,
  answer: (_endpoint, body) => body,
};

/**
 * The two people the liberal profile renames: mentors in the peer-mentor directory of Rogaland Nord.
 *
 * @example
 * await client.data.users.list({ search: LIBERAL_PEOPLE.rtl.fullName }); // the right-to-left name, on the liberal profile
 */
export const LIBERAL_PEOPLE = {
  /** A right-to-left name. */
  rtl: { fullName: 'سارة الحربي', email: 'sara.alharbi@eksempel.no' },
  /** A non-ASCII e-mail address and an emoji in the name. */
  nonAscii: { fullName: 'Bjørn Åsland 🌻', email: 'bjørn.åsland@eksempel.no' },
} as const;

/**
 * The values the liberal profile answers outside our lists, by field.
 *
 * @example
 * expect(user.role).toBe(LIBERAL_VALUES.dataRole); // 'mentor_trainee', kept as sent
 */
export const LIBERAL_VALUES = {
  /** Documents 000 and 001: user role and status. */
  dataRole: 'mentor_trainee',
  dataStatus: 'pending',
  /** Document 002: user role and status, organization plan. */
  adminRole: 'owner',
  adminStatus: 'invited',
  plan: 'nonprofit',
  /** Document 003: contact role. */
  contactRole: 'volunteer_lead',
  /** Document 004: user status. */
  platformStatus: 'invited',
} as const;

/**
 * The org whose plan the liberal profile answers as `nonprofit`: Rogaland Nord.
 *
 * @example
 * (await client.organizations.get(LIBERAL_PLAN_ORG)).data.plan; // 'nonprofit' on the liberal profile
 */
export const LIBERAL_PLAN_ORG = 'org_tY2zLm';
const LIBERAL_PAGE_LIMIT = 25;
const LAST_PAGE_CURSOR = 'end-of-list';
const ISO_UTC = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z$/;
const prepared = new WeakMap<MockDb, Set<string>>();

/**
 * The profile of a name.
 *
 * @example
 * createHandlers(db, { profile: 'liberal' }); // uses mockProfile('liberal') for every request
 */
export function mockProfile(name: MockProfileName = 'strict'): MockProfile {
  return name === 'liberal' ? liberalProfile : strictProfile;
}

/**
 * The ids of the people the liberal profile renamed in `db` (after its first request).
 *
 * @example
 * const renamed = liberalPeopleOf(createMockBackend({ profile: 'liberal' }).db); // empty until its first request
 */
export function liberalPeopleOf(db: MockDb): ReadonlySet<string> {
  return prepared.get(db) ?? new Set();
}

const liberalProfile: MockProfile = {
  name: 'liberal',
  prepare(db) {
    if (prepared.has(db)) return;
    // Two mentors of Rogaland Nord's peer-mentor directory (not the documents' own examples), chosen by id so
    // every seed picks the same way; renaming keeps every count of the strict profile.
    const nord = db.subtree(LIBERAL_PLAN_ORG);
    const examples = new Set(['usr_sD4hLq', 'usr_01J3K8X']);
    const chosen = [...db.peerMentors.values()]
      .map((entry) => db.people.get(entry.personId))
      .filter((person) => person !== undefined && nord.has(person.orgId) && !examples.has(person.id))
      .map((person) => person?.id as string)
      .sort()
      .slice(0, 2);
    const renames = [LIBERAL_PEOPLE.rtl, LIBERAL_PEOPLE.nonAscii];
    chosen.forEach((id, index) => {
      const person = db.people.get(id);
      const rename = renames[index];
      if (person && rename) db.people.set(id, { ...person, ...rename });
    });
    prepared.set(db, new Set(chosen));
  },
  query(endpoint, search) {
    const next = new URLSearchParams(search);
    const shape = endpointQueryKeys(endpoint);
    // `search` and `q` alike: each endpoint reads the one its definition names.
    if (shape.has('q') && !next.has('q') && next.has('search')) next.set('q', next.get('search') ?? '');
    if (shape.has('search') && !next.has('search') && next.has('q')) next.set('search', next.get('q') ?? '');
    if (shape.has('q')) next.delete('search');
    if (shape.has('search')) next.delete('q');
    if (shape.has('limit') && !next.has('limit')) next.set('limit', String(LIBERAL_PAGE_LIMIT));
    return next;
  },
  answer(endpoint, body, db, query) {
    // A list filtered by role or status answers the people it matched with the value they matched by: the server
    // stays consistent with its own filter (an unlisted role under role=mentor would be a server bug, not a choice).
    const filtered = { role: query.role !== undefined, status: query.status !== undefined };
    return liberalAnswer(endpoint, body, liberalPeopleOf(db), filtered);
  },
};

function endpointQueryKeys(endpoint: Endpoint): Set<string> {
  const query = endpoint.query as { shape?: Record<string, unknown> } | undefined;
  return new Set(Object.keys(query?.shape ?? {}));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function liberalAnswer(
  endpoint: Endpoint,
  body: unknown,
  people: ReadonlySet<string>,
  filtered: { role: boolean; status: boolean },
): unknown {
  const copy = structuredClone(body) as Json;
  if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) return copy;
  relabel(endpoint, copy, people, filtered);
  // Pages in another order: document 002's and 003's lists come newest page-order last (reversed in the page).
  if ((endpoint.document === '002' || endpoint.id === 'contacts.list') && Array.isArray(copy.data)) {
    copy.data.reverse();
  }
  const pagination = copy.pagination;
  if (pagination && typeof pagination === 'object' && !Array.isArray(pagination)) {
    if (pagination.hasMore === false && pagination.cursor === null) pagination.cursor = LAST_PAGE_CURSOR;
    if (typeof pagination.total === 'number' && typeof pagination.limit === 'number') {
      pagination.pages = Math.ceil(pagination.total / pagination.limit);
    }
  }
  if (copy.meta && typeof copy.meta === 'object' && !Array.isArray(copy.meta)) copy.meta.generated_by = 'liberal-mock';
  copy.request_id = `req_${endpoint.id.replace(/\W/g, '_')}`;
  copy.api_version = '2026-03-01';
  return offsetTimestamps(extraFields(copy));
}

/** Values outside our lists, for the renamed people and the liberal plan's org. */
function relabel(
  endpoint: Endpoint,
  body: { [key: string]: Json },
  people: ReadonlySet<string>,
  filtered: { role: boolean; status: boolean },
): void {
  const records = Array.isArray(body.data) ? body.data : [body.data ?? body];
  for (const record of records) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    const id = String(record.user_id ?? record.id ?? '');
    const isPerson = people.has(id);
    switch (endpoint.document) {
      case '000':
      case '001': {
        const active = body.active_filters as { role?: unknown; status?: unknown } | null | undefined;
        if (isPerson && 'role' in record && !filtered.role && active?.role == null)
          record.role = LIBERAL_VALUES.dataRole;
        if (isPerson && 'status' in record && !filtered.status && active?.status == null) {
          record.status = LIBERAL_VALUES.dataStatus;
        }
        break;
      }
      case '002':
        if (isPerson && 'role' in record) record.role = LIBERAL_VALUES.adminRole;
        if (isPerson && 'status' in record) record.status = LIBERAL_VALUES.adminStatus;
        if (id === LIBERAL_PLAN_ORG && 'plan' in record) record.plan = LIBERAL_VALUES.plan;
        break;
      case '003':
        if (isPerson && 'role' in record) record.role = LIBERAL_VALUES.contactRole;
        break;
      case '004':
        if (isPerson && record.status === 'active' && !filtered.status) record.status = LIBERAL_VALUES.platformStatus;
        break;
    }
  }
}

/** A field no document names on every record, so a client that refuses unknown fields fails here. */
function extraFields(value: Json): Json {
  if (Array.isArray(value)) return value.map(extraFields);
  if (value === null || typeof value !== 'object') return value;
  const next: { [key: string]: Json } = {};
  for (const [key, field] of Object.entries(value)) next[key] = extraFields(field);
  if (typeof next.id === 'string' || typeof next.user_id === 'string' || typeof next.org_id === 'string') {
    next.x_etag = 'W/"liberal-1"';
  }
  return next;
}

/** `2026-03-26T12:00:00Z` → `2026-03-26T13:00:00.000+01:00`: the same instant, as a server in Oslo may write it. */
function offsetTimestamps(value: Json): Json {
  if (Array.isArray(value)) return value.map(offsetTimestamps);
  if (typeof value === 'string') {
    const match = ISO_UTC.exec(value);
    if (match === null) return value;
    const shifted = new Date(Date.parse(value) + 3_600_000).toISOString().replace('Z', '+01:00');
    return shifted;
  }
  if (value === null || typeof value !== 'object') return value;
  const next: { [key: string]: Json } = {};
  for (const [key, field] of Object.entries(value)) next[key] = offsetTimestamps(field);
  return next;
}
