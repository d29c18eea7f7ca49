import type { ServerErrorCode } from '../contract/index.js';

/** An error code the mocks answer with: document 002's codes plus RATE_LIMITED (429). */
export type MockErrorCode = ServerErrorCode | 'RATE_LIMITED';

/**
 * Thrown inside a mock resolver to answer with document 002's error envelope; the route wrapper turns it
 * into the response, so resolvers read like the happy path with early exits.
 *
 * @example
 * if (!person) throw new HttpError(404, 'NOT_FOUND', `User ${id} not found`);
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: MockErrorCode;
  readonly headers: Record<string, string>;

  constructor(status: number, code: MockErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/**
 * The error code document 002 pairs with an HTTP status (5xx and unknown 4xx map to INTERNAL_ERROR / BAD_REQUEST).
 *
 * @example
 * codeForStatus(404); // 'NOT_FOUND'
 */
export function codeForStatus(status: number): MockErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 429:
      return 'RATE_LIMITED';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  }
}
