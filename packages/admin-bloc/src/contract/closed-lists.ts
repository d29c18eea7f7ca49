import type { z } from 'zod/mini';
import { AuditAction } from './audit.js';
import { PlatformRole, SessionStatus } from './platform.js';

/** Where a document closes a list: its number and the sentence that does it. */
export interface ClosedList {
  readonly schema: z.ZodMiniType;
  readonly document: '002' | '004';
  readonly sentence: string;
}

/**
 * The only lists a document closes, so the only enums an answer may be refused for. Every other list
 * (roles, statuses, plans of 000-003, 004's user status) is open: read as its string and shown verbatim.
 */
export const closedLists: readonly ClosedList[] = [
  { schema: PlatformRole, document: '004', sentence: 'role — Filter by role (user, admin)' },
  { schema: SessionStatus, document: '004', sentence: 'status — active, completed, expired' },
  {
    schema: AuditAction,
    document: '002',
    sentence: 'All admin actions are automatically logged … Action type (CREATE, UPDATE, DELETE)',
  },
];
