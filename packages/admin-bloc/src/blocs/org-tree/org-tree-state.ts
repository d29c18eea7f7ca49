import * as z from 'zod/mini';
import { OrgNode } from '../../contract/data.js';
import { withOutcome } from '../shared/status.js';

/**
 * The org tree as loaded: the flat node list (the tree and the search hits are derived by selectors) and
 * the search text.
 *
 * @example
 * const state: OrgTreeState = initialOrgTreeState;
 */
export const OrgTreeState = withOutcome({ nodes: z.readonly(z.array(OrgNode)), query: z.string() });
export type OrgTreeState = z.infer<typeof OrgTreeState>;

/**
 * Nothing loaded, no search.
 *
 * @example
 * new OrgTreeBloc({ client, session, scope }).state; // initialOrgTreeState
 */
export const initialOrgTreeState: Extract<OrgTreeState, { failure: null }> = {
  status: 'initial',
  nodes: [],
  query: '',
  failure: null,
};
