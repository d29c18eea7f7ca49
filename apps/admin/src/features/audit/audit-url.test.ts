import { noAuditLogFilters } from 'admin-bloc';
import { describe, expect, it } from 'vitest';
import { auditHref, parseAuditUrl } from './audit-url.js';

const parse = (query: string) => parseAuditUrl(new URLSearchParams(query));

describe('audit log URL', () => {
  it('reads a shared link and writes it back the same', () => {
    const query = 'action=DELETE&resource=user&actor=usr_hA3mXp&from=2026-03-01&to=2026-03-26&page=2';
    const view = parse(query);
    expect(view).toEqual({
      filters: {
        ...noAuditLogFilters,
        action: 'DELETE',
        resourceType: 'user',
        actorId: 'usr_hA3mXp',
        from: '2026-03-01',
        to: '2026-03-26',
      },
      page: 2,
    });
    expect(auditHref(view)).toBe(`/audit?${query}`);
  });

  it.each([
    ['an unknown action', 'action=<b>DROP</b>'],
    ['dates that do not exist', 'from=2026-02-30&to=not-a-date'],
    ['a page that is no page', 'page=-3&page=1e400'],
  ])('ignores %s: the unfiltered newest page', (_, query) => {
    expect(parse(query)).toEqual({ filters: noAuditLogFilters, page: 1 });
  });

  it('an end before the start keeps the start only, and a long text is cut to the search limit', () => {
    expect(parse('from=2026-03-20&to=2026-03-01').filters).toMatchObject({ from: '2026-03-20', to: null });
    expect(parse(`resource=${'x'.repeat(5000)}`).filters.resourceType).toHaveLength(200);
  });
});
