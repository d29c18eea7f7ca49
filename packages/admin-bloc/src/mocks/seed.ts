import { toIso } from './clock.js';
import type { MockDb } from './db.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from './demo-tokens.js';
import type { OrgRecord, PersonRecord, PersonRole, PersonStatus } from './records.js';
import { foldText } from './text.js';

/**
 * The seed: the Stavanger Region tree with exact per-org head counts, so the contract documents' figures
 * come out of real counting rather than canned answers. Names, ids and dates vary with the PRNG seed;
 * the figures and the documents' example records do not.
 *
 * | org | users | active mentors (+inactive) | coordinators | activities this month | pending claims |
 * |---|---|---|---|---|---|
 * | org_kNr8aQ Stavanger Region (0) | 45 | 10 (+2) | 2 | 80 | 2 |
 * | org_tY2zLm Rogaland Nord (1) | 52 | 14 (+2) | 1 | 110 | 3 |
 * | org_xW7pNq Haugaland Sør og Vest (2, under Rogaland Nord) | 84 | 11 (+2) | 1 | 120 | 4 |
 * | org_mJ4vRc Karmøy og Bokn (2, under Rogaland Nord) | 48 | 17 (+2) | 1 | 87 | 2 |
 * | org_pL6sDe Jæren (1) | 38 | 9 (+1) | 1 | 65 | 2 |
 * | org_gH3wBn Ålgård og Gjesdal (2, under Jæren) | 24 | 6 (+1) | 1 | 40 | 1 |
 *
 * Whole tree: 291 users, 67 active mentors, 502 activities this month, 14 pending reimbursements.
 * Rogaland Nord subtree: 184 / 42 / 317 / 9. Contacts of document 003 (mentors and coordinators, mentees are
 * not contacts) number 84 in the whole tree, and 12 mentors are in the peer-mentor directory: the totals
 * document 003 prints for its org `org_abc123`. That id is therefore an alias of the root org `org_kNr8aQ`:
 * requests may name either, answers always carry `org_kNr8aQ`.
 */

interface OrgSeed {
  org: Pick<OrgRecord, 'id' | 'name' | 'parentId' | 'level' | 'slug' | 'plan'>;
  users: number;
  activeMentors: number;
  inactiveMentors: number;
  coordinators: number;
  activitiesThisMonth: number;
  pendingReimbursements: number;
}

const ROOT = 'org_kNr8aQ';
const NORD = 'org_tY2zLm';
const HAUGALAND = 'org_xW7pNq';

const ORG_SEEDS: readonly OrgSeed[] = [
  {
    org: { id: ROOT, name: 'Stavanger Region', parentId: null, level: 0, slug: 'stavanger-region', plan: 'enterprise' },
    users: 45,
    activeMentors: 10,
    inactiveMentors: 2,
    coordinators: 2,
    activitiesThisMonth: 80,
    pendingReimbursements: 2,
  },
  {
    org: { id: NORD, name: 'Rogaland Nord', parentId: ROOT, level: 1, slug: 'rogaland-nord', plan: 'pro' },
    users: 52,
    activeMentors: 14,
    inactiveMentors: 2,
    coordinators: 1,
    activitiesThisMonth: 110,
    pendingReimbursements: 3,
  },
  {
    org: {
      id: HAUGALAND,
      name: 'Haugaland Sør og Vest',
      parentId: NORD,
      level: 2,
      slug: 'haugaland-sor-og-vest',
      plan: 'pro',
    },
    users: 84,
    activeMentors: 11,
    inactiveMentors: 2,
    coordinators: 1,
    activitiesThisMonth: 120,
    pendingReimbursements: 4,
  },
  {
    org: { id: 'org_mJ4vRc', name: 'Karmøy og Bokn', parentId: NORD, level: 2, slug: 'karmoy-og-bokn', plan: 'free' },
    users: 48,
    activeMentors: 17,
    inactiveMentors: 2,
    coordinators: 1,
    activitiesThisMonth: 87,
    pendingReimbursements: 2,
  },
  {
    org: { id: 'org_pL6sDe', name: 'Jæren', parentId: ROOT, level: 1, slug: 'jaeren', plan: 'pro' },
    users: 38,
    activeMentors: 9,
    inactiveMentors: 1,
    coordinators: 1,
    activitiesThisMonth: 65,
    pendingReimbursements: 2,
  },
  {
    org: {
      id: 'org_gH3wBn',
      name: 'Ålgård og Gjesdal',
      parentId: 'org_pL6sDe',
      level: 2,
      slug: 'algard-og-gjesdal',
      plan: 'free',
    },
    users: 24,
    activeMentors: 6,
    inactiveMentors: 1,
    coordinators: 1,
    activitiesThisMonth: 40,
    pendingReimbursements: 1,
  },
];

