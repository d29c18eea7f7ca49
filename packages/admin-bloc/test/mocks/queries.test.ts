import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { call } from './test-support.js';
import { foldText, matchesSearch } from '../../src/mocks/text.js';

const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const names = (items: { name?: string; full_name?: string }[]) => items.map((item) => item.name ?? item.full_name);

describe('search is case- and accent-insensitive', () => {
  it('folds ø, æ, å and friends', () => {
    expect(foldText('Haugaland SØR og Vest')).toBe('haugaland sor og vest');
    expect(foldText('Jæren')).toBe('jaeren');
    expect(foldText('Ålgård')).toBe('algard');
    expect(matchesSearch('sor', ['Haugaland Sør og Vest'])).toBe(true);
    expect(matchesSearch('  ', ['anything'])).toBe(true);
    expect(matchesSearch('x', [null, undefined])).toBe(false);
  });

  it.each([
    ['sor', ['Haugaland Sør og Vest']],
    ['SØR', ['Haugaland Sør og Vest']],
    ['jaeren', ['Jæren']],
    ['algard', ['Ålgård og Gjesdal']],
    ['karmoy', ['Karmøy og Bokn']],
    ['rogaland', ['Rogaland Nord']],
  ])('organizations: %s', async (search, expected) => {
    const { body } = await call('GET', '/api/admin/organizations', { query: { search } });
    expect(names(body.data)).toEqual(expected);
  });

  it('users in every document', async () => {
    const data = await call('GET', '/api/v1/admin/data/users', { query: { search: 'BJORN ASLAND' } });
    expect(names(data.body.data)).toEqual(['Bjørn Åsland']);
    const admin = await call('GET', '/api/admin/users', { query: { search: 'ingrid saether' } });
    expect(names(admin.body.data)).toEqual(['Ingrid Sæther']);
    const byEmail = await call('GET', '/api/v1/admin/users', { query: { search: 'ASTRID.HAUGEN@' } });
    expect(names(byEmail.body.data)).toEqual(['Astrid Haugen']);
    const contacts = await call('GET', '/api/v1/contacts/search', { query: { org_id: 'org_kNr8aQ', q: 'silje' } });
    expect(contacts.body.data).toEqual([{ id: 'usr_sD4hLq', full_name: 'Silje Dahl', email: 'silje.dahl@org.no' }]);
    const mentors = await call('GET', '/api/v1/contacts/peer-mentors/search', {
      query: { org_id: 'org_abc123', q: 'INTEGRATION' },
    });
    expect(mentors.body.data).toContainEqual({ id: 'pm_88A1C', full_name: 'Silje Dahl', specialty: 'Integration' });
  });

  it('every name with ø, æ or å is found by its plain-letter spelling', async () => {
    const all = [...mock.db.people.values()].filter((person) => /[øæå]/i.test(person.fullName)).slice(0, 5);
    expect(all.length).toBeGreaterThan(0);
    for (const person of all) {
      const plain = person.fullName.replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/[åÅ]/g, 'a');
      const { body } = await call('GET', '/api/admin/users', { query: { search: plain, limit: 100 } });
      expect(names(body.data)).toContain(person.fullName);
    }
  });
});

