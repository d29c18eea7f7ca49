/** Options of {@link createFreshFetch}. */
export interface FreshFetchOptions {
  /** The fetch that really sends; default the global `fetch`, looked up per request (so MSW's patch is seen). */
  readonly fetch?: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** How long a successful GET answer is served again without asking. Default 30 000 ms. */
  readonly freshMs?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  readonly now?: () => number;
}

/** A fetch with a fresh window, and the way to end every window at once. */
export interface FreshFetch {
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Forgets every stored answer: the next read of anything goes to the server. */
  clear(): void;
}

interface Stored {
  readonly at: number;
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly body: string;
}

/**
 * The app's read cache, under the typed client: a successful GET is answered again from memory for `freshMs`, so
 * going back to a screen within that window shows it at once and sends nothing. The key is the URL with the
 * caller's credentials (one admin never sees another's answer; another scope's org ids are another URL). Anything
 * that may change data ends every window: a request that is not a GET (sent, whatever its answer), and whoever
 * calls {@link FreshFetch.clear} — the app does on sign-in and sign-out, on a new root org (the tenant of the
 * platform endpoints) and when the mock backend's faults or data change. Failures are never stored, so a retry
 * always asks again.
 *
 * The dashboard's periodic refresh (60 s) is longer than the window, so it still reads the server.
 *
 * @example
 * const fresh = createFreshFetch({ freshMs: 30_000 });
 * const client = createAdminClient({ baseUrl, fetch: fresh.fetch });
 * session.auth$.subscribe(() => fresh.clear());
 */
export function createFreshFetch(options: FreshFetchOptions = {}): FreshFetch {
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const freshMs = options.freshMs ?? 30_000;
  const now = options.now ?? (() => Date.now());
  const stored = new Map<string, Stored>();
  /** Reads on their way, by key: a second read of the same URL joins the first instead of asking again. */
  const inFlight = new Map<string, Promise<Stored | null>>();
  let generation = 0;

  const clear = () => {
    stored.clear();
    inFlight.clear();
    generation++;
  };
  const replay = (answer: Stored) =>
    new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });

  async function fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    if (request.method !== 'GET') {
      clear();
      try {
        return await send(request);
      } finally {
        // Reads that started before the change answered with the old data: they must not be stored as fresh.
        clear();
      }
    }
    const key = `${request.url}\n${request.headers.get('authorization') ?? ''}`;
    const hit = stored.get(key);
    if (hit && now() - hit.at < freshMs) {
      request.signal.throwIfAborted();
      return replay(hit);
    }
    if (hit) stored.delete(key);
    // The same read already on its way (a screen's first read as the app's warm-up read answers): share its answer.
    // A read that starts while another's answer is arriving would otherwise cost a round of its own.
    const joined = inFlight.get(key);
    if (joined) {
      const answer = await joined;
      request.signal.throwIfAborted();
      if (answer) return replay(answer);
    }
    const started = generation;
    let settle: (answer: Stored | null) => void = () => undefined;
    const shared = new Promise<Stored | null>((resolve) => {
      settle = resolve;
    });
    inFlight.set(key, shared);
    try {
      const response = await send(request);
      if (!response.ok) return response;
      const body = await response.text();
      const answer: Stored = {
        at: now(),
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body,
      };
      if (generation === started) {
        stored.set(key, answer);
        settle(answer);
      }
      return replay(answer);
    } finally {
      // A failure (or an abort, or a change of data meanwhile) is never shared: whoever joined asks for itself.
      settle(null);
      if (inFlight.get(key) === shared) inFlight.delete(key);
    }
  }

  return { fetch, clear };
}
