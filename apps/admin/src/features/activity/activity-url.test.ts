import { describe, expect, it } from 'vitest';
import { activityHref, filtersFromUrl } from './activity-url.js';

const parse = (query: string) => filtersFromUrl(new URLSearchParams(query));

describe('activity log URL', () => {
  it('reads a shared link and writes it back the same', () => {
    const filters = parse('type=phone_call&from=2026-03-01&to=2026-03-26');
    expect(filters).toEqual({ activityType: 'phone_call', from: '2026-03-01', to: '2026-03-26' });
    expect(activityHref({ userId: null, activityType: null, from: null, to: null, ...filters })).toBe(
      '/activity?type=phone_call&from=2026-03-01&to=2026-03-26',
    );
  });

  it.each([
    ['an unknown type, markup or a path as type', 'type=<img src=x onerror=alert(1)>&type=../../etc'],
    ['dates of the right shape that do not exist', 'from=2026-02-30&to=2026-13-01'],
    ['no dates at all', 'from=yesterday&to=%00&page=-1&limit=99999'],
    ['an oversized value', `type=${'x'.repeat(10_000)}&from=${'9'.repeat(10_000)}`],
  ])('ignores %s: the unfiltered log', (_, query) => {
    expect(parse(query)).toEqual({});
  });

  it('a range that ends before it starts keeps its start only', () => {
    expect(parse('from=2026-03-20&to=2026-03-01')).toEqual({ from: '2026-03-20' });
    expect(parse('from=2026-02-29&to=2026-03-01')).toEqual({ to: '2026-03-01' });
    expect(parse('from=2024-02-29')).toEqual({ from: '2024-02-29' });
  });
});
