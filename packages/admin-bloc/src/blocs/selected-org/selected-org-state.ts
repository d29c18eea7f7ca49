import * as z from 'zod/mini';
import { Failure } from '../shared/failure.js';

/** The selection as the server holds it or as just chosen. */
const selection = {
  adminId: z.nullable(z.string()),
  selectedOrgId: z.nullable(z.string()),
  selectedOrgName: z.nullable(z.string()),
  selectedAt: z.nullable(z.string()),
  /** True while a selection is being written to the server. */
  saving: z.boolean(),
};

/**
 * The selected org node (`null`: the whole tree) as the server's admin state (document 001) has it, or as
 * the coordinator just chose it while the server is told (`saving`). `status` is the restore's: `failure`
 * (with its `failure`) when the admin state could not be read, `success` once it was (then `adminId` is known).
 * A refused choice rolls the selection back to what the server holds and keeps its `failure` beside any status.
 *
 * @example
 * const adminOf = (state: SelectedOrgState) => (state.status === 'success' ? state.adminId : null); // no `?.`
 */
export const SelectedOrgState = z.discriminatedUnion('status', [
  z.object({ ...selection, status: z.literal('failure'), failure: Failure }),
  z.object({ ...selection, adminId: z.string(), status: z.literal('success'), failure: z.nullable(Failure) }),
  z.object({ ...selection, status: z.enum(['initial', 'loading']), failure: z.nullable(Failure) }),
]);
export type SelectedOrgState = z.infer<typeof SelectedOrgState>;

/**
 * Nothing restored yet.
 *
 * @example
 * new SelectedOrgBloc({ client, session, scope }).state; // initialSelectedOrgState
 */
export const initialSelectedOrgState: Extract<SelectedOrgState, { status: 'initial' | 'loading' }> = {
  status: 'initial',
  adminId: null,
  selectedOrgId: null,
  selectedOrgName: null,
  selectedAt: null,
  saving: false,
  failure: null,
};
