import { describe, expect, it } from 'vitest';
import type { PlatformUserSummary } from '../../src/contract/platform.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import { platformSessionsSource, platformUsersSource } from '../../src/repositories/list-sources.js';
import { setupBlocBackend, testClient } from '../blocs/shared/test-support.js';

const backend = setupBlocBackend();
const client = () => testClient({ token: DEMO_TOKENS.admin, tenant: DEMO_TENANT });
const USERS = '/api/v1/admin/users';

describe('document 004 cursor sources', () => {
  it('platform users: the cursor reads every admin once, page after page, and the last page says there is no more', async () => {
    const source = platformUsersSource(client());
    const query = { search: '', role: 'admin' as const, limit: 5 };
    const rows: PlatformUserSummary[] = [];
    let page = await source.list(query, null);
    rows.push(...page.items);
    while (page.hasMore) {
      expect(page.cursor).not.toBeNull();
      page = await source.list(query, page.cursor);
      rows.push(...page.items);
    }
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((user) => user.role === 'admin')).toBe(true);
    expect(new Set(rows.map((user) => user.id)).size).toBe(rows.length);
    // The first page sends no cursor, and an empty search is left out rather than sent empty.
    const first = backend.requests(USERS)[0]?.url.searchParams;
    expect(first?.has('cursor')).toBe(false);
    expect(first?.has('search')).toBe(false);
    expect(first?.get('role')).toBe('admin');
  });

  it('platform sessions: a status filter is sent, unset filters are not', async () => {
    const page = await platformSessionsSource(client()).list(
      { agentId: null, userId: null, status: 'active', limit: 10 },
      null,
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((session) => session.status === 'active')).toBe(true);
    const sent = backend.requests('/api/v1/admin/sessions')[0]?.url.searchParams;
    expect(sent?.get('status')).toBe('active');
    expect(sent?.has('agentId') || sent?.has('userId')).toBe(false);
  });
});
