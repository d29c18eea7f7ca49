import * as z from 'zod/mini';
import { Failure } from '../shared/failure.js';
import { Status } from '../shared/status.js';

/**
 * The selected org node (`null`: the whole tree) as the server's admin state (document 001) has it, or as
 * the coordinator just chose it while the server is told (`saving`). A failed save rolls the selection back
 * and keeps the `failure`.
 *
 * @example
 * const state: SelectedOrgState = initialSelectedOrgState;
 */
export const SelectedOrgState = z.object({
  status: Status,
  adminId: z.nullable(z.string()),
  selectedOrgId: z.nullable(z.string()),
  selectedOrgName: z.nullable(z.string()),
  selectedAt: z.nullable(z.string()),
  /** True while a selection is being written to the server. */
  saving: z.boolean(),
  failure: z.nullable(Failure),
});
export type SelectedOrgState = z.infer<typeof SelectedOrgState>;

/**
 * Nothing restored yet.
 *
 * @example
 * new SelectedOrgBloc({ client, session, scope }).state; // initialSelectedOrgState
 */
export const initialSelectedOrgState: SelectedOrgState = {
  status: 'initial',
  adminId: null,
  selectedOrgId: null,
  selectedOrgName: null,
  selectedAt: null,
  saving: false,
  failure: null,
};