/**
 * Document 003's placeholder org id, mapped onto the root org (see the table above).
 *
 * @example
 * db.resolveOrgId(DOCUMENT_003_ORG_ALIAS.alias); // 'org_kNr8aQ'
 */
export const DOCUMENT_003_ORG_ALIAS = { alias: 'org_abc123', orgId: ROOT } as const;

type FixedPerson = Omit<PersonRecord, 'updatedAt' | 'suspendedAt'>;

/** The documents' example people, plus the owners of the demo tokens. */
const FIXED_PEOPLE: readonly FixedPerson[] = [
  {
    id: DEMO_PEOPLE.admin,
    fullName: 'Astrid Haugen',
    email: 'astrid.haugen@org.no',
    orgId: ROOT,
    role: 'mentor',
    status: 'active',
    accessRole: 'admin',
    createdAt: '2024-02-12T09:00:00Z',
    lastLoginAt: '2026-03-26T08:15:00Z',
  },
  {
    id: DEMO_PEOPLE.nonAdmin,
    fullName: 'Lars Eriksen',
    email: 'lars.eriksen@org.no',
    orgId: NORD,
    role: 'mentee',
    status: 'active',
    accessRole: 'user',
    createdAt: '2025-11-03T10:30:00Z',
    lastLoginAt: '2026-03-24T19:40:00Z',
  },
  {
    id: 'usr_01J3K8X',
    fullName: 'Ane Berg',
    email: 'ane.berg@org.no',
    orgId: ROOT,
    role: 'mentor',
    status: 'active',
    accessRole: 'user',
    createdAt: '2025-09-14T08:22:00Z',
    lastLoginAt: '2026-03-20T16:05:00Z',
  },
  {
    id: 'usr_sD4hLq',
    fullName: 'Silje Dahl',
    email: 'silje.dahl@org.no',
    orgId: ROOT,
    role: 'mentor',
    status: 'active',
    accessRole: 'user',
    createdAt: '2025-08-01T07:00:00Z',
    lastLoginAt: '2026-03-25T12:10:00Z',
  },
  {
    id: DEMO_PEOPLE.superAdmin,
    fullName: 'Ingrid Sæther',
    email: 'ingrid.saether@org.no',
    orgId: ROOT,
    role: 'coordinator',
    status: 'active',
    accessRole: 'super_admin',
    createdAt: '2023-06-01T08:00:00Z',
    lastLoginAt: '2026-03-26T07:30:00Z',
  },
  {
    id: DEMO_PEOPLE.scopedAdmin,
    fullName: 'Bjørn Åsland',
    email: 'bjorn.asland@org.no',
    orgId: NORD,
    role: 'coordinator',
    status: 'active',
    accessRole: 'admin',
    createdAt: '2024-09-09T09:00:00Z',
    lastLoginAt: '2026-03-25T15:45:00Z',
  },
];

/** Names the generator must not produce: the documents' examples that are created through the API. */
const RESERVED_NAMES = new Set(['Lars Haugen', 'Kari Olsen', ...FIXED_PEOPLE.map((person) => person.fullName)]);

