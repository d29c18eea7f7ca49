import type { BulkInsertJob } from './user-import-state.js';

/**
 * Progress of a bulk insert: rows with an outcome out of valid rows, and counts per outcome.
 *
 * @example
 * selectBulkInsertProgress(state.bulkInsert); // { done: 50, total: 120, inserted: 48, skipped: 1, ... }
 */
export function selectBulkInsertProgress(job: BulkInsertJob | null) {
  const counts = { total: 0, done: 0, inserted: 0, skipped: 0, insertedOrSkipped: 0, error: 0, invalid: 0, pending: 0 };
  if (!job) return counts;
  for (const row of job.rows) {
    if (row.state === 'invalid') {
      counts.invalid++;
      continue;
    }
    counts.total++;
    if (row.state === 'inserted' || row.state === 'skipped' || row.state === 'insertedOrSkipped') {
      counts.done++;
      counts[row.state]++;
    } else if (row.state === 'error') {
      counts.done++;
      counts.error++;
    } else counts.pending++;
  }
  return counts;
}
