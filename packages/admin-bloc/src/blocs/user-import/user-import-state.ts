import * as z from 'zod/mini';
import { Failure } from '../shared/failure.js';

/**
 * One row of a bulk insert: what was given, whether it passed the contract's schema, and how it ended.
 * `interrupted`: its request was cut off (bloc closed) so the outcome is unknown; a retry sends it again and
 * the server skips it if it did arrive (it skips known e-mail addresses), so nothing is duplicated.
 *
 * @example
 * const row: BulkInsertRow = { index: 0, input: { full_name: 'Kari Olsen' }, state: 'invalid', message: 'email: Invalid email address' };
 */
export const BulkInsertRow = z.object({
  index: z.number().check(z.int(), z.minimum(0)),
  input: z.unknown(),
  state: z.enum(['invalid', 'pending', 'sending', 'inserted', 'skipped', 'insertedOrSkipped', 'error', 'interrupted']),
  /** Why it did not go in, in English: the contract's check ("email: Invalid email address") or the server's words. */
  message: z.optional(z.string()),
  /**
   * For a row whose request failed (`error`) or was cut off (`interrupted`): that failure, so an app says it in its
   * own language from the code instead of showing `message`.
   */
  failure: z.optional(Failure),
});
export type BulkInsertRow = z.infer<typeof BulkInsertRow>;

/**
 * A bulk insert job. `running` while chunks go out; `cancelled` when stopped (chunks already sent finish and
 * are recorded; no new ones start); `done` when every valid row has an outcome.
 *
 * @example
 * const job: BulkInsertJob = { status: 'running', orgIds: ['org_kNr8aQ'], rows: [], failure: null, added: 0, skipped: 0 };
 */
export const BulkInsertJob = z.object({
  status: z.enum(['running', 'cancelled', 'done']),
  orgIds: z.readonly(z.array(z.string())),
  rows: z.readonly(z.array(BulkInsertRow)),
  failure: z.nullable(Failure),
  /**
   * People the server added: the sum of its answers' `inserted`. A chunk's answer counts, it does not say which
   * rows (document 000: `{ inserted, skipped, errors }`), so this is the figure to tell the coordinator.
   */
  added: z.number().check(z.int(), z.minimum(0)),
  /**
   * Rows left out: the sum of the answers' `skipped` (an e-mail the server already knows), plus rows skipped
   * before sending because their e-mail appears earlier in the same list.
   */
  skipped: z.number().check(z.int(), z.minimum(0)),
});
export type BulkInsertJob = z.infer<typeof BulkInsertJob>;

/**
 * The bulk insert of users (document 000 `users/bulk`) of the current org scope: no job yet, or the last job
 * (running, cancelled or done) with every row's outcome. `scopeKey`: the scope the job's default org comes from.
 *
 * @example
 * const state: UserImportState = initialUserImportState;
 */
export const UserImportState = z.object({
  scopeKey: z.nullable(z.string()),
  bulkInsert: z.nullable(BulkInsertJob),
});
export type UserImportState = z.infer<typeof UserImportState>;

/**
 * No scope, no job.
 *
 * @example
 * new UserImportBloc({ client, scope }).state; // initialUserImportState until a scope arrives
 */
export const initialUserImportState: UserImportState = { scopeKey: null, bulkInsert: null };