const FIRST_NAMES = [
  'Åse',
  'Øystein',
  'Håkon',
  'Bjørg',
  'Sølvi',
  'Kjærsti',
  'Ørjan',
  'Mari',
  'Kari',
  'Ingvild',
  'Torbjørn',
  'Siri',
  'Nils',
  'Ola',
  'Per',
  'Jon',
  'Eirik',
  'Sigrid',
  'Ragnhild',
  'Tone',
  'Hege',
  'Solveig',
  'Magnus',
  'Sindre',
  'Jørgen',
  'Synnøve',
  'Kristoffer',
  'Vegard',
  'Marit',
  'Liv',
  'Gunnar',
  'Tor',
  'Emma',
  'Nora',
  'Jonas',
  'Henrik',
  'Ida',
  'Thea',
  'Amalie',
  'Aksel',
  'Tiril',
  'Sverre',
  'Guro',
  'Berit',
  'Frode',
  'Stig',
  'Åsmund',
  'Dagny',
];
const LAST_NAMES = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Haugen',
  'Eriksen',
  'Berg',
  'Dahl',
  'Solberg',
  'Bakken',
  'Lie',
  'Moen',
  'Strand',
  'Sæther',
  'Løken',
  'Bråthen',
  'Årseth',
  'Nygård',
  'Østby',
  'Søreide',
  'Kvalvåg',
  'Tjøstheim',
  'Ødegård',
  'Fjærli',
  'Sørensen',
  'Rød',
  'Myklebust',
  'Skår',
  'Vågen',
  'Håland',
  'Tvedt',
  'Aasland',
  'Øvrebø',
  'Espeland',
  'Ravndal',
  'Tjelta',
  'Bø',
];
const SPECIALTIES = [
  'Integration',
  'Mental health',
  'Employment',
  'Education',
  'Family',
  'Addiction recovery',
  'Youth',
  'Seniors',
];
const TOPICS = [
  'Budgeting',
  'Job applications',
  'Norwegian practice',
  'Housing rights',
  'Health services',
  'Study plans',
];
const TRAININGS = ['Mentor onboarding', 'Conversation techniques', 'First aid', 'Safeguarding', 'Digital tools'];
const EVENTS = ['Summer gathering', 'Walk along Sola beach', 'Community dinner', 'Football afternoon', 'Culture night'];

const DAY = 86_400_000;

/**
 * Fills an empty db with the seed data. Called by `createMockDb`; exported for tests of the seed itself.
 *
 * @example
 * const db = createMockDb(); // already seeded
 */
