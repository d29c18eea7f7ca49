import { toSearchParams } from '../../src/contract/query.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import { BASE_URL } from '../support/msw.js';

/**
 * The seed's dashboard figures (the table in mocks/seed.ts, and the documents' own figures): the whole tree, and
 * Rogaland Nord with its descendants.
 */
export const SEEDED_STATS = {
  wholeTree: { total_users: 291, active_mentors: 67, monthly_activities: 502, pending_reimbursements: 14 },
  rogalandNord: { total_users: 184, active_mentors: 42, monthly_activities: 317, pending_reimbursements: 9 },
} as const;

type Query = Parameters<typeof toSearchParams>[0];

/**
 * A tiny fetch wrapper for the mocks' own tests: real contract paths, a demo token, JSON in and out.
 *
 * @example
 * const { status, body } = await call('GET', '/api/v1/admin/data/dashboard-stats');
 */
export async function call(
  method: string,
  path: string,
  options: {
    token?: string | null;
    query?: Query;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers and let the assertions check them
): Promise<{ status: number; body: any; headers: Headers }> {
  const search = options.query ? `?${toSearchParams(options.query).toString()}` : '';
  const headers: Record<string, string> = { 'X-Bulwark-Tenant': DEMO_TENANT, ...options.headers };
  const token = options.token === undefined ? DEMO_TOKENS.admin : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${BASE_URL}${path}${search}`, { method, headers, body, signal: options.signal });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, headers: response.headers };
}
