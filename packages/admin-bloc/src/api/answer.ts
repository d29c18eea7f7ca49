import { isHTTPError } from 'ky';
import * as z from 'zod/mini';
import type { Endpoint } from '../contract/endpoint.js';
import { ErrorEnvelope } from '../contract/errors.js';
import { ADMIN_API_ERROR_CODES, AdminApiError, type AdminApiErrorCode, codeForStatus } from './admin-api-error.js';

// Every answer and failure of the transport as the client shows it: one AdminApiError (code, status, the server's
// message with the token redacted) or a 2xx body parsed by the endpoint's schema.

const SERVER_CODES = new Set<string>(ADMIN_API_ERROR_CODES.slice(0, 7));
const TABLE_STATUSES = new Set([400, 401, 403, 404, 409, 429]);

/** What ky's retry, timeout and hooks need to know about one call, handed to the shared hooks per request. */
export interface CallContext {
  readonly label: string;
  readonly endpoint: Endpoint;
  readonly signal: AbortSignal | undefined;
  /** The token the last attempt was sent with, to redact it from the server's message. */
  token: string | undefined;
}

/** What a failure of ky (or of our hooks) means for the caller, as the one error type the client throws. */
export function toAdminApiError(error: unknown, call: CallContext): AdminApiError {
  if (error instanceof AdminApiError) return error;
  if (call.signal?.aborted) return abortedError(call.label, call.signal.reason);
  if (isHTTPError(error)) return httpError(error.response, error.data, call.label, call.token);
  // ky's TimeoutError (no answer in time) or our body read's (a DOMException, see readBody): both go by this name.
  if ((error as { name?: unknown } | undefined)?.name === 'TimeoutError') {
    return new AdminApiError({ code: 'TIMEOUT', request: call.label, cause: withoutRequest(error) });
  }
  return new AdminApiError({ code: 'NETWORK_ERROR', request: call.label, cause: withoutRequest(error) });
}

/**
 * ky's errors carry the `Request`, whose headers hold the token; logging the cause chain (util.inspect,
 * devtools) would print it. Keep only the underlying cause, or the message.
 */
function withoutRequest(error: unknown): unknown {
  if (error && typeof error === 'object' && 'request' in error) {
    const { cause, message } = error as { cause?: unknown; message?: string };
    return cause ?? new Error(message ?? 'request failed');
  }
  return error;
}

export function abortedError(label: string, reason: unknown): AdminApiError {
  return new AdminApiError({ code: 'ABORTED', request: label, cause: reason });
}

/**
 * `Retry-After` in ms: delay-seconds or an HTTP-date.
 *
 * @example
 * parseRetryAfter('2', Date.now()); // 2000
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function redact(text: string, token: string | undefined): string {
  return token && token.length >= 4 ? text.split(token).join('[redacted]') : text;
}

/**
 * Maps a non-2xx answer: the 002 error envelope when there is one, else the HTTP status alone. `data` is the body
 * as ky read it (JSON parsed when the answer says it is JSON, else text; undefined when unreadable).
 */
function httpError(response: Response, data: unknown, label: string, token: string | undefined): AdminApiError {
  let envelope: ErrorEnvelope | undefined;
  try {
    const parsed = ErrorEnvelope.safeParse(typeof data === 'string' ? JSON.parse(data) : data);
    if (parsed.success) envelope = parsed.data;
  } catch {
    // Not JSON (an HTML error page, a proxy's text): the status is all we have.
  }
  const serverCode = envelope?.error.code;
  // The status decides where document 002's table gives it a code (a 429 stays RATE_LIMITED whatever the
  // body says); for other statuses (418, 422, …) a known envelope code is the better guess.
  const code: AdminApiErrorCode =
    !TABLE_STATUSES.has(response.status) &&
    response.status < 500 &&
    serverCode !== undefined &&
    SERVER_CODES.has(serverCode)
      ? (serverCode as AdminApiErrorCode)
      : codeForStatus(response.status);
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  return new AdminApiError({
    code,
    status: response.status,
    request: label,
    ...(envelope ? { serverMessage: redact(envelope.error.message, token), serverCode } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Parses a 2xx body with the endpoint's response schema: the one boundary where untrusted data is checked. */
export function parseSuccess(endpoint: Endpoint, text: string, status: number, label: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AdminApiError({
      code: 'INVALID_RESPONSE',
      status,
      request: label,
      issues: [{ path: [], message: 'the body is not JSON', code: 'invalid_json' }],
      cause,
    });
  }
  const result = endpoint.response.safeParse(json);
  if (result.success) return result.data;
  throw new AdminApiError({
    code: 'INVALID_RESPONSE',
    status,
    request: label,
    issues: result.error.issues.map((issue) => ({ path: issue.path, message: issueMessage(issue), code: issue.code })),
    cause: result.error,
  });
}

/**
 * What a response issue says, for the developer reading the error: its code and what was expected
 * (`invalid_type: expected string`). Not zod's English sentences (`readableIssues`): their locale is about 1.1 kB
 * min+gzip, a twentieth of the client alone, for a message that only a developer reads (the app shows the code).
 * An app that configured zod's messages (`z.config(…)`) gets its own.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  const config = z.config();
  if (config.customError || config.localeError) return issue.message;
  const expected =
    'expected' in issue
      ? issue.expected
      : 'format' in issue
        ? issue.format
        : 'values' in issue
          ? `one of ${issue.values.map(String).join(', ')}`
          : undefined;
  return expected === undefined ? issue.code : `${issue.code}: expected ${expected}`;
}
