import { createClock, DEFAULT_NOW, type MockClock } from './clock.js';
import { PeopleTable } from './people-table.js';
import { createPrng, type Prng } from './prng.js';
import type {
  AccessRole,
  ActivityRecord,
  AdminStateRecord,
  AgentRecord,
  AuditRecord,
  OrgRecord,
  PeerMentorRecord,
  PersonRecord,
  PersonRole,
  PersonStatus,
  ReimbursementRecord,
  ScopeStats,
  SessionRecord,
} from './records.js';
import { seedDatabase } from './seed.js';

/** Options of {@link createMockDb}. */
export interface MockDbOptions {
  /** PRNG seed for names, ids and dates. The contract's figures hold for every seed. Default `2026`. */
  seed?: number | string;
  /** The clock: a fixed instant (default `2026-03-26T12:00:00Z`, the documents' date) or a live `() => Date`. */
  now?: Date | string | (() => Date);
}

/** Fields of a person that the admin APIs may change. */
export type PersonPatch = Partial<
  Pick<PersonRecord, 'fullName' | 'email' | 'orgId' | 'role' | 'status' | 'accessRole'>
>;

/** What it takes to create a person. */
export interface NewPerson {
  fullName: string;
  email: string;
  orgId: string;
  role: PersonRole;
  status?: PersonStatus;
  accessRole?: AccessRole;
  /** Adds the person to document 003's peer-mentor directory (mentors only). */
  peerMentor?: { specialty: string; available: boolean };
}

/**
 * The in-memory store behind every mock endpoint: one set of tables, many contract views. Tables are
 * plain Maps and arrays a test may read or prepare directly; the mutation methods keep the derived
 * parts coherent (peer-mentor entries, tokens, sessions) and write the audit log.
 */
export interface MockDb {
  readonly seed: number | string;
  readonly clock: MockClock;
  /** The PRNG that generated the seed data; it keeps going for ids of records created later. */
  readonly random: Prng;
  readonly orgs: Map<string, OrgRecord>;
  /** Also indexed by e-mail (`set` and `delete` keep the index); change an e-mail through `updatePerson`. */
  readonly people: Map<string, PersonRecord>;
  /** Peer-mentor directory entries by their `pm_` id. */
  readonly peerMentors: Map<string, PeerMentorRecord>;
  readonly activities: ActivityRecord[];
  readonly reimbursements: ReimbursementRecord[];
  readonly agents: Map<string, AgentRecord>;
  readonly sessions: Map<string, SessionRecord>;
  /** Bearer token → person id. Suspending or deleting a person removes their tokens. */
  readonly tokens: Map<string, string>;
  readonly adminStates: Map<string, AdminStateRecord>;
  /** The audit log, oldest first. */
  readonly audit: AuditRecord[];
  /** API call counters of document 004's stats; every answered request adds one. */
  readonly apiCalls: { today: number; thisMonth: number };
  /** Other ids the documents use for an org (document 003's placeholder `org_abc123`). */
  readonly orgAliases: Map<string, string>;

  /** The canonical id of an org id or alias, or `undefined` if no such org exists. */
  resolveOrgId(id: string): string | undefined;
  /** The org and all its descendants. */
  subtree(orgId: string): Set<string>;
  /** The union of the subtrees of the given orgs. */
  scopeOf(orgIds: Iterable<string>): Set<string>;
  /** The dashboard figures for an org scope, counted now. */
  stats(scope: ReadonlySet<string>): ScopeStats;
  /** The person with this e-mail address (case-insensitive). */
  personByEmail(email: string): PersonRecord | undefined;
  /** The person's peer-mentor directory entry, if any. */
  peerMentorOf(personId: string): PeerMentorRecord | undefined;
  /** A fresh id: the prefix and `length` random characters (`usr_hA3mXp`). */
  newId(prefix: string, length?: number): string;
  /** The admin's UI state (document 001), created on first use. */
  adminState(adminId: string): AdminStateRecord;

  createPerson(input: NewPerson, actorId: string): PersonRecord;
  /** Applies a patch; returns the changed fields (`{}` when nothing changed, then nothing is audited). */
  updatePerson(id: string, patch: PersonPatch, actorId: string): Record<string, { from: unknown; to: unknown }>;
  deletePerson(id: string, actorId: string): void;
  createOrg(input: Pick<OrgRecord, 'name' | 'slug' | 'plan' | 'parentId'>, actorId: string): OrgRecord;
  updateOrg(
    id: string,
    patch: Partial<Pick<OrgRecord, 'name' | 'slug' | 'plan'>>,
    actorId: string,
  ): Record<string, { from: unknown; to: unknown }>;
  deleteOrg(id: string, actorId: string): void;
  /** Appends an audit entry stamped with the clock. */
  recordAudit(entry: Omit<AuditRecord, 'id' | 'createdAt'>): AuditRecord;
}

