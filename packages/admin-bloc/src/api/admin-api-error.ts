import { codeForStatus as contractCodeForStatus, TRANSIENT_CODES, type TransientCode } from '../contract/protocol.js';

/**
 * The one error type every client failure becomes, so callers (blocs, UIs) branch on a typed `code`
 * instead of inspecting HTTP statuses, fetch exceptions and zod issues separately.
 */

/** Every failure code. The first six are document 002's; the rest name client-side failures. */
export const ADMIN_API_ERROR_CODES = [
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_REQUEST',
  'CONFLICT',
  'INTERNAL_ERROR',
  'RATE_LIMITED',
  'NETWORK_ERROR',
  'TIMEOUT',
  'ABORTED',
  'INVALID_RESPONSE',
] as const;

export type AdminApiErrorCode = (typeof ADMIN_API_ERROR_CODES)[number];

/** One schema violation of a response: where (`path`, e.g. `['data', 0, 'email']`) and what. */
export interface ResponseIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

export interface AdminApiErrorInit {
  readonly code: AdminApiErrorCode;
  /** HTTP status of the answer; `undefined` when no answer came (network error, timeout, abort). */
  readonly status?: number;
  /** The server's own message (error envelope `error.message`), when it sent one. */
  readonly serverMessage?: string;
  /** The server's own code (error envelope `error.code`) as sent, even when it is not a known code. */
  readonly serverCode?: string;
  /** `GET /api/...` (path only: a query may hold search text, and no URL ever holds the token). */
  readonly request?: string;
  readonly issues?: readonly ResponseIssue[];
  /** For RATE_LIMITED: how long the server asked to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

/**
 * A failed admin API call.
 *
 * @example
 * try { await client.users.get('usr_1'); }
 * catch (error) { if (isAdminApiError(error) && error.code === 'NOT_FOUND') showNotFound(); else throw error; }
 */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';
  readonly code: AdminApiErrorCode;
  readonly status: number | undefined;
  readonly serverMessage: string | undefined;
  readonly serverCode: string | undefined;
  readonly request: string | undefined;
  /** Schema issues with the path of each offending field; empty unless `code` is INVALID_RESPONSE. */
  readonly issues: readonly ResponseIssue[];
  readonly retryAfterMs: number | undefined;

  constructor(init: AdminApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.serverCode = init.serverCode;
    this.request = init.request;
    this.issues = init.issues ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }

  /** A plain, serialisable view (for logs, devtools and bloc states) without the cause chain. */
  toJSON(): Omit<AdminApiErrorInit, 'cause'> & { name: string; message: string } {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.serverMessage === undefined ? {} : { serverMessage: this.serverMessage }),
      ...(this.serverCode === undefined ? {} : { serverCode: this.serverCode }),
      ...(this.request === undefined ? {} : { request: this.request }),
      ...(this.issues.length === 0 ? {} : { issues: this.issues }),
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    };
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function describe(init: AdminApiErrorInit): string {
  const where = init.request ? ` (${init.request})` : '';
  const status = init.status === undefined ? '' : ` ${init.status}`;
  if (init.code === 'INVALID_RESPONSE' && init.issues && init.issues.length > 0) {
    const fields = init.issues
      .slice(0, 5)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join('; ');
    const more = init.issues.length > 5 ? `; and ${init.issues.length - 5} more` : '';
    return `INVALID_RESPONSE${status}${where}: the answer does not match the contract: ${fields}${more}`;
  }
  const detail = init.serverMessage ?? DEFAULT_MESSAGES[init.code];
  return `${init.code}${status}${where}: ${detail}`;
}

const DEFAULT_MESSAGES: Record<AdminApiErrorCode, string> = {
  UNAUTHORIZED: 'missing or invalid authentication',
  FORBIDDEN: 'admin access required',
  NOT_FOUND: 'resource not found',
  BAD_REQUEST: 'invalid request parameters',
  CONFLICT: 'resource already exists',
  INTERNAL_ERROR: 'server error',
  RATE_LIMITED: 'too many requests',
  NETWORK_ERROR: 'the request did not reach the server or its answer was lost',
  TIMEOUT: 'no answer in time',
  ABORTED: 'the request was aborted',
  INVALID_RESPONSE: 'the answer does not match the contract',
};

/**
 * Narrows an unknown error to `AdminApiError`, optionally of given codes; with codes, `error.code` narrows to them
 * too (`'NOT_FOUND' | 'FORBIDDEN'`), so a `switch` over it needs no other cases.
 *
 * @example
 * if (isAdminApiError(error, 'NOT_FOUND')) return null;
 */
export function isAdminApiError<Code extends AdminApiErrorCode = AdminApiErrorCode>(
  error: unknown,
  ...codes: readonly Code[]
): error is AdminApiError & { readonly code: Code } {
  return error instanceof AdminApiError && (codes.length === 0 || (codes as readonly string[]).includes(error.code));
}

/**
 * Authentication or authorisation failed (401, 403): sign in again or show "no access", don't retry.
 *
 * @example
 * if (isAuthError(error)) router.navigate('/login');
 */
export function isAuthError(error: unknown): error is AdminApiError & { code: 'UNAUTHORIZED' | 'FORBIDDEN' } {
  return isAdminApiError(error, 'UNAUTHORIZED', 'FORBIDDEN');
}

/**
 * The request was at fault (4xx other than auth and rate limit): retrying the same request won't help.
 *
 * @example
 * if (isClientError(error)) form.showError(error.serverMessage);
 */
export function isClientError(
  error: unknown,
): error is AdminApiError & { code: 'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT' } {
  return isAdminApiError(error, 'BAD_REQUEST', 'NOT_FOUND', 'CONFLICT');
}

/**
 * The server failed (5xx) or answered outside the contract.
 *
 * @example
 * if (isServerError(error)) report(error);
 */
export function isServerError(
  error: unknown,
): error is AdminApiError & { code: 'INTERNAL_ERROR' | 'INVALID_RESPONSE' } {
  return isAdminApiError(error, 'INTERNAL_ERROR', 'INVALID_RESPONSE');
}

/**
 * A failure that may go away by itself: trying again later can succeed.
 *
 * @example
 * if (isTransientError(error)) showRetryButton();
 */
export function isTransientError(error: unknown): error is AdminApiError & { code: TransientCode } {
  return isAdminApiError(error, ...TRANSIENT_CODES);
}

/**
 * The caller gave up (its AbortSignal fired): not a failure to show to anyone.
 *
 * @example
 * if (isAbortError(error)) return;
 */
export function isAbortError(error: unknown): error is AdminApiError & { code: 'ABORTED' } {
  return isAdminApiError(error, 'ABORTED');
}

/**
 * The code an HTTP status maps to, for answers without a (known) error envelope code.
 *
 * @example
 * codeForStatus(404); // 'NOT_FOUND'
 */
export function codeForStatus(status: number): AdminApiErrorCode {
  return contractCodeForStatus(status);
}
