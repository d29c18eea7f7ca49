import { type HttpHandler, type HttpResponseResolver, http, matchRequestUrl, type PathParams } from 'msw';
import type { Endpoint } from '../contract/endpoint.js';
import { TENANT_HEADER } from '../contract/protocol.js';

/**
 * Which page origins may call the mocks from another origin (CORS): a list of origins, a predicate, or `'*'` for
 * any origin.
 */
export type MockCorsOrigins = readonly string[] | ((origin: string) => boolean) | '*';

/**
 * The answer headers a page may read beyond the CORS-safelisted ones: the client (and ky under it) reads
 * `Retry-After` to wait out a 429, and the rate-limit counters are there for whoever shows them.
 */
const EXPOSED_HEADERS = 'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining';

/** Allowed when a preflight names no header: what the client sends beyond the safelisted ones. */
const CLIENT_HEADERS = `Authorization, Content-Type, ${TENANT_HEADER}`;

/** How long a browser may keep a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

/**
 * The headers that let a page on `origin` read an answer. `'*'` answers `Access-Control-Allow-Origin: *`, as a
 * public API does for calls without cookies (the client sends its token in `Authorization`, not a cookie): it needs
 * no `Origin` to echo, which matters under happy-dom, whose `Request` drops the `Origin` header before MSW sees it.
 * A list or a predicate echoes an allowed `Origin` with `Vary: Origin`, and gives nothing to a request without one
 * or from an origin it refuses (the browser then refuses the answer).
 *
 * @example
 * allowOriginHeaders('*', null); // { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '…' }
 * allowOriginHeaders(['http://localhost:5173'], 'https://evil.example'); // {}
 */
export function allowOriginHeaders(
  origins: MockCorsOrigins,
  origin: string | null | undefined,
): Record<string, string> {
  if (origins === '*') return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
  if (origin === null || origin === undefined) return {};
  const allowed = typeof origins === 'function' ? origins(origin) : origins.includes(origin);
  if (!allowed) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' };
}

/**
 * A preflight's answer headers besides the origin's: the methods allowed, the headers the page asked for (whatever
 * it sends: the client's Authorization, Content-Type and tenant header, a consumer's own; the client's own when the
 * preflight names none), and how long the browser may keep this answer.
 *
 * @example
 * preflightHeaders(['GET', 'POST'], 'authorization,content-type');
 */
export function preflightHeaders(methods: readonly string[], requestedHeaders: string | null): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers': requestedHeaders ?? CLIENT_HEADERS,
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
  };
}

/**
 * An MSW higher-order resolver: the wrapped resolver's answer, labelled for the page that called it from another
 * origin. MSW 3 has no response middleware; wrapping the resolver is its way to share behaviour between handlers.
 * A network failure (`HttpResponse.error()`) has no headers to label: a browser sees a failed fetch either way.
 *
 * @example
 * http.get('/api/v1/contacts', withAllowedOrigin('*', async () => HttpResponse.json([])));
 */
export function withAllowedOrigin<Params extends PathParams>(
  origins: MockCorsOrigins,
  resolver: (info: Parameters<HttpResponseResolver<Params>>[0]) => Promise<Response>,
): HttpResponseResolver<Params> {
  return async (info) => {
    const response = await resolver(info);
    if (response.type === 'error') return response;
    for (const [name, value] of Object.entries(allowOriginHeaders(origins, info.request.headers.get('Origin')))) {
      if (name === 'Vary') response.headers.append(name, value);
      else response.headers.set(name, value);
    }
    return response;
  };
}

/**
 * One MSW handler that answers a browser's CORS preflight (`OPTIONS`) on every path of `endpoints`, as an API that
 * allows `origins` does: 204, the origin, the methods the URL has (every endpoint whose path matches it, so
 * `/contacts/search` also allows `/contacts/:id`'s), the requested headers. An `OPTIONS` on a URL outside the
 * contract is not matched, and fails as any request outside the contract does. The preflight carries no token and
 * is neither rate-limited nor faulted: a real API's CORS layer answers it before any of that.
 *
 * @example
 * setupServer(...handlers, preflightHandler('*', allEndpoints, '*'));
 */
export function preflightHandler(
  baseUrl: string,
  endpoints: readonly Endpoint[],
  origins: MockCorsOrigins,
): HttpHandler {
  const methodsOf = (url: string): string[] => {
    const target = new URL(url);
    const methods = endpoints
      .filter((endpoint) => matchRequestUrl(target, `${baseUrl}${endpoint.path}`).matches)
      .map((endpoint) => endpoint.method);
    return [...new Set(methods)];
  };
  return http.options(
    ({ request }) => methodsOf(request.url).length > 0,
    ({ request }) =>
      new Response(null, {
        status: 204,
        headers: {
          ...allowOriginHeaders(origins, request.headers.get('Origin')),
          ...preflightHeaders(methodsOf(request.url), request.headers.get('Access-Control-Request-Headers')),
        },
      }),
  );
}
