import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  neutraliseCell,
  parseUsersCsv,
  parseUsersCsvInSlices,
  UNCLOSED_QUOTE,
  usersToCsv,
} from './csv.js';
import { parseUsersUrl, usersHref } from './users-url.js';

describe('parseUsersCsv', () => {
  it('validates each row with the contract schema and numbers rows by file line', () => {
    const preview = parseUsersCsv(
      'email,full_name,role,notes\nkari@example.no,Kari Olsen,Mentor,x\nnot-an-email,Per,mentor,\n,,,\nola@example.no,Ola,pilot,\nKARI@example.no,Kari 2,mentee,',
    );
    expect(preview.fileError).toBeNull();
    // Line 4 (",,,") holds nothing and is skipped; the rows after it keep their own line numbers.
    expect(preview.rows.map((row) => [row.line, row.errors.length > 0])).toEqual([
      [2, false],
      [3, true],
      [5, true],
      [6, true],
    ]);
    expect(preview.rows[0]?.input).toEqual({ full_name: 'Kari Olsen', email: 'kari@example.no', role: 'mentor' });
    // Each problem reads as what is wrong with the field, not zod/mini's bare "Invalid input".
    expect(preview.rows[1]?.errors).toEqual(['email: Invalid email address']);
    expect(preview.rows[2]?.errors).toEqual([expect.stringMatching(/^role: Invalid option: expected one of /)]);
    expect(preview.rows[3]?.errors.join()).toContain('earlier in this file');
  });

  it('refuses a file without the needed columns, naming the missing ones and the header it has; no rows', () => {
    expect(parseUsersCsv('name;mail\nKari;kari@example.no')).toEqual({
      rows: [],
      fileError: { kind: 'columns', missing: ['full_name', 'email', 'role'], found: ['name', 'mail'] },
      unclosedQuoteLine: null,
    });
    // One misspelt header is enough to refuse the whole file.
    expect(parseUsersCsv('full_name,e-mail,role\nKari,kari@example.no,mentor')).toEqual({
      rows: [],
      fileError: { kind: 'columns', missing: ['email'], found: ['full_name', 'e-mail', 'role'] },
      unclosedQuoteLine: null,
    });
    // No header at all: an empty file, or only blank lines.
    expect(parseUsersCsv('').fileError).toEqual({
      kind: 'columns',
      missing: ['full_name', 'email', 'role'],
      found: [],
    });
    expect(parseUsersCsv('\n\n').fileError).toMatchObject({ missing: ['full_name', 'email', 'role'] });
  });

  it('keeps quotes, commas and line breaks inside quoted fields, numbering rows by the line they start on', () => {
    const preview = parseUsersCsv(
      [
        'full_name,email,role',
        '"Olsen, Kari ""KO""",kari@example.no,mentor',
        '"Per',
        'Hansen",per@example.no,mentee',
        '',
        'Ola,ola@example.no,mentor',
      ].join('\r\n'),
    );
    expect(preview.rows.map((row) => row.input.full_name)).toEqual(['Olsen, Kari "KO"', 'Per\r\nHansen', 'Ola']);
    expect(preview.rows.map((row) => row.errors)).toEqual([[], [], []]);
    expect(preview.rows.map((row) => row.line)).toEqual([2, 3, 6]);
  });

  it('parses 10 000 rows, flagging exactly the bad ones by line', () => {
    const lines = ['full_name,email,role'];
    for (let i = 1; i <= 10_000; i++)
      lines.push(`Person ${i},person${i}@example.no,${i % 2500 === 0 ? 'x' : 'mentee'}`);
    const preview = parseUsersCsv(lines.join('\n'));
    expect(preview.rows).toHaveLength(10_000);
    expect(preview.rows.filter((row) => row.errors.length > 0).map((row) => row.line)).toEqual([
      2501, 5001, 7501, 10_001,
    ]);
  });

  it('in slices, gives the page its turn between slices and finds the same rows', async () => {
    const lines = ['full_name,email,role'];
    for (let i = 1; i <= 2_000; i++) lines.push(`Person ${i},person${i % 1500}@example.no,mentee`);
    let pauses = 0;
    const preview = await parseUsersCsvInSlices(lines.join('\n'), async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(preview).toEqual(parseUsersCsv(lines.join('\n')));
    expect(preview.rows.filter((row) => row.errors.length > 0)).toHaveLength(500);
  });
});

describe('decodeCsvBytes', () => {
  const header = 'full_name,email,role\n';
  it('reads UTF-8 and drops its byte-order mark, so the first header is still found', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${header}Kari Sør,kari@example.no,mentor`);
    expect(bytes[0]).toBe(0xef);
    const text = decodeCsvBytes(bytes);
    expect(text.startsWith('full_name')).toBe(true);
    expect(parseUsersCsv(text).rows[0]?.input.full_name).toBe('Kari Sør');
  });

  it('reads a Windows-1252 file (Norwegian Excel) with its letters intact', () => {
    // ø = F8, Å = C5, Æ = C6 in Windows-1252: bytes that are not valid UTF-8.
    const latin = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
    const text = decodeCsvBytes(
      latin(`${header}Kari Sør,kari@example.no,mentor\nBjørn Åsland Ærø,b@example.no,mentee`),
    );
    expect(parseUsersCsv(text).rows.map((row) => row.input.full_name)).toEqual(['Kari Sør', 'Bjørn Åsland Ærø']);
    expect(text).not.toContain('\uFFFD');
    // The euro sign is where Windows-1252 and Latin-1 differ (0x80).
    expect(decodeCsvBytes(Uint8Array.of(0x80, 0x35))).toBe('€5');
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

  it('neutralises every formula prefix in every column a server value reaches', () => {
    const payloads = ['=1+1', '+cmd|calc', '-2+3', '@SUM(A1)', '\r=x'];
    const csv = usersToCsv(
      payloads.map((payload) => ({
        user_id: payload,
        org_id: payload,
        full_name: payload,
        role: 'mentor' as const,
        status: 'active' as const,
      })),
    );
    const cells = csv
      .split('\r\n')
      .slice(1)
      .flatMap((line) => line.slice(1, -1).split('","'));
    // user_id, full_name and org_id of each row start with the apostrophe: no cell starts a formula.
    expect(cells.filter((cell) => /^[=+\-@\r]/.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.startsWith("'"))).toHaveLength(payloads.length * 3);
  });
});

describe('users URL', () => {
  it('round-trips a list state and drops defaults', () => {
    const state = parseUsersUrl(
      new URLSearchParams('role=mentor&status=active&q=haugen&page=3&sort=role:desc&size=50'),
    );
    expect(state).toEqual({
      role: 'mentor',
      status: 'active',
      q: 'haugen',
      page: 3,
      sort: { field: 'role', direction: 'desc' },
      size: 50,
    });
    expect(usersHref(state)).toBe('/users?role=mentor&status=active&q=haugen&page=3&sort=role%3Adesc&size=50');
    expect(usersHref({ ...state, role: null, status: null, q: '', page: 1, sort: null, size: 20 })).toBe('/users');
  });

  it('bad values fall back to defaults', () => {
    expect(parseUsersUrl(new URLSearchParams('role=admin&status=1&page=-2&sort=email:up&size=7'))).toEqual({
      role: null,
      status: null,
      q: '',
      page: 1,
      sort: null,
      size: 20,
    });
    expect(parseUsersUrl(new URLSearchParams('page=abc')).page).toBe(1);
    expect(parseUsersUrl(new URLSearchParams('page=1e400&role=%3Cscript%3E&status=../')).page).toBe(1);
    expect(parseUsersUrl(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('an oversized search in a link is cut to the longest search the screens send', () => {
    const q = `${'å'.repeat(199)}${'x'.repeat(9_801)}`;
    expect(parseUsersUrl(new URLSearchParams({ q })).q).toBe(`${'å'.repeat(199)}x`);
  });
});

describe('files the import cannot read as CSV', () => {
  it('a binary file (an .xlsx, an image) is refused whole without its bytes as column names', () => {
    const xlsx = 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000bîh¶`\u0001\u0000\u0000';
    expect(parseUsersCsv(xlsx)).toEqual({ rows: [], fileError: { kind: 'binary' }, unclosedQuoteLine: null });
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
    expect(parseUsersCsv(png).fileError).toEqual({ kind: 'binary' });
    // A Windows-1252 text with Norwegian letters is text.
    expect(parseUsersCsv('full_name,email,role\nSøren Ås,soren@example.no,mentor').fileError).toBeNull();
  });

  it('a very long header is shown cut, not echoed whole', () => {
    const preview = parseUsersCsv(`${'x'.repeat(5000)},email\nKari,kari@example.no`);
    expect(preview.fileError).toMatchObject({ kind: 'columns', missing: ['full_name', 'role'] });
    const found = preview.fileError?.kind === 'columns' ? preview.fileError.found : [];
    expect(found[0]).toBe(`${'x'.repeat(40)}…`);
  });

  it('a quote that never closes names its line, and that row is invalid instead of silently swallowing the rest', () => {
    const preview = parseUsersCsv(
      'full_name,email,role\nKari,kari@example.no,mentor\n"Per Hansen,per@example.no,mentee\nOla,ola@example.no,mentor',
    );
    expect(preview.unclosedQuoteLine).toBe(3);
    expect(preview.rows.map((row) => [row.line, row.errors.includes(UNCLOSED_QUOTE)])).toEqual([
      [2, false],
      [3, true],
    ]);
    expect(parseUsersCsv('full_name,email,role\n"Kari ""K"" Olsen",kari@example.no,mentor').unclosedQuoteLine).toBe(
      null,
    );
  });
});
