import * as z from 'zod/mini';
import { listEnvelope } from './admin.js';
import { DateOrTimestamp, described, nonEmpty, pagedQuery, Timestamp } from './common.js';
import { defineEndpoint } from './endpoint.js';
import { maybe } from './reading.js';

/**
 * Our extension of document 002 (`document: 'ext'`): document 002 says every admin action is logged
 * (who, when, CREATE/UPDATE/DELETE, which resource, what changed) but gives no endpoint to read the log.
 * `GET /api/admin/audit-log` exposes it, in document 002's `{ success, data, meta }` envelope and snake_case.
 */

export const AuditAction = z.enum(['CREATE', 'UPDATE', 'DELETE']);
export type AuditAction = z.infer<typeof AuditAction>;

/** One changed field of an UPDATE: the value before and after. */
export const AuditChange = z.object({ from: z.unknown(), to: z.unknown() });
export type AuditChange = z.infer<typeof AuditChange>;

export const AuditLogEntry = z.object({
  id: z.string(),
  actor_id: described(z.string(), 'Admin who performed the action'),
  action: AuditAction,
  resource_type: described(z.string(), 'Kind of resource affected, e.g. user or organization'),
  resource_id: z.string(),
  changes: described(
    maybe(z.record(z.string(), AuditChange)),
    'Changed fields with their old and new values (UPDATE); null for CREATE and DELETE',
  ),
  created_at: Timestamp,
});
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;

export const AuditLogQuery = pagedQuery({
  actor_id: described(z.optional(nonEmpty()), 'Only actions by this admin'),
  action: described(z.optional(AuditAction), 'Only this action type'),
  resource_type: described(z.optional(nonEmpty()), 'Only actions on this kind of resource'),
  resource_id: described(z.optional(nonEmpty()), 'Only actions on this resource'),
  from: described(z.optional(DateOrTimestamp), 'Only entries created at or after this instant (inclusive)'),
  to: described(z.optional(DateOrTimestamp), 'Only entries created at or before this instant (inclusive)'),
});
export type AuditLogQuery = z.infer<typeof AuditLogQuery>;

export const AuditLogResponse = listEnvelope(AuditLogEntry);
export type AuditLogResponse = z.infer<typeof AuditLogResponse>;

/** The audit-log endpoint, keyed like the client's `auditLog` namespace. */
export const auditEndpoints = {
  list: defineEndpoint({
    id: 'auditLog.list',
    document: 'ext',
    method: 'GET',
    path: '/api/admin/audit-log',
    summary: 'Read the audit log of admin actions (newest first), paged and filterable',
    query: AuditLogQuery,
    response: AuditLogResponse,
  }),
} as const;
