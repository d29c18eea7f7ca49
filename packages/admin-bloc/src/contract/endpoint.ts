import type { z } from 'zod/mini';

/** HTTP methods the contract documents use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One endpoint of the REST contract: the single source from which the client's methods, the mock
 * handlers and the OpenAPI document are derived, so the three cannot drift apart.
 *
 * `path` is the real path (the document's base once), with `:name` placeholders for path params.
 * `query` describes the query string with its wire names; `body` the JSON request body; `response`
 * the JSON body of a 2xx answer, envelope included.
 */
export interface Endpoint<
  Params extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Query extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Body extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
> {
  /** Stable id, unique across the contract, e.g. `data.users.list`. Used as the OpenAPI operationId. */
  readonly id: string;
  /** Which contract document the endpoint comes from, e.g. `000`. */
  readonly document: '000' | '001' | '002' | '003' | '004' | 'ext';
  readonly method: HttpMethod;
  readonly path: string;
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  readonly response: Response;
  /** HTTP status of the success answer (200 unless the endpoint says otherwise). */
  readonly successStatus?: number;
  /** Request headers the endpoint requires besides `Authorization` (document 004's tenant header). */
  readonly headers?: z.ZodMiniObject;
}

/**
 * What {@link defineEndpoint} takes: an endpoint whose absent parts (no path parameters, no query, no body) are
 * left out rather than written as `undefined`.
 */
export type EndpointDefinition<
  Params extends z.ZodMiniType | undefined,
  Query extends z.ZodMiniType | undefined,
  Body extends z.ZodMiniType | undefined,
  Response extends z.ZodMiniType,
> = Omit<Endpoint<Params, Query, Body, Response>, 'params' | 'query' | 'body'> & {
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
};

/**
 * Declares an endpoint, keeping every schema's exact type so the client and the handlers are typed from it.
 * A part left out is `undefined` (no path parameters, no query, no body).
 *
 * @example
 * const getUser = defineEndpoint({
 *   id: 'platform.users.get', document: '004', method: 'GET', path: '/api/v1/admin/users/:userId',
 *   params: z.object({ userId: z.string() }), response: z.object({ data: PlatformUser }),
 * });
 */
export function defineEndpoint<
  Params extends z.ZodMiniType | undefined = undefined,
  Query extends z.ZodMiniType | undefined = undefined,
  Body extends z.ZodMiniType | undefined = undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
>(definition: EndpointDefinition<Params, Query, Body, Response>): Endpoint<Params, Query, Body, Response> {
  return { params: undefined, query: undefined, body: undefined, ...definition } as Endpoint<
    Params,
    Query,
    Body,
    Response
  >;
}

/**
 * The `:name` placeholders of a path, in order.
 *
 * @example
 * pathParamNames('/api/v1/admin/users/:userId/suspend'); // ['userId']
 */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] as string);
}

/**
 * Fills a path's `:name` placeholders, URL-encoding each value, so an id can never change the path's shape.
 * `.` and `..` are refused: no encoding keeps them (URLs resolve `%2e%2e` like `..`), so `contacts.remove('..')`
 * would otherwise become `DELETE /api/v1/`.
 *
 * @example
 * buildPath('/api/v1/admin/users/:userId/suspend', { userId: 'usr_01j' }); // '/api/v1/admin/users/usr_01j/suspend'
 */
export function buildPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    if (value === '.' || value === '..') throw new TypeError(`Path parameter "${name}" cannot be "${value}"`);
    return encodeURIComponent(value);
  });
}
