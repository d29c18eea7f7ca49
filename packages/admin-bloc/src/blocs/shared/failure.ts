import * as z from 'zod/mini';
import { TRANSIENT_CODES } from '../../contract/protocol.js';
import { REQUEST_ERROR_CODES, readRequestError } from '../../repositories/request-error.js';

/**
 * Every code a `Failure` may carry: the client's error codes, plus `VALIDATION` (the bloc refused input
 * before sending it) and `UNKNOWN` (anything that is not an `AdminApiError`, e.g. a bug).
 *
 * @example
 * const code: FailureCode = 'FORBIDDEN';
 */
export const FailureCode = z.enum([...REQUEST_ERROR_CODES, 'VALIDATION', 'UNKNOWN']);
export type FailureCode = z.infer<typeof FailureCode>;

/**
 * What a 409 was about, when the server's answer says it. The contract's error body is `{ code, message }` only
 * (document 002: `CONFLICT` "Resource already exists"), so the kind is read from the message's words, tolerantly:
 * `childOrgs` ("… still has child orgs"), `members` ("… still has members"), `exists` ("… already exists"). A
 * message in other words gives no kind, and the plain `CONFLICT` text applies.
 *
 * @example
 * const conflict: ConflictKind = 'childOrgs';
 */
export const ConflictKind = z.enum(['childOrgs', 'members', 'exists']);
export type ConflictKind = z.infer<typeof ConflictKind>;

/**
 * The particulars of a failure, for a message built from `code` and these: `conflict` (the kind of a 409),
 * `field` (the field a 409 or 400 names), `line` and the like for failures a bloc or app decides itself.
 *
 * @example
 * const params: FailureParams = { conflict: 'members' };
 */
export const FailureParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type FailureParams = z.infer<typeof FailureParams>;

/**
 * What went wrong, as plain data a state can hold (serialisable, comparable with `toEqual`). `message` is plain
 * English for a coordinator, the default; an app in another language builds its own text from `code` and
 * `params`. `detail` keeps the server's own words for support.
 *
 * @example
 * const failure: Failure = toFailure(error);
 * if (failure.signedOut) router.navigate('/login');
 */
export const Failure = z.object({
  code: FailureCode,
  message: z.string(),
  /** Trying the same thing again later may work (network, timeout, rate limit, server error). */
  retryable: z.boolean(),
  /** The server said 403: this admin may not do or see this. */
  forbidden: z.boolean(),
  /** The server said 401: the session is over. */
  signedOut: z.boolean(),
  /** HTTP status, when an answer came. */
  status: z.optional(z.number().check(z.int())),
  /** The server's or the validator's own message, for support; not meant for coordinators. */
  detail: z.optional(z.string()),
  /** What the message needs besides the code (the kind of a conflict, a field, a line). */
  params: z.optional(FailureParams),
});
export type Failure = z.infer<typeof Failure>;

const MESSAGES: Record<FailureCode, string> = {
  UNAUTHORIZED: 'You have been signed out. Sign in again to continue.',
  FORBIDDEN: 'You do not have access to this. Ask an administrator if you need it.',
  NOT_FOUND: 'This no longer exists. Someone may have deleted it.',
  BAD_REQUEST: 'Some of the information was not accepted. Check it and try again.',
  CONFLICT: 'This already exists, or someone changed it at the same time. Reload and try again.',
  INTERNAL_ERROR: 'The server had a problem. Try again in a moment.',
  RATE_LIMITED: 'Too many requests right now. Wait a moment and try again.',
  NETWORK_ERROR: 'Could not reach the server. Check your connection and try again.',
  TIMEOUT: 'The server took too long to answer. Try again.',
  ABORTED: 'The request was cancelled.',
  INVALID_RESPONSE:
    'The server sent an answer that could not be read. Try again later; tell support if it keeps happening.',
  VALIDATION: 'Some of the information is not valid. Check the marked fields.',
  UNKNOWN: 'Something went wrong. Try again.',
};

const CONFLICT_MESSAGES: Record<ConflictKind, string> = {
  childOrgs: 'This organisation still has child organisations. Move or delete them first.',
  members: 'This organisation still has members. Move or remove them first.',
  exists: 'This already exists. Choose another value and try again.',
};

/** The kind of a 409, and the field it names, from the server's message (see `ConflictKind`). */
function conflictParams(serverMessage: string | undefined): FailureParams | undefined {
  if (serverMessage === undefined) return undefined;
  if (/\bchild\s+org/i.test(serverMessage)) return { conflict: 'childOrgs' };
  if (/\bstill\s+has\s+members\b/i.test(serverMessage)) return { conflict: 'members' };
  if (/\balready\s+exists\b/i.test(serverMessage)) {
    const field = /\b(email|slug)\b/i.exec(serverMessage)?.[1]?.toLowerCase();
    return field === undefined ? { conflict: 'exists' } : { conflict: 'exists', field };
  }
  return undefined;
}

/**
 * Turns any thrown value into a `Failure`. Blocs call it in every `catch`, so a 403 becomes a forbidden
 * state and a 401 a signed-out one instead of an unhandled error.
 *
 * @example
 * try {
 *   await client.data.users.list(args, { signal: emit.signal });
 * } catch (error) {
 *   emit({ ...state, status: 'failure', failure: toFailure(error) });
 * }
 */
export function toFailure(error: unknown): Failure {
  const request = readRequestError(error);
  if (request !== null) {
    const params = request.code === 'CONFLICT' ? conflictParams(request.serverMessage) : undefined;
    const conflict = params?.conflict as ConflictKind | undefined;
    return {
      code: request.code,
      message: conflict === undefined ? MESSAGES[request.code] : CONFLICT_MESSAGES[conflict],
      retryable: request.transient,
      forbidden: request.code === 'FORBIDDEN',
      signedOut: request.code === 'UNAUTHORIZED',
      ...(request.status === undefined ? {} : { status: request.status }),
      ...(request.serverMessage === undefined ? {} : { detail: request.serverMessage }),
      ...(params === undefined ? {} : { params }),
    };
  }
  if (isAbort(error)) return failureOf('ABORTED');
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return { ...failureOf('UNKNOWN'), ...(detail === undefined ? {} : { detail }) };
}

/**
 * A `Failure` of a given code, for failures a bloc decides itself (e.g. `VALIDATION`), with the particulars a
 * message needs.
 *
 * @example
 * emit({ ...state, failure: failureOf('VALIDATION', 'row 3: email is not valid', { line: 3 }) });
 */
export function failureOf(code: FailureCode, detail?: string, params?: FailureParams): Failure {
  return {
    code,
    message: MESSAGES[code],
    retryable: (TRANSIENT_CODES as readonly string[]).includes(code),
    forbidden: code === 'FORBIDDEN',
    signedOut: code === 'UNAUTHORIZED',
    ...(detail === undefined ? {} : { detail }),
    ...(params === undefined ? {} : { params }),
  };
}

/**
 * Whether an error only says "the caller gave up" (an aborted signal): never shown, never a failure state.
 * Covers the client's `ABORTED` code and a raw `AbortError`/`TimeoutError`-less DOM abort.
 *
 * @example
 * try {
 *   await client.data.users.list({}, { signal });
 * } catch (error) {
 *   if (!isAbort(error)) throw error; // an aborted load is no failure to show
 * }
 */
export function isAbort(error: unknown): boolean {
  const request = readRequestError(error);
  if (request !== null) return request.code === 'ABORTED';
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
