import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CreateOrganizationBody } from '../../src/contract/admin.js';
import { NewDataUser } from '../../src/contract/data.js';
import { readableIssues } from '../../src/contract/readable-issues.js';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('readableIssues', () => {
  const configured = { ...z.config() };
  afterEach(() => {
    z.config({ customError: configured.customError, localeError: configured.localeError });
  });

  it('gives zod/mini issues the English messages full zod prints', () => {
    const result = NewDataUser.safeParse({ full_name: '', email: 'no-at-sign', role: 'boss' }, readableIssues);
    expect(messages(result)).toEqual([
      'full_name: Too small: expected string to have >=1 characters',
      'email: Invalid email address',
      'role: Invalid option: expected one of "mentor"|"mentee"|"coordinator"',
    ]);
  });

  it('keeps a message the schema itself gives', () => {
    const result = CreateOrganizationBody.safeParse({ name: 'Acme', slug: 'Acme Corp', plan: 'pro' }, readableIssues);
    expect(messages(result)).toEqual(['slug: lowercase letters, digits and single dashes']);
  });

  it('lets an error map the application configured win', () => {
    z.config({ customError: (issue) => (issue.code === 'invalid_format' ? 'Ugyldig e-postadresse' : undefined) });
    const result = NewDataUser.safeParse({ full_name: 'Kari', email: 'no-at-sign', role: 'mentor' }, readableIssues);
    expect(messages(result)).toEqual(['email: Ugyldig e-postadresse']);
  });
});
