import { type HttpHandler, HttpResponse, type HttpResponseResolver, http } from 'msw';
import type { z } from 'zod/mini';
import type { Endpoint } from '../../contract/endpoint.js';
import { errorEnvelope } from '../../contract/errors.js';
import { fromSearchParams } from '../../contract/query.js';
import { readableIssues } from '../../contract/readable-issues.js';
import { authenticate, type Principal, requireAdmin } from '../auth.js';
import { type MockCorsOrigins, withAllowedOrigin } from '../cors.js';
import type { MockDb } from '../db.js';
import { abortableDelay, breakContract, type FaultsController } from '../faults.js';
import { codeForStatus, HttpError } from '../http-error.js';
import { InvalidCursorError } from '../pagination.js';
import type { MockProfile } from '../profiles.js';
import type { MockRateLimiter } from '../rate-limit.js';

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a resolver gets: the request's parts, already validated with the endpoint's own schemas. */
export interface RouteContext<E extends Endpoint> {
  readonly db: MockDb;
  readonly principal: Principal;
  readonly params: Parsed<E['params']>;
  readonly query: Parsed<E['query']>;
  readonly body: Parsed<E['body']>;
  /** Validated headers of `endpoint.headers` (document 004's tenant), keyed as the contract spells them. */
  readonly headers: Record<string, string>;
  readonly request: Request;
}

/** A resolver returns the success body, typed by the endpoint's response schema. */
export type RouteResolver<E extends Endpoint> = (context: RouteContext<E>) => z.input<E['response']>;

/** One endpoint with its resolver; `bodyLenient` lets a resolver validate list items itself (bulk insert). */
export interface Route {
  readonly endpoint: Endpoint;
  readonly resolve: (context: RouteContext<Endpoint>) => unknown;
  /** The schema used for the request body instead of `endpoint.body` (derived from it). */
  readonly body?: z.ZodMiniType;
}

/**
 * Pairs an endpoint of the contract with its resolver, keeping both typed from the same definition.
 *
 * @example
 * route(contract.admin.usersGet, ({ db, principal, params }) => ({ success: true, data: toAdminUser(...) }));
 */
export function route<E extends Endpoint>(
  endpoint: E,
  resolve: NoInfer<RouteResolver<E>>,
  options: { body?: z.ZodMiniType } = {},
): Route {
  return { endpoint, resolve: resolve as unknown as Route['resolve'], ...options };
}

/** Everything the route wrapper needs besides the route. */
export interface RouteEnvironment {
  /** The db to serve, read on every request so a test can swap in a fresh one. */
  readonly db: () => MockDb;
  readonly baseUrl: string;
  readonly faults: FaultsController;
  /** The rate limiter in force (`null`: unlimited), read on every request. */
  readonly rateLimiter: () => MockRateLimiter | null;
  /** Check each success body against the endpoint's response schema (a failure answers 500). */
  readonly validateResponses: boolean;
  /** Which valid server to be (`strict` or `liberal`), read on every request so it can be switched. */
  readonly profile: () => MockProfile;
  /** Which page origins may read the answers from another origin (CORS); `false` or absent: no CORS headers. */
  readonly cors?: MockCorsOrigins | false;
}

/**
 * Turns a route into an MSW handler: faults → Bearer auth (401) → rate limit (429) → admin role (403) →
 * params, headers, query and body validation (400 naming the field) → resolver → response check.
 * Every refusal is document 002's error envelope.
 *
 * @example
 * const handler = toHandler(route(contract.platform.stats, resolveStats), environment);
 */
