import {
  ADMIN_API_ERROR_CODES,
  AdminApiError,
  type AdminApiErrorCode,
  isTransientError,
} from '../api/admin-api-error.js';

/**
 * The codes a failed request can carry, named here so blocs read them through the repositories layer rather
 * than importing the transport (DESIGN.md: blocs → repositories → api).
 *
 * @example
 * REQUEST_ERROR_CODES.includes('CONFLICT'); // true
 */
export const REQUEST_ERROR_CODES = ADMIN_API_ERROR_CODES;

/**
 * What a bloc needs to know of a request that failed: its code, the HTTP status and the server's own words when
 * there were any, and whether trying again may help. A plain object, so the blocs never hold the client's error
 * class and a test can build one by hand.
 *
 * @example
 * const refused: RequestError = { code: 'CONFLICT', status: 409, serverMessage: 'Org still has members', transient: false };
 */
export interface RequestError {
  readonly code: AdminApiErrorCode;
  readonly status?: number;
  readonly serverMessage?: string;
  readonly transient: boolean;
}

/**
 * Reads a thrown value as a failed request, or `null` when it is something else (a bug, a raw abort). Blocs call
 * it in their failure mapping; it is the one place where the client's `AdminApiError` is looked at.
 *
 * @example
 * readRequestError(error)?.code === 'NOT_FOUND';
 */
export function readRequestError(error: unknown): RequestError | null {
  if (!(error instanceof AdminApiError)) return null;
  return {
    code: error.code,
    transient: isTransientError(error),
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.serverMessage === undefined ? {} : { serverMessage: error.serverMessage }),
  };
}
