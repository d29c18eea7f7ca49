import * as z from 'zod/mini';
import { DEFAULT_PAGE_LIMIT } from '../../contract/common.js';
import { PeerMentor, PeerMentorSummary } from '../../contract/contacts.js';
import { maybe } from '../../contract/reading.js';
import {
  detailOf,
  initialDetail,
  initialPagedList,
  pagedListState,
  pageOf,
  ScopedSearchQuery,
} from '../shared/paged-state.js';

/**
 * What the peer-mentor directory asks for: the org scope (`scopeKey`), the org id document 003 is asked about
 * (`orgId`: the selected node, or the root for the whole tree), page, page size and search text.
 *
 * @example
 * const query: PeerMentorsQuery = { scopeKey: 'org_kNr8aQ>*', orgId: 'org_kNr8aQ', page: 1, limit: 20, search: 'integration' };
 */
export const PeerMentorsQuery = ScopedSearchQuery;
export type PeerMentorsQuery = z.infer<typeof PeerMentorsQuery>;

/**
 * A row of the directory: a whole entry (plain list) or a search hit (document 003's search answers `id`,
 * `full_name` and `specialty` only).
 *
 * @example
 * const row: PeerMentorRow = { id: 'pm_88A1C', full_name: 'Silje Dahl', specialty: 'Integration' };
 */
export const PeerMentorRow = z.extend(z.partial(PeerMentorSummary), {
  id: z.string(),
  full_name: z.string(),
  specialty: maybe(z.string()),
});
export type PeerMentorRow = z.infer<typeof PeerMentorRow>;

/**
 * One page of rows with the query (scope included) it answers.
 *
 * @example
 * state.results?.query === state.query;
 */
export const PeerMentorsPage = pageOf(PeerMentorsQuery, PeerMentorRow);
export type PeerMentorsPage = z.infer<typeof PeerMentorsPage>;

/**
 * The peer-mentor directory of the current org scope (document 003 is read-only here: list, search, get).
 * On a new scope the old scope's list and detail are dropped at once.
 *
 * @example
 * const state: PeerMentorsState = initialPeerMentorsState;
 */
export const PeerMentorsState = pagedListState(PeerMentorsQuery, PeerMentorsPage, {
  detail: detailOf('peerMentor', PeerMentor),
});
export type PeerMentorsState = z.infer<typeof PeerMentorsState>;

/**
 * No scope yet, nothing loaded.
 *
 * @example
 * new PeerMentorsBloc({ client, scope }).state; // initialPeerMentorsState until a scope arrives
 */
export const initialPeerMentorsState: Extract<PeerMentorsState, { failure: null }> = initialPagedList(
  { scopeKey: null, orgId: null, page: 1, limit: DEFAULT_PAGE_LIMIT, search: '' },
  { detail: initialDetail('peerMentor') },
);