describe('page/limit pagination', () => {
  it('walks 291 users in pages that neither overlap nor skip', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const { body } = await call('GET', '/api/v1/admin/data/users', { query: { page, limit: 100 } });
      expect(body.pagination).toEqual({ page, limit: 100, total: 291 });
      seen.push(...body.data.map((user: { user_id: string }) => user.user_id));
    }
    expect(seen).toHaveLength(291);
    expect(new Set(seen).size).toBe(291);
    const beyond = await call('GET', '/api/v1/admin/data/users', { query: { page: 4, limit: 100 } });
    expect(beyond.body).toEqual({ data: [], pagination: { page: 4, limit: 100, total: 291 } });
  });

  it('sorts users by name, Norwegian collation', async () => {
    const { body } = await call('GET', '/api/admin/users', { query: { limit: 100, page: 3 } });
    const last = names(body.data).at(-1) as string;
    expect(['Æ', 'Ø', 'Å']).toContain(last[0]);
  });

  it('the activity log is newest first and filters by type, user and dates', async () => {
    const { body } = await call('GET', '/api/v1/admin/data/activity-log', {
      query: { activity_type: 'mentoring_session', from: '2026-03-18', to: '2026-03-18', limit: 100 },
    });
    expect(body.data.length).toBeGreaterThan(0);
    for (const entry of body.data) {
      expect(entry.activity_type).toBe('mentoring_session');
      expect(entry.occurred_at.startsWith('2026-03-18')).toBe(true);
    }
    const times = body.data.map((entry: { occurred_at: string }) => entry.occurred_at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});

describe('cursor pagination (document 004)', () => {
  async function walk(path: string, query: Record<string, string | number> = {}) {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const { body } = await call('GET', path, {
        token: DEMO_TOKENS.superAdmin,
        query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) },
      });
      ids.push(...body.data.map((item: { id?: string; sessionId?: string }) => item.id ?? item.sessionId));
      if (!body.pagination.hasMore) {
        expect(body.pagination.cursor).toBeNull();
        return ids;
      }
      cursor = body.pagination.cursor;
    }
    throw new Error('cursor never ended');
  }

  it('walks every user exactly once, newest first', async () => {
    const ids = await walk('/api/v1/admin/users');
    expect(ids).toHaveLength(291);
    expect(new Set(ids).size).toBe(291);
  });

  it('walks the active sessions: 203', async () => {
    expect(await walk('/api/v1/admin/sessions', { status: 'active' })).toHaveLength(203);
  });

  it('stays correct when rows are deleted between pages', async () => {
    const first = await call('GET', '/api/v1/admin/users', { query: { limit: 10 } });
    const firstIds = first.body.data.map((user: { id: string }) => user.id);
    // Delete a user already served and one not yet served.
    await call('DELETE', `/api/admin/users/${firstIds[3]}`, { token: DEMO_TOKENS.superAdmin });
    const ahead = await call('GET', '/api/v1/admin/users', { query: { limit: 12 } });
    const victim = ahead.body.data[11].id as string;
    await call('DELETE', `/api/admin/users/${victim}`, { token: DEMO_TOKENS.superAdmin });
    const second = await call('GET', '/api/v1/admin/users', {
      query: { limit: 10, cursor: first.body.pagination.cursor },
    });
    const secondIds = second.body.data.map((user: { id: string }) => user.id);
    expect(secondIds).not.toContain(victim);
    expect(secondIds.some((id: string) => firstIds.includes(id))).toBe(false);
    // One served row is gone, so the first unseen row is now tenth from the top.
    expect(secondIds[0]).toBe(ahead.body.data[9].id);
    expect(secondIds[1]).toBe(ahead.body.data[10].id);
  });

  it('filters by role and sessions by user', async () => {
    const admins = await call('GET', '/api/v1/admin/users', { query: { role: 'admin', limit: 100 } });
    expect(admins.body.data.every((user: { role: string }) => user.role === 'admin')).toBe(true);
    expect(names(admins.body.data)).toEqual(expect.arrayContaining(['Astrid Haugen', 'Ingrid Sæther', 'Bjørn Åsland']));
    const session = (await call('GET', '/api/v1/admin/sessions', { query: { limit: 1 } })).body.data[0];
    const byUser = await call('GET', '/api/v1/admin/sessions', { query: { userId: session.userId, limit: 100 } });
    expect(byUser.body.data.every((item: { userId: string }) => item.userId === session.userId)).toBe(true);
    const user = await call('GET', `/api/v1/admin/users/${session.userId}`);
    expect(user.body.data.agents).toContain(session.agentId);
  });
});
