import type { MockDb } from '../db.js';
import type { PersonRecord } from '../records.js';
import { foldText } from '../text.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';
import { DAY, type SeedTime } from './seed-time.js';

// Document 004's platform: the other tenants' accounts, the agents and their sessions.

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
export function seedOtherTenants(db: MockDb, time: SeedTime): void {
  const { nowMs, monthStart, between } = time;
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

/** Document 004's agent and session figures: 78 agents (64 active, 14 revoked), 203 active sessions, 1842 completed today. */
export function seedAgentsAndSessions(db: MockDb, time: SeedTime): void {
  const { nowMs, between } = time;
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