/** Snake-case names of person fields as the audit log reports them. */
const PERSON_FIELD: Record<keyof PersonPatch, string> = {
  fullName: 'full_name',
  email: 'email',
  orgId: 'org_id',
  role: 'role',
  status: 'status',
  accessRole: 'access_role',
};

/**
 * Creates a seeded, deterministic, coherent in-memory database (see seed.ts for what it holds).
 *
 * @example
 * const db = createMockDb({ seed: 7 });
 * db.stats(db.subtree('org_tY2zLm')); // { totalUsers: 184, activeMentors: 42, monthlyActivities: 317, pendingReimbursements: 9 }
 */
export function createMockDb(options: MockDbOptions = {}): MockDb {
  const seed = options.seed ?? 2026;
  const clock = createClock(options.now ?? DEFAULT_NOW);
  const random = createPrng(seed);
  const usedIds = new Set<string>();
  // Indexed by e-mail as well as id: a bulk insert looks up every row's address.
  const people = new PeopleTable();

  const db: MockDb = {
    seed,
    clock,
    random,
    orgs: new Map(),
    people,
    peerMentors: new Map(),
    activities: [],
    reimbursements: [],
    agents: new Map(),
    sessions: new Map(),
    tokens: new Map(),
    adminStates: new Map(),
    audit: [],
    apiCalls: { today: 0, thisMonth: 0 },
    orgAliases: new Map(),

    resolveOrgId(id) {
      if (db.orgs.has(id)) return id;
      const alias = db.orgAliases.get(id);
      return alias !== undefined && db.orgs.has(alias) ? alias : undefined;
    },

    subtree(orgId) {
      const result = new Set<string>();
      const root = db.resolveOrgId(orgId);
      if (root === undefined) return result;
      const queue = [root];
      while (queue.length > 0) {
        const current = queue.shift() as string;
        result.add(current);
        for (const org of db.orgs.values()) if (org.parentId === current && !result.has(org.id)) queue.push(org.id);
      }
      return result;
    },

    scopeOf(orgIds) {
      const scope = new Set<string>();
      for (const id of orgIds) for (const member of db.subtree(id)) scope.add(member);
      return scope;
    },

    stats(scope) {
      const now = clock.now();
      const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
      const nowMs = now.getTime();
      let totalUsers = 0;
      let activeMentors = 0;
      for (const person of db.people.values()) {
        if (!scope.has(person.orgId)) continue;
        totalUsers++;
        if (person.role === 'mentor' && person.status === 'active') activeMentors++;
      }
      const monthlyActivities = db.activities.filter((activity) => {
        const at = Date.parse(activity.occurredAt);
        return scope.has(activity.orgId) && at >= monthStart && at <= nowMs;
      }).length;
      const pendingReimbursements = db.reimbursements.filter(
        (claim) => claim.status === 'pending' && scope.has(claim.orgId),
      ).length;
      return { totalUsers, activeMentors, monthlyActivities, pendingReimbursements };
    },

    personByEmail(email) {
      return people.byEmail(email);
    },

    peerMentorOf(personId) {
      for (const entry of db.peerMentors.values()) if (entry.personId === personId) return entry;
      return undefined;
    },

    newId(prefix, length = 6) {
      for (;;) {
        const id = `${prefix}${random.chars(length)}`;
        if (!usedIds.has(id)) {
          usedIds.add(id);
          return id;
        }
      }
    },

    adminState(adminId) {
      let state = db.adminStates.get(adminId);
      if (state === undefined) {
        const admin = db.people.get(adminId);
        const scopeOrgId = admin?.orgId ?? '';
        state = {
          adminId,
          selectedOrgId: null,
          selectedAt: null,
          filters: {},
          dashboard: { scopeOrgId, stats: db.stats(db.subtree(scopeOrgId)), refreshedAt: clock.iso() },
        };
        db.adminStates.set(adminId, state);
      }
      return state;
    },

    createPerson(input, actorId) {
      const now = clock.iso();
      const person: PersonRecord = {
        id: db.newId('usr_'),
        fullName: input.fullName,
        email: input.email,
        orgId: input.orgId,
        role: input.role,
        status: input.status ?? 'active',
        accessRole: input.accessRole ?? 'user',
        createdAt: now,
        updatedAt: now,
        lastLoginAt: null,
        suspendedAt: null,
      };
      db.people.set(person.id, person);
      if (input.peerMentor && person.role === 'mentor') {
        const entry: PeerMentorRecord = {
          id: db.newId('pm_', 5),
          personId: person.id,
          createdAt: now,
          ...input.peerMentor,
        };
        db.peerMentors.set(entry.id, entry);
      }
      db.recordAudit({ actorId, action: 'CREATE', resourceType: 'user', resourceId: person.id, changes: null });
      return person;
    },

    updatePerson(id, patch, actorId) {
      const person = db.people.get(id);
      if (person === undefined) throw new Error(`No person ${id}`);
      const changes = changesOf(person, patch, (key) => PERSON_FIELD[key]);
      if (Object.keys(changes).length === 0) return changes;
      const wasSuspended = person.status === 'suspended';
      const previousEmail = person.email;
      Object.assign(person, stripUndefined(patch), { updatedAt: clock.iso() });
      people.emailChanged(person, previousEmail);
      if (person.status === 'suspended' && !wasSuspended) {
        person.suspendedAt = clock.iso();
        revokeTokens(db, id);
      } else if (person.status !== 'suspended') {
        person.suspendedAt = null;
      }
      if (person.role !== 'mentor') {
        const entry = db.peerMentorOf(id);
        if (entry) db.peerMentors.delete(entry.id);
      }
      db.recordAudit({ actorId, action: 'UPDATE', resourceType: 'user', resourceId: id, changes });
      return changes;
    },

    deletePerson(id, actorId) {
      if (!db.people.delete(id)) throw new Error(`No person ${id}`);
      for (const [key, entry] of db.peerMentors) if (entry.personId === id) db.peerMentors.delete(key);
      for (const [key, agent] of db.agents) if (agent.userId === id) db.agents.delete(key);
      for (const [key, session] of db.sessions) if (session.userId === id) db.sessions.delete(key);
      revokeTokens(db, id);
      db.adminStates.delete(id);
      db.recordAudit({ actorId, action: 'DELETE', resourceType: 'user', resourceId: id, changes: null });
    },

    createOrg(input, actorId) {
      const parent = input.parentId === null ? undefined : db.orgs.get(input.parentId);
      const now = clock.iso();
      const org: OrgRecord = {
        id: db.newId('org_'),
        ...input,
        level: parent ? parent.level + 1 : 0,
        createdAt: now,
        updatedAt: now,
      };
      db.orgs.set(org.id, org);
      db.recordAudit({ actorId, action: 'CREATE', resourceType: 'organization', resourceId: org.id, changes: null });
      return org;
    },

    updateOrg(id, patch, actorId) {
      const org = db.orgs.get(id);
      if (org === undefined) throw new Error(`No org ${id}`);
      const changes = changesOf(org, patch, String);
      if (Object.keys(changes).length === 0) return changes;
      Object.assign(org, stripUndefined(patch), { updatedAt: clock.iso() });
      db.recordAudit({ actorId, action: 'UPDATE', resourceType: 'organization', resourceId: id, changes });
      return changes;
    },

    deleteOrg(id, actorId) {
      if (!db.orgs.delete(id)) throw new Error(`No org ${id}`);
      for (const [alias, target] of db.orgAliases) if (target === id) db.orgAliases.delete(alias);
      for (const state of db.adminStates.values()) {
        if (state.selectedOrgId === id) Object.assign(state, { selectedOrgId: null, selectedAt: null });
      }
      db.recordAudit({ actorId, action: 'DELETE', resourceType: 'organization', resourceId: id, changes: null });
    },

    recordAudit(entry) {
      const record: AuditRecord = { id: db.newId('aud_', 8), createdAt: clock.iso(), ...entry };
      db.audit.push(record);
      return record;
    },
  };

  seedDatabase(db);
  for (const id of [...db.people.keys(), ...db.orgs.keys(), ...db.peerMentors.keys()]) usedIds.add(id);
  return db;
}

function revokeTokens(db: MockDb, personId: string): void {
  for (const [token, owner] of db.tokens) if (owner === personId) db.tokens.delete(token);
}

/**
 * What a patch changes, as the audit log records it: each field it sets to another value, under its wire name,
 * with the value before and after (a field left undefined or set to the same value is no change).
 */
function changesOf<Item extends object, Key extends keyof Item>(
  item: Item,
  patch: Partial<Pick<Item, Key>>,
  wireName: (key: Key) => string,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(patch) as Key[]) {
    const next = patch[key];
    if (next === undefined || next === item[key]) continue;
    changes[wireName(key)] = { from: item[key], to: next };
  }
  return changes;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
