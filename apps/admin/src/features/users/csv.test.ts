import { describe, expect, it } from 'vitest';
import { neutraliseCell, parseUsersCsv, usersToCsv } from './csv.js';
import { parseUsersUrl, usersHref } from './users-url.js';

describe('parseUsersCsv', () => {
  it('validates each row with the contract schema and numbers rows by file line', () => {
    const preview = parseUsersCsv(
      'email,full_name,role,notes\nkari@example.no,Kari Olsen,Mentor,x\nnot-an-email,Per,mentor,\n,,,\nola@example.no,Ola,pilot,\nKARI@example.no,Kari 2,mentee,',
    );
    expect(preview.fileError).toBeNull();
    expect(preview.rows.map((row) => [row.line, row.errors.length > 0])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, true],
    ]);
    expect(preview.rows[0]?.input).toEqual({ full_name: 'Kari Olsen', email: 'kari@example.no', role: 'mentor' });
    expect(preview.rows[1]?.errors.join()).toContain('email');
    expect(preview.rows[2]?.errors.join()).toContain('role');
    expect(preview.rows[3]?.errors.join()).toContain('earlier in this file');
  });

  it('refuses a file without the needed columns', () => {
    expect(parseUsersCsv('name;mail\nKari;kari@example.no').fileError).toMatch(/missing columns/);
  });
});

describe('usersToCsv', () => {
  it('neutralises formula cells and quotes every cell', () => {
    const csv = usersToCsv([
      { user_id: 'usr_1', org_id: 'org_1', full_name: '=HYPERLINK("x")', role: 'mentor', status: 'active' },
    ]);
    expect(csv.split('\r\n')[1]).toBe('"usr_1","\'=HYPERLINK(""x"")","mentor","active","org_1"');
    expect(['+1', '-1', '@a', '\tx', 'ok'].map(neutraliseCell)).toEqual(["'+1", "'-1", "'@a", "'\tx", 'ok']);
  });
});

describe('users URL', () => {
  it('round-trips a list state and drops defaults', () => {
    const state = parseUsersUrl(new URLSearchParams('role=mentor&status=active&q=haugen&page=3&sort=role:desc'));
    expect(state).toEqual({
      role: 'mentor',
      status: 'active',
      q: 'haugen',
      page: 3,
      sort: { field: 'role', direction: 'desc' },
    });
    expect(usersHref(state)).toBe('/users?role=mentor&status=active&q=haugen&page=3&sort=role%3Adesc');
    expect(usersHref({ ...state, role: null, status: null, q: '', page: 1, sort: null })).toBe('/users');
  });

  it('bad values fall back to defaults', () => {
    expect(parseUsersUrl(new URLSearchParams('role=admin&status=1&page=-2&sort=email:up'))).toEqual({
      role: null,
      status: null,
      q: '',
      page: 1,
      sort: null,
    });
    expect(parseUsersUrl(new URLSearchParams('page=abc')).page).toBe(1);
  });
});