export function toHandler(definition: Route, environment: RouteEnvironment): HttpHandler {
  const { endpoint } = definition;
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const answer = async ({ request, params }: Parameters<HttpResponseResolver>[0]): Promise<Response> => {
    const plan = environment.faults.plan(endpoint.id);
    try {
      await abortableDelay(plan.latencyMs, request.signal);
    } catch {
      // The caller gave up while we waited: nothing runs, nothing changes, nobody reads the answer.
      return HttpResponse.error();
    }
    if (plan.failure === 'network') return HttpResponse.error();
    if (plan.failure !== null) {
      return errorResponse(
        new HttpError(plan.failure, codeForStatus(plan.failure), `Injected failure (${plan.failure})`),
      );
    }
    try {
      const db = environment.db();
      const profile = environment.profile();
      profile.prepare(db);
      const principal = authenticate(db, request);
      const quota = environment.rateLimiter()?.hit(principal.token);
      requireAdmin(principal);
      const context: RouteContext<Endpoint> = {
        db,
        principal,
        request,
        params: validate('params', endpoint.params, params),
        headers: validateHeaders(endpoint, request),
        query: validate(
          'query',
          endpoint.query,
          fromSearchParams(profile.query(endpoint, new URL(request.url).searchParams), endpoint.query),
        ),
        body: await readBody(definition, request),
      };
      const result = profile.answer(
        endpoint,
        definition.resolve(context),
        db,
        (context.query ?? {}) as Record<string, unknown>,
      );
      db.apiCalls.today++;
      db.apiCalls.thisMonth++;
      if (environment.validateResponses) {
        const check = endpoint.response.safeParse(result, readableIssues);
        if (!check.success) {
          throw new Error(
            `Mock answer of ${endpoint.id} breaks the contract: ${describeIssues('response', check.error)}`,
          );
        }
      }
      const status = endpoint.successStatus ?? 200;
      const headers: Record<string, string> = quota
        ? { 'X-RateLimit-Limit': String(quota.limit), 'X-RateLimit-Remaining': String(quota.remaining) }
        : {};
      if (plan.malformedJson) {
        return new HttpResponse('{"data": [{"id": "truncated', {
          status,
          headers: { ...headers, 'Content-Type': 'application/json' },
        });
      }
      const body = plan.contractBreak ? breakContract(result) : result;
      return HttpResponse.json(body as Parameters<typeof HttpResponse.json>[0], { status, headers });
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error);
      if (error instanceof InvalidCursorError)
        return errorResponse(new HttpError(400, 'BAD_REQUEST', `query.cursor: ${error.message}`));
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(new HttpError(500, 'INTERNAL_ERROR', message));
    }
  };
  const cors = environment.cors ?? false;
  return http[method](`${environment.baseUrl}${endpoint.path}`, cors ? withAllowedOrigin(cors, answer) : answer);
}

/**
 * An error answer in document 002's envelope.
 *
 * @example
 * errorResponse(new HttpError(404, 'NOT_FOUND', 'User usr_x not found'));
 */
export function errorResponse(error: HttpError): Response {
  return HttpResponse.json(errorEnvelope(error.code, error.message), { status: error.status, headers: error.headers });
}

function validate(location: string, schema: z.ZodMiniType | undefined, input: unknown): never {
  if (schema === undefined) return undefined as never;
  const result = schema.safeParse(input, readableIssues);
  if (!result.success) throw new HttpError(400, 'BAD_REQUEST', describeIssues(location, result.error));
  return result.data as never;
}

function validateHeaders(endpoint: Endpoint, request: Request): Record<string, string> {
  if (endpoint.headers === undefined) return {};
  const input: Record<string, string> = {};
  for (const name of Object.keys(endpoint.headers.shape)) {
    const value = request.headers.get(name);
    if (value !== null) input[name] = value;
  }
  return validate('headers', endpoint.headers, input);
}

async function readBody(definition: Route, request: Request): Promise<never> {
  const schema = definition.body ?? definition.endpoint.body;
  if (schema === undefined) return undefined as never;
  const text = await request.text();
  if (text.trim() === '') throw new HttpError(400, 'BAD_REQUEST', 'body: a JSON body is required');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'body: not valid JSON');
  }
  return validate('body', schema, json);
}

/**
 * `query.limit: Too big: expected number to be <=100; body.email: Invalid email address` — every issue with its field.
 *
 * @example
 * describeIssues('body', error); // 'body.users.0.email: Invalid email address'
 */
export function describeIssues(location: string, error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${[location, ...issue.path.map(String)].join('.')}: ${issue.message}`).join('; ');
}
