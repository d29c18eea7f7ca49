import * as z from 'zod/mini';
import { IdParams, nonEmpty, pagedQuery, PagePagination, patchBody } from './common.js';
import { defineEndpoint } from './endpoint.js';
import { maybe, openEnum, ReadEmail, ReadTimestamp } from './reading.js';

/**
 * Document 002 — Admin API (`/api/admin`): users and organizations CRUD behind Bearer auth and the admin role.
 * Every success answer is `{ success: true, data, meta? }` (`meta` carries the page on lists).
 *
 * The document shows the envelope and the SDK calls (`users.list({ page, limit, search })`,
 * `organizations.create({ name, slug, plan })`) but no resource fields; the user and organization shapes
 * below are ours, in snake_case like the audit entries the same document describes.
 */

const BASE = '/api/admin';

/** Page metadata of document 002's list answers: the fields of the other documents' `pagination`, under its own name. */
export const ListMeta = z.object(PagePagination.shape);
export type ListMeta = z.infer<typeof ListMeta>;

/**
 * `{ success: true, data }` — the success envelope of document 002.
 *
 * @example
 * const OrganizationResponse = successEnvelope(Organization);
 */
export function successEnvelope<T extends z.ZodMiniType>(data: T) {
  return z.object({ success: z.literal(true), data });
}

/**
 * `{ success: true, data: [...], meta }` — the list envelope of document 002.
 *
 * @example
 * const AuditLogResponse = listEnvelope(AuditLogEntry);
 */
export function listEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.object({ success: z.literal(true), data: z.array(item), meta: ListMeta });
}

/** The generic success envelope exactly as document 002 prints it (data of any shape, meta optional). */
export const SuccessEnvelope = z.object({ success: z.literal(true), data: z.unknown(), meta: z.optional(ListMeta) });
export type SuccessEnvelope = z.infer<typeof SuccessEnvelope>;

export const AdminUserRole = z.enum(['admin', 'user']);
export type AdminUserRole = z.infer<typeof AdminUserRole>;

export const AdminUserStatus = z.enum(['active', 'inactive', 'suspended']);
export type AdminUserStatus = z.infer<typeof AdminUserStatus>;

/** Document 002 shows no user fields, so it closes none of these lists: answers may carry `owner`, `pending`, … */
export const ReadAdminUserRole = openEnum(AdminUserRole);
export type ReadAdminUserRole = z.infer<typeof ReadAdminUserRole>;
export const ReadAdminUserStatus = openEnum(AdminUserStatus);
export type ReadAdminUserStatus = z.infer<typeof ReadAdminUserStatus>;

/** A user as read: `id`, `name`, `email`, `role`, `status` are what the screens need; the rest no document shows. */
export const AdminUser = z.object({
  id: z.string(),
  email: ReadEmail,
  name: z.string(),
  role: ReadAdminUserRole,
  status: ReadAdminUserStatus,
  organization_id: maybe(z.string()),
  created_at: ReadTimestamp,
  updated_at: ReadTimestamp,
});
export type AdminUser = z.infer<typeof AdminUser>;

/** The plans we send; document 002's example shows `enterprise` and closes nothing (`nonprofit`, … are read). */
export const OrganizationPlan = z.enum(['free', 'pro', 'enterprise']);
export type OrganizationPlan = z.infer<typeof OrganizationPlan>;
export const ReadOrganizationPlan = openEnum(OrganizationPlan);
export type ReadOrganizationPlan = z.infer<typeof ReadOrganizationPlan>;

/** An organization as read: document 002's example names `name`, `slug` and `plan`; the slug is not checked. */
export const Organization = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  plan: ReadOrganizationPlan,
  created_at: ReadTimestamp,
  updated_at: ReadTimestamp,
});
export type Organization = z.infer<typeof Organization>;

export const AdminListQuery = pagedQuery({
  search: z.optional(nonEmpty()),
});
export type AdminListQuery = z.infer<typeof AdminListQuery>;

export const CreateAdminUserBody = z.object({
  email: z.email(),
  name: nonEmpty(),
  role: AdminUserRole,
  organization_id: z.optional(nonEmpty()),
});
export type CreateAdminUserBody = z.infer<typeof CreateAdminUserBody>;

export const UpdateAdminUserBody = patchBody({
  email: z.email(),
  name: nonEmpty(),
  role: AdminUserRole,
  status: AdminUserStatus,
  organization_id: z.nullable(nonEmpty()),
});
export type UpdateAdminUserBody = z.infer<typeof UpdateAdminUserBody>;

