import * as z from 'zod/mini';
import type { StatusErrorCode } from './protocol.js';

/**
 * Document 002's error envelope and codes. Document 002 is the only one that prints an error body; the other
 * documents say nothing, so the mocks answer every error in this envelope and the client maps both this
 * envelope and a plain HTTP error (no envelope) to the same codes.
 */

/** The server-side error codes of document 002 with their HTTP statuses. */
export const SERVER_ERROR_STATUS = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
  INTERNAL_ERROR: 500,
} as const;

export const ServerErrorCode = z.enum([
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_REQUEST',
  'CONFLICT',
  'INTERNAL_ERROR',
]);
export type ServerErrorCode = z.infer<typeof ServerErrorCode>;

/**
 * Codes a server may send in the envelope. `RATE_LIMITED` (429) is not in document 002's table but its rate
 * limits imply it; accepting any string keeps a new server code from turning an error into INVALID_RESPONSE.
 */
export const ErrorEnvelope = z.object({
  success: z.literal(false),
  error: z.object({
    code: z.string(),
    message: z.string(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/**
 * Builds an error envelope, e.g. for a mock handler.
 *
 * @example
 * HttpResponse.json(errorEnvelope('FORBIDDEN', 'Admin access required'), { status: 403 });
 */
export function errorEnvelope(code: StatusErrorCode, message: string): ErrorEnvelope {
  return { success: false, error: { code, message } };
}
