import * as z from 'zod/mini';
import { listEnvelope } from './admin.js';
import { DateOrTimestamp, nonEmpty, pagedQuery, Timestamp } from './common.js';
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
  actor_id: z.string(),
  action: AuditAction,
  resource_type: z.string(),
  resource_id: z.string(),
  changes: maybe(z.catchall(z.object({}), AuditChange)),
  created_at: Timestamp,
});
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;

export const AuditLogQuery = pagedQuery({
  actor_id: z.optional(nonEmpty()),
  action: z.optional(AuditAction),
  resource_type: z.optional(nonEmpty()),
  resource_id: z.optional(nonEmpty()),
  from: z.optional(DateOrTimestamp),
  to: z.optional(DateOrTimestamp),
});
export type AuditLogQuery = z.infer<typeof AuditLogQuery>;

const auditLogResponse = listEnvelope(AuditLogEntry);
export const AuditLogResponse: z.ZodMiniType<AuditLogResponse, AuditLogResponse> = auditLogResponse;
export interface AuditLogResponse extends z.infer<typeof auditLogResponse> {}

/** The audit-log endpoint, keyed like the client's `auditLog` namespace. */
export const auditEndpoints = {
  list: defineEndpoint({
    id: 'auditLog.list',
    document: 'ext',
    method: 'GET',
    path: '/api/admin/audit-log',
    query: AuditLogQuery,
    response: AuditLogResponse,
  }),
} as const;
