import { NewDataUser } from '../../contract/data.js';
import { readableIssues } from '../../contract/readable-issues.js';
import type { BulkInsertRow } from './user-import-state.js';

/**
 * Rows a bulk insert checks against the contract between two pauses. Checking 10 000 rows at once was one task
 * of 47–220 ms in Chromium, long enough to freeze the page the user had just clicked in; 500 rows are a few ms.
 */
export const BULK_CHECK_SLICE = 500;

/**
 * One row of a bulk insert checked against the contract's `NewDataUser`: `invalid` with the reasons, `skipped`
 * when its e-mail (any case) appeared earlier in the same list, else `pending` with the parsed input to send.
 * `seen` carries the e-mail addresses of the rows checked before it, in list order.
 *
 * @example
 * const seen = new Set<string>();
 * checkBulkRow({ full_name: 'Kari Olsen', email: 'kari@org.no', role: 'mentor' }, 0, seen).state; // 'pending'
 * checkBulkRow({ full_name: 'Kari O', email: 'KARI@org.no', role: 'mentor' }, 1, seen).state; // 'skipped'
 */
export function checkBulkRow(input: unknown, index: number, seen: Set<string>): BulkInsertRow {
  const parsed = NewDataUser.safeParse(input, readableIssues);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; ');
    return { index, input, state: 'invalid', message };
  }
  const email = parsed.data.email.toLowerCase();
  if (seen.has(email))
    return { index, input, state: 'skipped', message: 'The same e-mail appears earlier in this list' };
  seen.add(email);
  return { index, input: parsed.data, state: 'pending' };
}
