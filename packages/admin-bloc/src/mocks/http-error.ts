import { codeForStatus as contractCodeForStatus, type StatusErrorCode } from '../contract/protocol.js';

/** An error code the mocks answer with: document 002's codes plus RATE_LIMITED (429) and TIMEOUT (408). */
export type MockErrorCode = StatusErrorCode;

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
 * The error code document 002 pairs with an HTTP status: the contract's one table, so the mock and the client agree.
 *
 * @example
 * codeForStatus(404); // 'NOT_FOUND'
 */
export const codeForStatus: (status: number) => MockErrorCode = contractCodeForStatus;
