import type { MockDb } from '../db.js';
import { DEMO_PEOPLE } from '../demo-tokens.js';
import type { PersonRecord, PersonRole, PersonStatus } from '../records.js';
import { foldText } from '../text.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';
import { NORD, ORG_SEEDS, ROOT } from './orgs.js';
import { DAY, type SeedTime } from './seed-time.js';

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

/**
 * The documents' example people, then each org filled to its head counts (coordinators, active and inactive mentors,
 * then mentees) with generated people: unique names, unique e-mail addresses, this month's share of new accounts.
 */
export function seedPeople(db: MockDb, time: SeedTime): void {
  const random = db.random;
  const { nowMs, monthStart, between, iso } = time;
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
}
