import type { MockDb } from '../db.js';
import { DEMO_PEOPLE } from '../demo-tokens.js';
import { NORD } from './orgs.js';
import { DAY, type SeedTime } from './seed-time.js';

// What the admins have done before the seed's "now": document 001's saved state and the audit log's history.

/** Document 001's example state: Astrid Haugen has Rogaland Nord selected and a snapshot from 11:00. */
export function seedAdminState(db: MockDb): void {
  db.adminStates.set(DEMO_PEOPLE.admin, {
    adminId: DEMO_PEOPLE.admin,
    selectedOrgId: NORD,
    selectedAt: '2026-03-26T10:00:00Z',
    filters: {},
    dashboard: { scopeOrgId: NORD, stats: db.stats(db.subtree(NORD)), refreshedAt: '2026-03-26T11:00:00Z' },
  });
}

/** A short history consistent with the current data: who deactivated whom, who was added this month. */
export function seedAuditHistory(db: MockDb, time: SeedTime): void {
  const { nowMs, between } = time;
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
