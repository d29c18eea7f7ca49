import type { MockDb } from '../db.js';
import { DEMO_PEOPLE } from '../demo-tokens.js';
import type { PersonRecord } from '../records.js';

/** What a peer mentor offers, as the directory lists it. */
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

/** 12 directory entries: Silje Dahl (`pm_88A1C`, document 003), Ane Berg and ten other mentors. */
export function seedPeerMentors(db: MockDb): void {
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