export function seedDatabase(db: MockDb): void {
  const random = db.random;
  const now = db.clock.now();
  const nowMs = now.getTime();
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const iso = (ms: number) => toIso(new Date(ms));
  const between = (from: number, to: number) => iso(from + Math.floor(random.next() * Math.max(0, to - from)));

  for (const { org } of ORG_SEEDS) {
    db.orgs.set(org.id, { ...org, createdAt: '2023-01-15T09:00:00Z', updatedAt: '2025-06-01T09:00:00Z' });
  }
  db.orgAliases.set(DOCUMENT_003_ORG_ALIAS.alias, DOCUMENT_003_ORG_ALIAS.orgId);

  const usedEmails = new Set(['lars.haugen@org.no']);
  const usedNames = new Set(RESERVED_NAMES);
  for (const person of FIXED_PEOPLE) {
    db.people.set(person.id, { ...person, updatedAt: person.createdAt, suspendedAt: null });
    usedEmails.add(person.email);
  }

  const newPerson = (orgId: string, role: PersonRole, status: PersonStatus): PersonRecord => {
    let first = '';
    let last = '';
    do {
      first = random.pick(FIRST_NAMES);
      last = random.pick(LAST_NAMES);
    } while (usedNames.has(`${first} ${last}`));
    usedNames.add(`${first} ${last}`);
    const local = `${foldText(first)}.${foldText(last)}`.replace(/[^a-z.]/g, '');
    let email = `${local}@org.no`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@org.no`;
    usedEmails.add(email);
    const createdMs = random.chance(0.08) ? monthStart + Math.floor(random.next() * (nowMs - monthStart)) : 0;
    const createdAt = createdMs > 0 ? iso(createdMs) : between(Date.UTC(2023, 0, 1), monthStart - DAY);
    const lastLoginAt =
      status === 'active' && random.chance(0.85)
        ? between(Math.max(Date.parse(createdAt), nowMs - 60 * DAY), nowMs)
        : null;
    return {
      id: db.newId('usr_'),
      fullName: `${first} ${last}`,
      email,
      orgId,
      role,
      status,
      accessRole: role === 'coordinator' ? 'admin' : 'user',
      createdAt,
      updatedAt: createdAt,
      lastLoginAt,
      suspendedAt: status === 'suspended' ? between(Date.parse(createdAt), nowMs) : null,
    };
  };

  for (const seed of ORG_SEEDS) {
    const members = [...db.people.values()].filter((person) => person.orgId === seed.org.id);
    const count = (predicate: (person: PersonRecord) => boolean) => members.filter(predicate).length;
    const add = (role: PersonRole, status: PersonStatus) => {
      const person = newPerson(seed.org.id, role, status);
      db.people.set(person.id, person);
      members.push(person);
    };
    while (count((p) => p.role === 'coordinator') < seed.coordinators) add('coordinator', 'active');
    while (count((p) => p.role === 'mentor' && p.status === 'active') < seed.activeMentors) add('mentor', 'active');
    while (count((p) => p.role === 'mentor' && p.status !== 'active') < seed.inactiveMentors) add('mentor', 'inactive');
    while (members.length < seed.users) {
      const roll = random.next();
      add('mentee', roll < 0.84 ? 'active' : roll < 0.96 ? 'inactive' : 'suspended');
    }
  }

  seedPeerMentors(db);
  seedActivities(db, monthStart, nowMs, between);
  seedReimbursements(db, nowMs, between);
  seedAgentsAndSessions(db, nowMs, between);
  seedAdminState(db);
  seedAuditHistory(db, nowMs, between);

  db.tokens.set(DEMO_TOKENS.admin, DEMO_PEOPLE.admin);
  db.tokens.set(DEMO_TOKENS.superAdmin, DEMO_PEOPLE.superAdmin);
  db.tokens.set(DEMO_TOKENS.nonAdmin, DEMO_PEOPLE.nonAdmin);
  db.tokens.set(DEMO_TOKENS.scopedAdmin, DEMO_PEOPLE.scopedAdmin);
  db.apiCalls.today = 48_920;
  db.apiCalls.thisMonth = 1_203_840;
  // Last, so every draw above stays as it was: the figures of the Stavanger tree do not move.
  seedOtherTenants(db, nowMs, monthStart, between);
}

/**
 * Document 004's platform tenant: `X-Bulwark-Tenant: bulwark` covers the whole platform, the Stavanger tree and
 * three other tenants' accounts, so its stats are the document's example (users 1240 / 892 / 143; agents and
 * sessions as in the Stavanger tree). Super-admins only.
 *
 * @example
 * createAdminClient({ baseUrl, token: DEMO_TOKENS.superAdmin, tenant: PLATFORM_TENANT }).platform.stats(); // users.total 1240
 */
export const PLATFORM_TENANT = 'bulwark';

/**
 * The other tenants' org ids. Their accounts are seen by document 004 under {@link PLATFORM_TENANT} only: the orgs are
 * not in the org tree, so no scope of documents 000–003 (a super-admin's included) and none of their figures changes.
 *
 * @example
 * [...db.people.values()].filter((person) => OTHER_TENANT_ORGS.includes(person.orgId as never)).length; // 949
 */
export const OTHER_TENANT_ORGS = ['org_bG5wRt', 'org_tD8hNm', 'org_tR3sMo'] as const;

/** 949 accounts: 785 signed in within 30 days, 123 of them created this month (with the tree's 291 / 107 / 20). */
function seedOtherTenants(db: MockDb, nowMs: number, monthStart: number, between: (a: number, b: number) => string) {
  const random = db.random;
  for (let index = 0; index < 949; index++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const orgId = OTHER_TENANT_ORGS[index % OTHER_TENANT_ORGS.length] as string;
    const isNew = index < 123;
    const createdAt = isNew ? between(monthStart, nowMs - DAY) : between(Date.UTC(2023, 0, 1), monthStart - 60 * DAY);
    const lastLoginAt = index < 785 ? between(Math.max(Date.parse(createdAt), nowMs - 29 * DAY), nowMs) : null;
    const person: PersonRecord = {
      id: db.newId('usr_'),
      fullName: `${first} ${last}`,
      email: `${foldText(first)}.${foldText(last)}.${index}@${orgId.slice(4).toLowerCase()}.example`.replace(
        /[^a-z0-9.@_]/g,
        '',
      ),
      orgId,
      role: 'mentee',
      status: 'active',
      accessRole: 'user',
      createdAt,
      updatedAt: createdAt,
      lastLoginAt,
      suspendedAt: null,
    };
    db.people.set(person.id, person);
  }
}

/** 12 directory entries: Silje Dahl (`pm_88A1C`, document 003), Ane Berg and ten other mentors. */
function seedPeerMentors(db: MockDb): void {
  const random = db.random;
  db.peerMentors.set('pm_88A1C', {
    id: 'pm_88A1C',
    personId: 'usr_sD4hLq',
    specialty: 'Integration',
    available: true,
    createdAt: '2025-08-01T07:00:00Z',
  });
  const candidates = [...db.people.values()].filter(
    (person) => person.role === 'mentor' && person.id !== 'usr_sD4hLq' && person.id !== DEMO_PEOPLE.admin,
  );
  const chosen = [candidates.find((person) => person.id === 'usr_01J3K8X') as PersonRecord];
  const rest = candidates.filter((person) => person.id !== 'usr_01J3K8X');
  while (chosen.length < 11) {
    const index = random.int(0, rest.length - 1);
    chosen.push(...rest.splice(index, 1));
  }
  for (const person of chosen) {
    const id = uniqueUpper(db, 'pm_');
    db.peerMentors.set(id, {
      id,
      personId: person.id,
      specialty: random.pick(SPECIALTIES),
      available: person.status === 'active' && random.chance(0.8),
      createdAt: person.createdAt,
    });
  }
}

function uniqueUpper(db: MockDb, prefix: string): string {
  for (;;) {
    const id = `${prefix}${db.random.int(10, 99)}${db.random.chars(3).toUpperCase()}`;
    if (!db.peerMentors.has(id)) return id;
  }
}

function seedActivities(db: MockDb, monthStart: number, nowMs: number, between: (a: number, b: number) => string) {
  const random = db.random;
  const example = {
    id: 'act_rN5qYm',
    orgId: ROOT,
    userId: DEMO_PEOPLE.admin,
    type: 'mentoring_session',
    description: 'One-on-one session with mentee Lars Eriksen',
    occurredAt: '2026-03-18T14:00:00Z',
  };
  db.activities.push(example);
  const exampleThisMonth = Date.parse(example.occurredAt) >= monthStart && Date.parse(example.occurredAt) <= nowMs;

  for (const seed of ORG_SEEDS) {
    const members = [...db.people.values()].filter((person) => person.orgId === seed.org.id);
    const mentors = members.filter((person) => person.role === 'mentor');
    const mentees = [...db.people.values()].filter((person) => person.role === 'mentee');
    const make = (occurredAt: string) => {
      const type = random.pick([
        'mentoring_session',
        'mentoring_session',
        'mentoring_session',
        'group_meeting',
        'phone_call',
        'training',
        'event',
      ]);
      const actor = type === 'mentoring_session' || type === 'phone_call' ? random.pick(mentors) : random.pick(members);
      const description =
        type === 'mentoring_session'
          ? `One-on-one session with mentee ${random.pick(mentees).fullName}`
          : type === 'phone_call'
            ? `Follow-up call with ${random.pick(mentees).fullName}`
            : type === 'group_meeting'
              ? `Group meeting: ${random.pick(TOPICS)}`
              : type === 'training'
                ? `Training: ${random.pick(TRAININGS)}`
                : random.pick(EVENTS);
      db.activities.push({ id: db.newId('act_'), orgId: seed.org.id, userId: actor.id, type, description, occurredAt });
    };
    const thisMonth = seed.activitiesThisMonth - (seed.org.id === ROOT && exampleThisMonth ? 1 : 0);
    for (let i = 0; i < thisMonth; i++) make(between(monthStart, nowMs));
    const earlier = Math.round(seed.activitiesThisMonth * 1.1);
    for (let i = 0; i < earlier; i++) make(between(monthStart - 59 * DAY, monthStart - 1000));
  }
  db.activities.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.id < b.id ? -1 : 1));
}

function seedReimbursements(db: MockDb, nowMs: number, between: (a: number, b: number) => string) {
  const random = db.random;
  for (const seed of ORG_SEEDS) {
    const members = [...db.people.values()].filter(
      (person) => person.orgId === seed.org.id && person.role === 'mentor',
    );
    const add = (status: 'pending' | 'approved' | 'paid' | 'rejected', from: number) =>
      db.reimbursements.push({
        id: db.newId('rmb_'),
        orgId: seed.org.id,
        userId: random.pick(members).id,
        amountNok: random.int(15, 250) * 10,
        status,
        submittedAt: between(from, nowMs),
      });
    for (let i = 0; i < seed.pendingReimbursements; i++) add('pending', nowMs - 20 * DAY);
    for (let i = 0; i < seed.pendingReimbursements * 3; i++)
      add(random.pick(['approved', 'paid', 'paid', 'rejected'] as const), nowMs - 90 * DAY);
  }
}

/** Document 004's agent and session figures: 78 agents (64 active, 14 revoked), 203 active sessions, 1842 completed today. */
function seedAgentsAndSessions(db: MockDb, nowMs: number, between: (a: number, b: number) => string) {
  const random = db.random;
  const owners = [...db.people.values()].filter((person) => person.status === 'active');
  const active: string[] = [];
  for (let i = 0; i < 78; i++) {
    const owner = random.pick(owners);
    const id = db.newId('agent_', 10);
    const status = i < 64 ? 'active' : 'revoked';
    db.agents.set(id, { id, userId: owner.id, status, createdAt: between(nowMs - 400 * DAY, nowMs - 30 * DAY) });
    if (status === 'active') active.push(id);
  }
  const dayStart = nowMs - (nowMs % DAY);
  const session = (status: 'active' | 'completed' | 'expired', from: number, to: number, ended: boolean) => {
    const agent = db.agents.get(random.pick(active)) as { id: string; userId: string };
    const createdAt = between(from, to);
    const id = db.newId('sess_', 10);
    const endedAt = ended ? between(Date.parse(createdAt), to) : null;
    db.sessions.set(id, { id, agentId: agent.id, userId: agent.userId, status, createdAt, endedAt });
  };
  for (let i = 0; i < 203; i++) session('active', dayStart, nowMs, false);
  for (let i = 0; i < 1842; i++) session('completed', dayStart, nowMs, true);
  for (let i = 0; i < 260; i++) session('completed', dayStart - 14 * DAY, dayStart - 1000, true);
  for (let i = 0; i < 120; i++) session('expired', dayStart - 14 * DAY, dayStart - 1000, true);
}

/** Document 001's example state: Astrid Haugen has Rogaland Nord selected and a snapshot from 11:00. */
function seedAdminState(db: MockDb) {
  db.adminStates.set(DEMO_PEOPLE.admin, {
    adminId: DEMO_PEOPLE.admin,
    selectedOrgId: NORD,
    selectedAt: '2026-03-26T10:00:00Z',
    filters: {},
    dashboard: { scopeOrgId: NORD, stats: db.stats(db.subtree(NORD)), refreshedAt: '2026-03-26T11:00:00Z' },
  });
}

/** A short history consistent with the current data: who deactivated whom, who was added this month. */
function seedAuditHistory(db: MockDb, nowMs: number, between: (a: number, b: number) => string) {
  const entries: { at: string; push: (at: string) => void }[] = [];
  const actorFor = (orgId: string) => (db.subtree(NORD).has(orgId) ? DEMO_PEOPLE.scopedAdmin : DEMO_PEOPLE.admin);
  const inactive = [...db.people.values()].filter((person) => person.status === 'inactive').slice(0, 8);
  for (const person of inactive) {
    const at = between(nowMs - 25 * DAY, nowMs - DAY);
    entries.push({
      at,
      push: (createdAt) => {
        person.updatedAt = createdAt;
        db.audit.push({
          id: db.newId('aud_', 8),
          actorId: actorFor(person.orgId),
          action: 'UPDATE',
          resourceType: 'user',
          resourceId: person.id,
          changes: { status: { from: 'active', to: 'inactive' } },
          createdAt,
        });
      },
    });
  }
  const recent = [...db.people.values()]
    .filter((person) => Date.parse(person.createdAt) > nowMs - 25 * DAY)
    .slice(0, 8);
  for (const person of recent) {
    entries.push({
      at: person.createdAt,
      push: (createdAt) =>
        db.audit.push({
          id: db.newId('aud_', 8),
          actorId: actorFor(person.orgId),
          action: 'CREATE',
          resourceType: 'user',
          resourceId: person.id,
          changes: null,
          createdAt,
        }),
    });
  }
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const entry of entries) entry.push(entry.at);
}
