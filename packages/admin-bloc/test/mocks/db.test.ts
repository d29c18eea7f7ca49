import { describe, expect, it } from 'vitest';
import { createMockDb } from '../../src/mocks/db.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';

describe('createMockDb', () => {
  it.each([2026, 1, 'another seed'])('reproduces the documents’ figures for seed %s', (seed) => {
    const db = createMockDb({ seed });
    expect(db.subtree('org_kNr8aQ').size).toBe(6);
    expect(db.stats(db.subtree('org_kNr8aQ'))).toEqual({
      totalUsers: 291,
      activeMentors: 67,
      monthlyActivities: 502,
      pendingReimbursements: 14,
    });
    expect(db.stats(db.subtree('org_tY2zLm'))).toEqual({
      totalUsers: 184,
      activeMentors: 42,
      monthlyActivities: 317,
      pendingReimbursements: 9,
    });
    const contacts = [...db.people.values()].filter((person) => person.role !== 'mentee');
    expect(contacts).toHaveLength(84);
    expect(db.peerMentors.size).toBe(12);
  });

  it('is deterministic: same seed, same data', () => {
    const a = createMockDb({ seed: 5 });
    const b = createMockDb({ seed: 5 });
    expect([...a.people.values()]).toEqual([...b.people.values()]);
    expect(a.activities).toEqual(b.activities);
    expect([...a.sessions.values()]).toEqual([...b.sessions.values()]);
    expect(createMockDb({ seed: 6 }).people).not.toEqual(a.people);
  });

  it('holds the documents’ example records', () => {
    const db = createMockDb();
    expect(db.people.get('usr_hA3mXp')).toMatchObject({ fullName: 'Astrid Haugen', role: 'mentor', status: 'active' });
    expect(db.people.get('usr_bQ9vTk')).toMatchObject({
      fullName: 'Lars Eriksen',
      role: 'mentee',
      orgId: 'org_tY2zLm',
    });
    expect(db.people.get('usr_01J3K8X')).toMatchObject({ fullName: 'Ane Berg', email: 'ane.berg@org.no' });
    expect(db.peerMentors.get('pm_88A1C')).toMatchObject({ specialty: 'Integration', available: true });
    expect(db.orgs.get('org_xW7pNq')?.name).toBe('Haugaland Sør og Vest');
    expect(db.resolveOrgId('org_abc123')).toBe('org_kNr8aQ');
    expect(db.activities.find((activity) => activity.id === 'act_rN5qYm')?.userId).toBe('usr_hA3mXp');
    expect(db.tokens.get(DEMO_TOKENS.scopedAdmin)).toBe(DEMO_PEOPLE.scopedAdmin);
    expect(db.personByEmail('lars.haugen@org.no')).toBeUndefined();
  });

  it('keeps emails unique and names Norwegian', () => {
    const db = createMockDb();
    const emails = [...db.people.values()].map((person) => person.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect([...db.people.values()].some((person) => /[øåæ]/i.test(person.fullName))).toBe(true);
  });

  it('finds people by e-mail (any case) after every kind of change, also to the table itself', () => {
    const db = createMockDb();
    const kari = db.createPerson(
      { fullName: 'Kari Olsen', email: 'Kari.Olsen@company.no', orgId: 'org_kNr8aQ', role: 'mentor' },
      DEMO_PEOPLE.superAdmin,
    );
    expect(db.personByEmail(' kari.olsen@COMPANY.no ')).toBe(kari);
    db.updatePerson(kari.id, { email: 'kari.vik@company.no' }, DEMO_PEOPLE.superAdmin);
    expect(db.personByEmail('kari.olsen@company.no')).toBeUndefined();
    expect(db.personByEmail('Kari.Vik@company.no')).toBe(kari);
    db.deletePerson(kari.id, DEMO_PEOPLE.superAdmin);
    expect(db.personByEmail('kari.vik@company.no')).toBeUndefined();

    // Tests prepare the table directly: set and delete keep the lookup right, a replaced record included.
    const lars = db.people.get(DEMO_PEOPLE.nonAdmin);
    if (lars === undefined) throw new Error('Lars is seeded');
    db.people.set(lars.id, { ...lars, email: 'lars.new@org.no' });
    expect(db.personByEmail(lars.email)).toBeUndefined();
    expect(db.personByEmail('lars.new@org.no')?.id).toBe(lars.id);
    db.people.delete(lars.id);
    expect(db.personByEmail('lars.new@org.no')).toBeUndefined();

    // Two people with one address (the API refuses it; a test can set it up): the first in the table is found,
    // and once it goes, the other one.
    const ane = db.people.get('usr_01J3K8X');
    if (ane === undefined) throw new Error('Ane is seeded');
    db.people.set('usr_twin', { ...ane, id: 'usr_twin', email: ane.email.toUpperCase() });
    expect(db.personByEmail(ane.email)).toBe(ane);
    db.people.delete(ane.id);
    expect(db.personByEmail(ane.email)?.id).toBe('usr_twin');
    db.people.clear();
    expect(db.personByEmail('astrid.haugen@org.no')).toBeUndefined();
  });

  it('computes the month from its clock', () => {
    const db = createMockDb({ now: '2026-04-02T08:00:00Z' });
    expect(db.stats(db.subtree('org_kNr8aQ')).monthlyActivities).toBe(502);
  });

  it('cascades a delete and audits every mutation', () => {
    const db = createMockDb();
    const changes = db.updatePerson('usr_bQ9vTk', { status: 'suspended' }, DEMO_PEOPLE.superAdmin);
    expect(changes).toEqual({ status: { from: 'active', to: 'suspended' } });
    expect(db.tokens.has(DEMO_TOKENS.nonAdmin)).toBe(false);
    db.deletePerson('usr_sD4hLq', DEMO_PEOPLE.superAdmin);
    expect(db.peerMentors.has('pm_88A1C')).toBe(false);
    expect(db.audit.slice(-2).map((entry) => [entry.action, entry.resourceId])).toEqual([
      ['UPDATE', 'usr_bQ9vTk'],
      ['DELETE', 'usr_sD4hLq'],
    ]);
  });
});
