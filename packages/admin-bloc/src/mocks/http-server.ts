import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { errorEnvelope } from '../contract/errors.js';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';
import { allowOriginHeaders, type MockCorsOrigins, preflightHeaders } from './cors.js';
import { type FaultConfig, parseFaultParams } from './faults.js';

/** Options of {@link startMockHttpServer}. */
export interface MockHttpServerOptions extends MockBackendOptions {
  /** TCP port; `0` picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (loopback only). */
  host?: string;
  /**
   * Which browser origins may call the server (CORS): a list, a predicate, or `'*'`. Default: any
   * `http(s)://localhost`, `127.0.0.1` or `[::1]` origin on any port, i.e. local frontends only.
   */
  cors?: MockCorsOrigins;
}

/** A running mock HTTP server. */
export interface MockHttpServer {
  /** `http://127.0.0.1:4010` — the base URL to give a client. */
  readonly url: string;
  readonly port: number;
  readonly backend: MockBackend;
  close(): Promise<void>;
}

/** The methods the server allows on any path: it answers every preflight itself, the control paths' too. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Serves the mock handlers as a real HTTP server, so any frontend (any language) can develop against the
 * contract over the network. Each request becomes a Fetch `Request` answered by MSW's `getResponse` with the
 * same handlers the tests use. Besides the contract it answers:
 * - `GET /__mock/faults` — the current faults; `PUT /__mock/faults` with a JSON `FaultConfig` or with URL
 *   parameters (`PUT /__mock/faults?mockLatency=300&mockFail=data.users.list:500`) replaces them;
 * - `POST /__mock/reset` — a freshly seeded db, initial faults, rate-limit counts cleared.
 *
 * @example
 * const server = await startMockHttpServer({ port: 0 });
 * const client = createAdminClient({ baseUrl: server.url, token: DEMO_TOKENS.admin });
 * await server.close();
 */
export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const http = globalThis.process?.getBuiltinModule?.('node:http') as typeof import('node:http') | undefined;
  if (http === undefined) throw new Error('startMockHttpServer() runs in Node.js');
  // The server labels every answer itself (the control endpoints and its 404 too): the handlers' own CORS is off,
  // or each answer would carry the headers twice.
  const backend = createMockBackend({ ...options, cors: false });
  const host = options.host ?? '127.0.0.1';
  const origins = options.cors ?? ((origin: string) => LOCAL_ORIGIN.test(origin));

  const server: Server = http.createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { 'Content-Type': 'application/json' });
        outgoing.end(JSON.stringify(errorEnvelope('INTERNAL_ERROR', String(error))));
      } else {
        outgoing.destroy();
      }
    });
  });

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const cors = allowOriginHeaders(origins, incoming.headers.origin);
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(204, {
        ...cors,
        ...preflightHeaders(METHODS, incoming.headers['access-control-request-headers'] ?? null),
      });
      outgoing.end();
      return;
    }
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? `${host}:${port}`}`);
    const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : await readAll(incoming);

    if (url.pathname.startsWith('/__mock/')) {
      const answer = control(incoming.method ?? 'GET', url, body);
      outgoing.writeHead(answer.status, { ...cors, 'Content-Type': 'application/json' });
      outgoing.end(JSON.stringify(answer.body));
      return;
    }

    const abort = new AbortController();
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) abort.abort(new Error('client closed the connection'));
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    const request = new Request(url, {
      method: incoming.method ?? 'GET',
      headers,
      body: body === undefined || body.length === 0 ? undefined : new Uint8Array(body),
      signal: abort.signal,
    });
    let response: Response | undefined;
    try {
      response = await getResponse(backend.handlers, request);
    } catch (error) {
      if (abort.signal.aborted) return;
      throw error;
    }
    if (abort.signal.aborted) return;
    if (response === undefined) {
      outgoing.writeHead(404, { ...cors, 'Content-Type': 'application/json' });
      outgoing.end(JSON.stringify(errorEnvelope('NOT_FOUND', `No endpoint ${request.method} ${url.pathname}`)));
      return;
    }
    if (response.type === 'error') {
      outgoing.destroy();
      return;
    }
    const responseHeaders: Record<string, string> = { ...cors };
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    const payload = Buffer.from(await response.arrayBuffer());
    outgoing.writeHead(response.status, responseHeaders);
    outgoing.end(payload);
  }

  function control(method: string, url: URL, body: Buffer | undefined): { status: number; body: unknown } {
    if (url.pathname === '/__mock/faults' && method === 'GET') return { status: 200, body: backend.faults.get() };
    if (url.pathname === '/__mock/faults' && method === 'PUT') {
      let config: FaultConfig = parseFaultParams(url.searchParams);
      if (body !== undefined && body.length > 0) {
        try {
          config = JSON.parse(body.toString('utf8')) as FaultConfig;
        } catch {
          return { status: 400, body: errorEnvelope('BAD_REQUEST', 'body: not valid JSON') };
        }
      }
      backend.faults.reset(config);
      return { status: 200, body: backend.faults.get() };
    }
    if (url.pathname === '/__mock/reset' && method === 'POST') {
      backend.reset();
      return { status: 200, body: { reset: true } };
    }
    return { status: 404, body: errorEnvelope('NOT_FOUND', `No control endpoint ${method} ${url.pathname}`) };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 4010);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readAll(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}
