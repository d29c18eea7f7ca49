/**
 * What the documents say about the wire besides the schemas, defined once: the client (`../api`), the mocks and
 * the OpenAPI document read these tables, so a change here changes all three (before, each kept its own copy
 * and the two status tables differed).
 */

/** Document 004's tenant header, spelled as the document spells it. Its value is the `<tenant-id>` a deployment names. */
export const TENANT_HEADER = 'X-Bulwark-Tenant';

/** A request-rate window: `limit` requests per `windowMs`. */
export interface RateLimitWindow {
  readonly limit: number;
  readonly windowMs: number;
}

/** Document 002: "500 requests per minute per admin user", "5000 requests per hour per admin user". */
export const RATE_LIMITS: readonly [RateLimitWindow, RateLimitWindow] = [
  { limit: 500, windowMs: 60_000 },
  { limit: 5000, windowMs: 3_600_000 },
];

/** The error codes of document 002's table, plus RATE_LIMITED (429, implied by its rate limits). */
export type WireErrorCode =
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'CONFLICT'
  | 'INTERNAL_ERROR'
  | 'RATE_LIMITED';

/** A code an HTTP status maps to: document 002's, RATE_LIMITED, or TIMEOUT for a 408. */
export type StatusErrorCode = WireErrorCode | 'TIMEOUT';

/**
 * Status → code: document 002's table (400, 401, 403, 404, 409, 500) and 429. Statuses of the same meaning map
 * to the same code (422 is a refused request, 410 a resource that is gone, 408 a timeout whoever notices it);
 * any other 5xx is INTERNAL_ERROR and any other 4xx BAD_REQUEST.
 */
export const STATUS_ERROR_CODES: Readonly<Record<number, StatusErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  409: 'CONFLICT',
  410: 'NOT_FOUND',
  422: 'BAD_REQUEST',
  429: 'RATE_LIMITED',
  500: 'INTERNAL_ERROR',
};

/**
 * The code an HTTP status maps to.
 *
 * @example
 * codeForStatus(404); // 'NOT_FOUND'
 * codeForStatus(503); // 'INTERNAL_ERROR'
 */
export function codeForStatus(status: number): StatusErrorCode {
  return STATUS_ERROR_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}

/** 5xx answers worth trying again: the server or a gateway failed before handling the request. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** Failure codes a retry can cure (the network, a timeout, the rate limit, the server's own failure). */
export const TRANSIENT_CODES = ['NETWORK_ERROR', 'TIMEOUT', 'RATE_LIMITED', 'INTERNAL_ERROR'] as const;
export type TransientCode = (typeof TRANSIENT_CODES)[number];
