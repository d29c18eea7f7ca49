import { describe, expect, it } from 'vitest';
import { isoWeek } from './activity-chart-cubit.js';

describe('isoWeek', () => {
  it('numbers weeks as ISO 8601 does, across year ends', () => {
    const week = (day: string) => isoWeek(new Date(`${day}T12:00:00Z`));
    expect(week('2026-03-26')).toBe(13);
    expect(week('2026-03-23')).toBe(13);
    expect(week('2026-02-16')).toBe(8);
    expect(week('2026-03-22')).toBe(12);
    // 2026 starts on a Thursday: 1 January is in week 1; 2027 starts on a Friday: 1 January 2027 is in week 53.
    expect(week('2026-01-01')).toBe(1);
    expect(week('2027-01-01')).toBe(53);
    expect(week('2025-12-29')).toBe(1);
    expect(week('2024-12-30')).toBe(1);
    expect(week('2021-01-03')).toBe(53);
  });
});