export const CreateOrganizationBody = z.object({
  name: nonEmpty(),
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single dashes')),
  plan: OrganizationPlan,
});
export type CreateOrganizationBody = z.infer<typeof CreateOrganizationBody>;

export const UpdateOrganizationBody = patchBody(CreateOrganizationBody.shape);
export type UpdateOrganizationBody = z.infer<typeof UpdateOrganizationBody>;

export const DeletedResource = z.object({ id: z.string(), deleted: z.boolean() });
export type DeletedResource = z.infer<typeof DeletedResource>;

const adminUserListResponse = listEnvelope(AdminUser);
export const AdminUserListResponse: z.ZodMiniType<AdminUserListResponse, AdminUserListResponse> = adminUserListResponse;
export interface AdminUserListResponse extends z.infer<typeof adminUserListResponse> {}
const adminUserResponse = successEnvelope(AdminUser);
export const AdminUserResponse: z.ZodMiniType<AdminUserResponse, AdminUserResponse> = adminUserResponse;
export interface AdminUserResponse extends z.infer<typeof adminUserResponse> {}
const organizationListResponse = listEnvelope(Organization);
export const OrganizationListResponse: z.ZodMiniType<OrganizationListResponse, OrganizationListResponse> =
  organizationListResponse;
export interface OrganizationListResponse extends z.infer<typeof organizationListResponse> {}
const organizationResponse = successEnvelope(Organization);
export const OrganizationResponse: z.ZodMiniType<OrganizationResponse, OrganizationResponse> = organizationResponse;
export interface OrganizationResponse extends z.infer<typeof organizationResponse> {}
const deletedResourceResponse = successEnvelope(DeletedResource);
export const DeletedResourceResponse: z.ZodMiniType<DeletedResourceResponse, DeletedResourceResponse> =
  deletedResourceResponse;
export interface DeletedResourceResponse extends z.infer<typeof deletedResourceResponse> {}

/** The ten endpoints of document 002, keyed like the client's `users` and `organizations` namespaces. */
export const adminEndpoints = {
  usersList: defineEndpoint({
    id: 'users.list',
    document: '002',
    method: 'GET',
    path: `${BASE}/users`,
    query: AdminListQuery,
    response: AdminUserListResponse,
  }),
  usersCreate: defineEndpoint({
    id: 'users.create',
    document: '002',
    method: 'POST',
    path: `${BASE}/users`,
    body: CreateAdminUserBody,
    response: AdminUserResponse,
    successStatus: 201,
  }),
  usersGet: defineEndpoint({
    id: 'users.get',
    document: '002',
    method: 'GET',
    path: `${BASE}/users/:id`,
    params: IdParams,
    response: AdminUserResponse,
  }),
  usersUpdate: defineEndpoint({
    id: 'users.update',
    document: '002',
    method: 'PATCH',
    path: `${BASE}/users/:id`,
    params: IdParams,
    body: UpdateAdminUserBody,
    response: AdminUserResponse,
  }),
  usersRemove: defineEndpoint({
    id: 'users.remove',
    document: '002',
    method: 'DELETE',
    path: `${BASE}/users/:id`,
    params: IdParams,
    response: DeletedResourceResponse,
  }),
  organizationsList: defineEndpoint({
    id: 'organizations.list',
    document: '002',
    method: 'GET',
    path: `${BASE}/organizations`,
    query: AdminListQuery,
    response: OrganizationListResponse,
  }),
  organizationsCreate: defineEndpoint({
    id: 'organizations.create',
    document: '002',
    method: 'POST',
    path: `${BASE}/organizations`,
    body: CreateOrganizationBody,
    response: OrganizationResponse,
    successStatus: 201,
  }),
  organizationsGet: defineEndpoint({
    id: 'organizations.get',
    document: '002',
    method: 'GET',
    path: `${BASE}/organizations/:id`,
    params: IdParams,
    response: OrganizationResponse,
  }),
  organizationsUpdate: defineEndpoint({
    id: 'organizations.update',
    document: '002',
    method: 'PATCH',
    path: `${BASE}/organizations/:id`,
    params: IdParams,
    body: UpdateOrganizationBody,
    response: OrganizationResponse,
  }),
  organizationsRemove: defineEndpoint({
    id: 'organizations.remove',
    document: '002',
    method: 'DELETE',
    path: `${BASE}/organizations/:id`,
    params: IdParams,
    response: DeletedResourceResponse,
  }),
} as const;
