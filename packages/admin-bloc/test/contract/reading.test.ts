import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { CreateOrganizationBody } from '../../src/contract/admin.js';
import { allEndpoints } from '../../src/contract/all-endpoints.js';
import { closedLists } from '../../src/contract/closed-lists.js';
import { DateOrTimestamp, Timestamp } from '../../src/contract/common.js';
import { CreateContactBody } from '../../src/contract/contacts.js';
import { DataUsersResponse, NewDataUser } from '../../src/contract/data.js';
import { PlatformUsersResponse } from '../../src/contract/platform.js';
import { readableIssues } from '../../src/contract/readable-issues.js';

/**
 * The reading policy holds for every endpoint at once: walking each answer schema finds no closed list
 * except the ones a document closes, and no format check on a string the server sends.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  valueType?: z.ZodMiniType;
  catchall?: z.ZodMiniType;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
}

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const closed = new Set<z.ZodMiniType>(closedLists.map((list) => list.schema));

/** Every place in an answer schema that refuses a string value for what it is rather than for its type. */
function refusals(schema: z.ZodMiniType, path: string, found: string[] = []): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries(def.shape ?? {})) refusals(field, `${path}.${key}`, found);
      if (def.catchall) refusals(def.catchall, `${path}{}`, found);
      break;
    case 'array':
      if (def.element) refusals(def.element, `${path}[]`, found);
      break;
    case 'optional':
    case 'nullable':
      if (def.innerType) refusals(def.innerType, path, found);
      break;
    case 'record':
      if (def.valueType) refusals(def.valueType, `${path}{}`, found);
      break;
    case 'union': {
      // An open list: its known values or any string. Anything else in a union is walked.
      const anyString = (def.options ?? []).some((option) => {
        const inner = defOf(option);
        return inner.type === 'string' && inner.format === undefined && (inner.checks ?? []).length === 0;
      });
      if (!anyString) for (const option of def.options ?? []) refusals(option, path, found);
      break;
    }
    case 'enum':
      if (!closed.has(schema)) found.push(`${path}: a list no document closes`);
      break;
    case 'string': {
      // The documents' date-time is the one format an answer is held to (any ISO 8601 form is read).
      if (schema === Timestamp) break;
      const formats = [def.format, ...(def.checks ?? []).map((check) => check._zod.def.format)].filter(
        (format): format is string => format !== undefined,
      );
      for (const format of formats) found.push(`${path}: ${format} check`);
      break;
    }
  }
  return found;
}

describe('reading policy, for every endpoint', () => {
  it('no answer refuses a value outside a list no document closes, nor a string for its format', () => {
    const found = allEndpoints.flatMap((endpoint) => refusals(endpoint.response, endpoint.id));
    expect(found).toEqual([]);
  });

  it('the walker does find a closed list and a format check where they are (it can fail)', () => {
    expect(refusals(NewDataUser, 'NewDataUser')).toEqual([
      'NewDataUser.email: email check',
      'NewDataUser.role: a list no document closes',
    ]);
  });

  it('reads every ISO 8601 date-time form the documents allow and refuses what is not one', () => {
    for (const value of [
      '2026-03-26T12:00:00Z',
      '2026-03-26T12:00Z',
      '2026-03-26T12:00:00.123456+01:00',
      '2026-03-26T23:59:59-0500',
    ]) {
      expect(Timestamp.safeParse(value).success, value).toBe(true);
    }
    for (const value of [
      '2026-03-26',
      '2026-03-26 12:00:00Z',
      '2026-03-26T12:00:00',
      '2026-13-01T00:00:00Z',
      '26.03.2026',
    ]) {
      expect(Timestamp.safeParse(value).success, value).toBe(false);
    }
    expect(DateOrTimestamp.safeParse('2026-03-01').success).toBe(true);
    expect(DateOrTimestamp.safeParse('2026-03-01T00:00:00Z').success).toBe(true);
    expect(DateOrTimestamp.safeParse('2026-3-1').success).toBe(false);
  });

  it('each closed list names its document and the sentence that closes it', () => {
    expect(closedLists.map((list) => list.document)).toEqual(['004', '004', '002']);
    for (const list of closedLists) expect(list.sentence.length).toBeGreaterThan(10);
  });
});

describe('reading policy, by example', () => {
  const row = {
    user_id: 'usr_x',
    org_id: 'org_x',
    full_name: 'שרה כהן',
    role: 'mentor',
    status: 'active',
  };

  it('keeps an unlisted role and status verbatim, and extra fields do not refuse an answer', () => {
    const parsed = DataUsersResponse.parse({
      data: [{ ...row, role: 'coordinator_lead', status: 'pending', nickname: 'x' }],
      pagination: { page: 1, limit: 50, total: 1, pages: 1 },
      generated_at: '2026-03-26T12:00:00+01:00',
    });
    expect(parsed.data[0]).toMatchObject({ role: 'coordinator_lead', status: 'pending', full_name: 'שרה כהן' });
  });

  it('reads non-ASCII e-mails, timestamps with offsets or milliseconds, and a last page with a string cursor', () => {
    const user = {
      id: 'usr_x',
      email: 'bjørn.åsland@eksempel.no',
      name: 'Bjørn Åsland 🎉',
      role: 'user',
      status: 'invited',
      createdAt: '2026-01-15T00:00:00+01:00',
      lastLoginAt: '2026-03-17T22:00:00.123Z',
    };
    const parsed = PlatformUsersResponse.parse({ data: [user], pagination: { cursor: 'end', hasMore: false } });
    expect(parsed.data[0]).toMatchObject({ email: user.email, status: 'invited' });
    expect(parsed.pagination).toEqual({ cursor: 'end', hasMore: false });
  });

  it('still refuses a wrong type, a missing id or total, and a value outside a closed list, naming the path', () => {
    const wrong = DataUsersResponse.safeParse(
      {
        data: [
          { ...row, role: 7 },
          { ...row, user_id: undefined },
        ],
        pagination: { page: 1, limit: 20 },
      },
      readableIssues,
    );
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'data.0.role',
      'data.1.user_id',
      'pagination.total',
    ]);
    const closedRole = PlatformUsersResponse.safeParse({
      data: [{ id: 'u', email: 'e', name: 'n', role: 'owner', status: 'active' }],
      pagination: { hasMore: false },
    });
    expect(closedRole.error?.issues[0]?.path).toEqual(['data', 0, 'role']);
  });

  it('requests stay strict: unlisted values and malformed e-mails are refused before sending', () => {
    expect(NewDataUser.safeParse({ full_name: 'A', email: 'a@b.no', role: 'owner' }).success).toBe(false);
    expect(
      CreateContactBody.safeParse({ full_name: 'A', email: 'not-mail', role: 'coordinator', org_id: 'o' }).success,
    ).toBe(false);
    expect(CreateOrganizationBody.safeParse({ name: 'A', slug: 'Not A Slug', plan: 'pro' }).success).toBe(false);
  });
});
