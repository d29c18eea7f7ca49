import { describe, expect, it } from 'vitest';
import { ActivityLogQuery, DataUsersQuery } from '../../src/contract/data.js';
import { SessionsQuery } from '../../src/contract/platform.js';
import { fromSearchParams, toSearchParams } from '../../src/contract/query.js';

describe('query wire format', () => {
  it('serialises lists as one comma-separated parameter, keys sorted, undefined left out', () => {
    const params = toSearchParams({ page: 2, org_ids: ['org_kNr8aQ', 'org_tY2zLm'], role: undefined, search: 'ane' });
    expect(params.toString()).toBe('org_ids=org_kNr8aQ%2Corg_tY2zLm&page=2&search=ane');
  });

  it('leaves an empty list out', () => {
    expect(toSearchParams({ org_ids: [] }).toString()).toBe('');
  });

  it('round-trips through the schema: what the client sends is what the mock parses', () => {
    const sent = {
      org_ids: ['org_kNr8aQ', 'org_tY2zLm'],
      role: 'mentor',
      status: 'active',
      page: 3,
      limit: 50,
    } as const;
    const raw = fromSearchParams(new URLSearchParams(toSearchParams(sent).toString()), DataUsersQuery);
    expect(DataUsersQuery.parse(raw)).toEqual(sent);
  });

  it('accepts repeated keys and mixed forms for a list', () => {
    const raw = fromSearchParams(new URLSearchParams('org_ids=a&org_ids=b,c&page=1'), DataUsersQuery);
    expect(raw).toEqual({ org_ids: ['a', 'b', 'c'], page: 1 });
    expect(DataUsersQuery.parse(raw)).toEqual({ org_ids: ['a', 'b', 'c'], page: 1 });
  });

  it('gives numbers to number fields and strings to the others, so range and enum checks happen in the schema', () => {
    const bad = DataUsersQuery.safeParse(fromSearchParams(new URLSearchParams('page=abc&role=pilot'), DataUsersQuery));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['page', 'role']);
  });

  it('parses date ranges and camelCase wire names', () => {
    const raw = fromSearchParams(new URLSearchParams('from=2026-03-01&to=2026-03-31T23:59:59Z'), ActivityLogQuery);
    expect(ActivityLogQuery.parse(raw)).toEqual({ from: '2026-03-01', to: '2026-03-31T23:59:59Z' });
    const sessions = fromSearchParams(new URLSearchParams('agentId=a1&status=expired&limit=5'), SessionsQuery);
    expect(SessionsQuery.parse(sessions)).toEqual({
      agentId: 'a1',
      status: 'expired',
      limit: 5,
    });
  });
});
