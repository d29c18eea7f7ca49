import * as z from 'zod/mini';
import { IdParams, nonEmpty, pagedAnswer, pagedQuery, patchBody } from './common.js';
import { defineEndpoint } from './endpoint.js';
import { maybe, openEnum, ReadEmail, ReadTimestamp } from './reading.js';

/**
 * Document 003 — Contact Repository (`/api/v1/contacts`): contacts CRUD, peer mentors and search within an org.
 * Field names are the document's own (snake_case). Lists are `{ data, pagination }`, single records are bare
 * objects (no envelope), and a delete answers `{ success, deleted_id }`: each exactly as the document shows.
 */

const BASE = '/api/v1/contacts';

export const ContactRole = z.enum(['peer_mentor', 'coordinator', 'admin']);
export type ContactRole = z.infer<typeof ContactRole>;
/** Document 003 shows `peer_mentor` and `coordinator` and closes nothing: other roles are read verbatim. */
export const ReadContactRole = openEnum(ContactRole);
export type ReadContactRole = z.infer<typeof ReadContactRole>;

export const Contact = z.object({
  id: z.string(),
  full_name: z.string(),
  email: ReadEmail,
  org_id: z.string(),
  role: ReadContactRole,
  is_active: z.boolean(),
  created_at: ReadTimestamp,
});
export type Contact = z.infer<typeof Contact>;

/** What an update answers: the record with `updated_at` (the document's example leaves `created_at` out). */
export const UpdatedContact = z.object({ ...Contact.shape, updated_at: ReadTimestamp });
export type UpdatedContact = z.infer<typeof UpdatedContact>;

export const PeerMentorSummary = z.object({
  id: z.string(),
  full_name: z.string(),
  email: ReadEmail,
  specialty: maybe(z.string()),
  org_id: z.string(),
  available: z.boolean(),
});
export type PeerMentorSummary = z.infer<typeof PeerMentorSummary>;

export const PeerMentor = z.object({ ...PeerMentorSummary.shape, created_at: ReadTimestamp });
export type PeerMentor = z.infer<typeof PeerMentor>;

export const ContactSearchHit = z.object({ id: z.string(), full_name: z.string(), email: ReadEmail });
export type ContactSearchHit = z.infer<typeof ContactSearchHit>;

export const PeerMentorSearchHit = z.object({ id: z.string(), full_name: z.string(), specialty: maybe(z.string()) });
export type PeerMentorSearchHit = z.infer<typeof PeerMentorSearchHit>;

const orgIdParam = () => nonEmpty();

export const ContactListQuery = pagedQuery({ org_id: orgIdParam() });
export type ContactListQuery = z.infer<typeof ContactListQuery>;

export const ContactSearchQuery = pagedQuery({
  org_id: orgIdParam(),
  q: nonEmpty(),
});
export type ContactSearchQuery = z.infer<typeof ContactSearchQuery>;

const contactListResponse = pagedAnswer(Contact);
export const ContactListResponse: z.ZodMiniType<ContactListResponse, ContactListResponse> = contactListResponse;
export interface ContactListResponse extends z.infer<typeof contactListResponse> {}

export const CreateContactBody = z.object({
  full_name: nonEmpty(),
  email: z.email(),
  role: ContactRole,
  org_id: nonEmpty(),
});
export type CreateContactBody = z.infer<typeof CreateContactBody>;

export const UpdateContactBody = patchBody({
  full_name: nonEmpty(),
  email: z.email(),
  role: ContactRole,
  org_id: nonEmpty(),
  is_active: z.boolean(),
});
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

const deleteContactResponse = z.object({ success: z.literal(true), deleted_id: z.string() });
export const DeleteContactResponse: z.ZodMiniType<DeleteContactResponse, DeleteContactResponse> = deleteContactResponse;
export interface DeleteContactResponse extends z.infer<typeof deleteContactResponse> {}

const peerMentorListResponse = pagedAnswer(PeerMentorSummary);
export const PeerMentorListResponse: z.ZodMiniType<PeerMentorListResponse, PeerMentorListResponse> =
  peerMentorListResponse;
export interface PeerMentorListResponse extends z.infer<typeof peerMentorListResponse> {}

const contactSearchResponse = pagedAnswer(ContactSearchHit);
export const ContactSearchResponse: z.ZodMiniType<ContactSearchResponse, ContactSearchResponse> = contactSearchResponse;
export interface ContactSearchResponse extends z.infer<typeof contactSearchResponse> {}

const peerMentorSearchResponse = pagedAnswer(PeerMentorSearchHit);
export const PeerMentorSearchResponse: z.ZodMiniType<PeerMentorSearchResponse, PeerMentorSearchResponse> =
  peerMentorSearchResponse;
export interface PeerMentorSearchResponse extends z.infer<typeof peerMentorSearchResponse> {}

/**
 * The nine endpoints of document 003, keyed like the client's `contacts` and `peerMentors` namespaces.
 * Note for routers: `/peer-mentors` and `/search` also match `/:id`; `allEndpoints` orders literal paths first.
 */
export const contactsEndpoints = {
  list: defineEndpoint({
    id: 'contacts.list',
    document: '003',
    method: 'GET',
    path: BASE,
    query: ContactListQuery,
    response: ContactListResponse,
  }),
  get: defineEndpoint({
    id: 'contacts.get',
    document: '003',
    method: 'GET',
    path: `${BASE}/:id`,
    params: IdParams,
    response: Contact,
  }),
  create: defineEndpoint({
    id: 'contacts.create',
    document: '003',
    method: 'POST',
    path: BASE,
    body: CreateContactBody,
    response: Contact,
    successStatus: 201,
  }),
  update: defineEndpoint({
    id: 'contacts.update',
    document: '003',
    method: 'PUT',
    path: `${BASE}/:id`,
    params: IdParams,
    body: UpdateContactBody,
    response: UpdatedContact,
  }),
  remove: defineEndpoint({
    id: 'contacts.remove',
    document: '003',
    method: 'DELETE',
    path: `${BASE}/:id`,
    params: IdParams,
    response: DeleteContactResponse,
  }),
  search: defineEndpoint({
    id: 'contacts.search',
    document: '003',
    method: 'GET',
    path: `${BASE}/search`,
    query: ContactSearchQuery,
    response: ContactSearchResponse,
  }),
  peerMentorsList: defineEndpoint({
    id: 'peerMentors.list',
    document: '003',
    method: 'GET',
    path: `${BASE}/peer-mentors`,
    query: ContactListQuery,
    response: PeerMentorListResponse,
  }),
  peerMentorsGet: defineEndpoint({
    id: 'peerMentors.get',
    document: '003',
    method: 'GET',
    path: `${BASE}/peer-mentors/:id`,
    params: IdParams,
    response: PeerMentor,
  }),
  peerMentorsSearch: defineEndpoint({
    id: 'peerMentors.search',
    document: '003',
    method: 'GET',
    path: `${BASE}/peer-mentors/search`,
    query: ContactSearchQuery,
    response: PeerMentorSearchResponse,
  }),
} as const;
