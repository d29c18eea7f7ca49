import { describe, expect, it } from 'vitest';
import { AdminApiError } from '../../../src/api/admin-api-error.js';
import {
  failureOf,
  foldSearchText,
  isAbort,
  LatestWins,
  matchesSearchText,
  toFailure,
} from '../../../src/blocs/shared/index.js';

describe('toFailure', () => {
  it('marks a 403 forbidden and a 401 signed out', () => {
    expect(
      toFailure(new AdminApiError({ code: 'FORBIDDEN', status: 403, serverMessage: 'Admin access required' })),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'You do not have access to this. Ask an administrator if you need it.',
      retryable: false,
      forbidden: true,
      signedOut: false,
      status: 403,
      detail: 'Admin access required',
    });
    expect(toFailure(new AdminApiError({ code: 'UNAUTHORIZED', status: 401 }))).toMatchObject({
      signedOut: true,
      forbidden: false,
    });
  });

  it('marks transient failures retryable', () => {
    for (const code of ['NETWORK_ERROR', 'TIMEOUT', 'RATE_LIMITED', 'INTERNAL_ERROR'] as const) {
      expect(toFailure(new AdminApiError({ code })).retryable).toBe(true);
      expect(failureOf(code).retryable).toBe(true);
    }
    expect(toFailure(new AdminApiError({ code: 'CONFLICT', status: 409 })).retryable).toBe(false);
  });

  it('a 409 says which conflict when the server’s message names it: code and params, English by default', () => {
    const conflict = (serverMessage: string) =>
      toFailure(new AdminApiError({ code: 'CONFLICT', status: 409, serverMessage }));
    expect(conflict('Organization org_tY2zLm still has child orgs')).toMatchObject({
      code: 'CONFLICT',
      params: { conflict: 'childOrgs' },
      message: 'This organisation still has child organisations. Move or delete them first.',
    });
    expect(conflict('Organization org_pL6sDe still has members')).toMatchObject({
      params: { conflict: 'members' },
      message: 'This organisation still has members. Move or remove them first.',
    });
    expect(conflict('A user with email kari@org.no already exists').params).toEqual({
      conflict: 'exists',
      field: 'email',
    });
    // Other words: no kind, the plain conflict text, and the server's words kept for support.
    const other = conflict('Version mismatch');
    expect(other.params).toBeUndefined();
    expect(other).toMatchObject({
      message: expect.stringMatching(/^This already exists, or someone changed it/),
      detail: 'Version mismatch',
    });
    expect(failureOf('VALIDATION', 'line 3', { line: 3 }).params).toEqual({ line: 3 });
  });

  it('keeps anything else as UNKNOWN with its message as detail', () => {
    expect(toFailure(new TypeError('x is undefined'))).toMatchObject({ code: 'UNKNOWN', detail: 'x is undefined' });
  });

  it('recognises aborts of both kinds', () => {
    expect(isAbort(new AdminApiError({ code: 'ABORTED' }))).toBe(true);
    expect(isAbort(new DOMException('gone', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('no'))).toBe(false);
    expect(toFailure(new DOMException('gone', 'AbortError')).code).toBe('ABORTED');
  });
});

describe('search text', () => {
  it('folds accents and Nordic letters', () => {
    expect(foldSearchText('  Haugaland SØR og Vést ')).toBe('haugaland sor og vest');
    expect(matchesSearchText('Karmøy og Bokn', 'karmoy')).toBe(true);
    expect(matchesSearchText('Karmøy og Bokn', 'tysvær')).toBe(false);
    expect(matchesSearchText('anything', '  ')).toBe(true);
  });
});

describe('LatestWins', () => {
  it('aborts the previous run when a new one begins', () => {
    const latest = new LatestWins();
    const first = latest.begin();
    const second = latest.begin();
    expect(first.signal.aborted).toBe(true);
    expect(first.isCurrent()).toBe(false);
    expect(second.isCurrent()).toBe(true);
    latest.cancel();
    expect(second.signal.aborted).toBe(true);
    expect(second.isCurrent()).toBe(false);
  });

  it('follows the handler signal and counts tracked work', async () => {
    const latest = new LatestWins();
    const controller = new AbortController();
    const run = latest.begin(controller.signal);
    controller.abort();
    expect(run.isCurrent()).toBe(false);
    let release = () => {};
    const tracked = latest.track(new Promise<void>((resolve) => (release = resolve)));
    expect(latest.inFlight).toBe(1);
    release();
    await tracked;
    expect(latest.inFlight).toBe(0);
  });
});
