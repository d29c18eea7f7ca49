import { isCommonAssetRequest, type UnhandledFrameHandle } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';
import { type FaultConfig, parseFaultParams } from './faults.js';

/** Options of {@link startMockWorker}. */
export interface MockWorkerOptions extends MockBackendOptions {
  /** URL of MSW's worker script (`npx msw init <public dir>`). Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /** Silence MSW's per-request console log. Default `true`. */
  quiet?: boolean;
  /**
   * Read faults from the page's URL parameters (`?mockLatency=300&mockFail=data.users.list:500`, see
   * `parseFaultParams`) on start, on top of `faults`. Default `true`.
   */
  faultsFromUrl?: boolean;
  /** What to do with a request no handler answers. Default: fail API requests (an `/api/` path), pass the rest. */
  onUnhandledFrame?: UnhandledFrameHandle;
}

/** A started browser mock: MSW's worker plus the backend it serves. */
export interface MockWorker {
  readonly worker: SetupWorker;
  readonly db: MockBackend['db'];
  /** Switch faults at runtime, e.g. from a dev panel. */
  readonly faults: MockBackend['faults'];
  readonly rateLimiter: MockBackend['rateLimiter'];
  /** Fresh db, initial faults, rate-limit counts cleared, runtime handlers dropped. */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Fails API requests no handler answers (an endpoint the mocks do not know is a bug worth seeing): any
 * path with an `/api/` segment. Everything else passes through untouched — static assets, Vite's own
 * module requests (`/@id/…`, `/@react-refresh`) and its HMR WebSocket — so the dev server keeps working.
 */
const failUnhandledRequests: UnhandledFrameHandle = ({ frame, defaults }) => {
  const request = (frame as { data?: { request?: unknown } }).data?.request;
  if (!(request instanceof Request) || isCommonAssetRequest(request)) return;
  if (!new URL(request.url).pathname.includes('/api/')) return;
  defaults.error();
  throw new Error(`No mock handler for ${request.method} ${request.url}`);
};

/**
 * MSW calls `registration.update()` on a worker it finds already registered and never handles the promise
 * (mswjs/msw#2006). On a reload the closing page's worker unregisters itself when its last client goes, so that
 * update can reject with "Not found" while the new page is already controlled and the mock keeps answering; the
 * page would still report an unhandled rejection. Only that rejection, for this worker's script, is marked
 * handled.
 */
function ignoreUpdateOfClosingWorker(scriptUrl: string): () => void {
  if (typeof window === 'undefined') return () => {};
  const script = new URL(scriptUrl, location.href).href;
  const listener = (event: PromiseRejectionEvent) => {
    const message = event.reason instanceof Error ? event.reason.message : '';
    if (message.startsWith('Failed to update a ServiceWorker') && message.includes(`('${script}')`)) {
      event.preventDefault();
    }
  };
  window.addEventListener('unhandledrejection', listener);
  return () => window.removeEventListener('unhandledrejection', listener);
}

/**
 * Starts MSW's service worker over a fresh seeded backend, for the app's mock mode and browser tests.
 * Unhandled API requests fail (MSW answers them 500 with the error). Faults can be set from URL parameters and changed at runtime.
 *
 * @example
 * // apps/admin/src/main.tsx
 * if (import.meta.env.VITE_MOCKS !== 'off') {
 *   const mock = await startMockWorker();
 *   (window as any).__mockFaults = mock.faults; // dev panel
 * }
 * render();
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { setupWorker } = await import('msw/browser');
  const fromUrl: FaultConfig =
    options.faultsFromUrl !== false && typeof location !== 'undefined' ? parseFaultParams(location.search) : {};
  const backend = createMockBackend(options);
  if (Object.keys(fromUrl).length > 0) backend.faults.set(fromUrl);
  const worker = setupWorker(...backend.handlers);
  const scriptUrl = options.serviceWorkerUrl ?? '/mockServiceWorker.js';
  const stopIgnoring = ignoreUpdateOfClosingWorker(scriptUrl);
  await worker.start({
    onUnhandledFrame: options.onUnhandledFrame ?? failUnhandledRequests,
    quiet: options.quiet ?? true,
    serviceWorker: { url: scriptUrl },
  });
  return {
    worker,
    get db() {
      return backend.db;
    },
    faults: backend.faults,
    rateLimiter: backend.rateLimiter,
    reset() {
      worker.resetHandlers();
      backend.reset();
    },
    async stop() {
      stopIgnoring();
      await worker.stop();
    },
  };
}
