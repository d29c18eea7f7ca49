import { HttpResponse, http } from 'msw';
import type { FailureCode } from '../../src/blocs/shared/failure.js';
import { allEndpoints } from '../../src/contract/all-endpoints.js';
import { errorEnvelope } from '../../src/contract/errors.js';

/** One way an answer can go wrong, and the failure code a bloc must show for it. */
export interface Fault {
  readonly name: string;
  readonly code: FailureCode;
  /** The answer the mock gives instead of the real one. */
  respond(request: Request): Response | Promise<Response>;
}

const envelope = (status: number, code: Parameters<typeof errorEnvelope>[0], headers: Record<string, string> = {}) =>
  HttpResponse.json(errorEnvelope(code, `Injected ${status}`), { status, headers });

/**
 * The faults of the list, each as an MSW answer. A timeout is an answer that never comes (the client's
 * per-attempt timeout ends it); a 502 is a proxy's HTML page, not the service's JSON envelope.
 */
export const FAULTS: readonly Fault[] = [
  { name: '500', code: 'INTERNAL_ERROR', respond: () => envelope(500, 'INTERNAL_ERROR') },
  {
    name: '502',
    code: 'INTERNAL_ERROR',
    respond: () =>
      new HttpResponse('<html><body>502 Bad Gateway</body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
  },
  {
    name: 'timeout',
    code: 'TIMEOUT',
    respond: (request) =>
      new Promise((resolve) =>
        request.signal.addEventListener('abort', () => resolve(HttpResponse.error()), { once: true }),
      ),
  },
  { name: 'network error', code: 'NETWORK_ERROR', respond: () => HttpResponse.error() },
  {
    name: 'malformed JSON',
    code: 'INVALID_RESPONSE',
    respond: () =>
      new HttpResponse('{"data": [{"id": ', { status: 200, headers: { 'content-type': 'application/json' } }),
  },
  {
    name: 'contract-breaking body',
    code: 'INVALID_RESPONSE',
    respond: () => HttpResponse.json({ data: 42, pagination: 'none', meta: false, unexpected: true }),
  },
  { name: '401 mid-session', code: 'UNAUTHORIZED', respond: () => envelope(401, 'UNAUTHORIZED') },
  { name: '403', code: 'FORBIDDEN', respond: () => envelope(403, 'FORBIDDEN') },
  { name: '404', code: 'NOT_FOUND', respond: () => envelope(404, 'NOT_FOUND') },
  { name: '409', code: 'CONFLICT', respond: () => envelope(409, 'CONFLICT') },
  {
    name: '429 with Retry-After',
    code: 'RATE_LIMITED',
    respond: () => envelope(429, 'RATE_LIMITED', { 'Retry-After': '30' }),
  },
];

/**
 * An MSW handler answering one contract endpoint (by id) with a fault, for `server.use()` in front of the
 * mock's own handlers. `onHit` counts the requests it answered.
 *
 * @example
 * server.use(faultHandler(BASE_URL, 'data.users.list', FAULTS[0], () => hits++));
 */
export function faultHandler(baseUrl: string, endpointId: string, fault: Fault, onHit: () => void = () => undefined) {
  const endpoint = allEndpoints.find((candidate) => candidate.id === endpointId);
  if (!endpoint) throw new Error(`no contract endpoint ${endpointId}`);
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](`${baseUrl}${endpoint.path}`, ({ request }) => {
    onHit();
    return fault.respond(request);
  });
}
