import { describe, expect, it } from 'vitest';
import { AdminApiError } from '../../src/api/admin-api-error.js';
import { CreateOrganizationBody } from '../../src/contract/admin.js';
import { serverFieldErrors, validateFields } from '../../src/blocs/record-editing.js';
import { ScopeGuard } from '../../src/blocs/shared/scope-guard.js';

describe('validateFields', () => {
  it('is null for a valid body and names the first problem of each field otherwise', () => {
    expect(validateFields(CreateOrganizationBody, { name: 'Acme', slug: 'acme', plan: 'pro' })).toBeNull();
    expect(validateFields(CreateOrganizationBody, { name: '', slug: 'Acme Corp' })).toEqual({
      name: expect.any(String),
      slug: 'lowercase letters, digits and single dashes',
      plan: expect.any(String),
    });
    expect(validateFields(CreateOrganizationBody, 'not an object')).toEqual({ _: expect.any(String) });
  });
});

describe('serverFieldErrors', () => {
  const error = (code: 'BAD_REQUEST' | 'CONFLICT' | 'INTERNAL_ERROR', serverMessage: string) =>
    new AdminApiError({ code, status: 400, serverMessage });

  it('reads body fields from a 400, first message per field, nested paths on their top field', () => {
    expect(
      serverFieldErrors(
        error('BAD_REQUEST', 'body.email: Invalid email address; body.tags.0: Too long; body.email: x'),
      ),
    ).toEqual({ email: 'Invalid email address', tags: 'Too long' });
    expect(serverFieldErrors(error('BAD_REQUEST', 'query.page: Too small'))).toBeNull();
  });

  it('puts a 409 on the field its message is about, and leaves other conflicts general', () => {
    const conflict = error('CONFLICT', 'An organization with slug acme already exists');
    expect(serverFieldErrors(conflict, { slug: /slug/i })).toEqual({
      slug: 'An organization with slug acme already exists',
    });
    expect(serverFieldErrors(error('CONFLICT', 'Organization org_x still has members'), { slug: /slug/i })).toBeNull();
    expect(serverFieldErrors(error('INTERNAL_ERROR', 'body.name: boom'))).toBeNull();
    expect(serverFieldErrors(new Error('body.name: not from the server'))).toBeNull();
  });
});

describe('ScopeGuard', () => {
  it('ends a session on sign-out or another account, not on the first sign-in or the same token', () => {
    const guard = new ScopeGuard();
    expect(guard.ends({ status: 'signedOut', reason: null })).toBe(false);
    expect(guard.ends({ status: 'signedIn', token: 'a' })).toBe(false);
    expect(guard.ends({ status: 'signedIn', token: 'a' })).toBe(false);
    expect(guard.ends({ status: 'signedIn', token: 'b' })).toBe(true);
    expect(guard.ends({ status: 'signedOut', reason: 'signedOut' })).toBe(true);
  });

  it('aborts running work on end() and keeps a late answer out', async () => {
    const guard = new ScopeGuard();
    let release: (value: string) => void = () => undefined;
    let seen: AbortSignal | undefined;
    const running = guard.run(new AbortController().signal, (signal) => {
      seen = signal;
      return new Promise<string>((resolve) => (release = resolve));
    });
    guard.end();
    expect(seen?.aborted).toBe(true);
    release('late');
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(guard.run(new AbortController().signal, async () => 'fresh')).resolves.toBe('fresh');
  });
});
