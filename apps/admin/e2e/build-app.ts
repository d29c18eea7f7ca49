import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const appRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the dashboard exactly as it ships. Vitest sets `NODE_ENV=test`, and a Vite build keeps an explicit
 * `NODE_ENV`, which would bundle React's development build; the build runs with `production` instead.
 *
 * @example
 * await buildApp({ outDir: '/tmp/admin', env: { VITE_API_BASE_URL: 'http://127.0.0.1:4010' } });
 */
export async function buildApp(options: { outDir?: string; env?: Record<string, string> } = {}): Promise<void> {
  const saved = { ...process.env };
  process.env.NODE_ENV = 'production';
  Object.assign(process.env, options.env);
  try {
    await build({
      root: appRoot,
      logLevel: 'warn',
      mode: 'production',
      ...(options.outDir ? { build: { outDir: options.outDir, emptyOutDir: true } } : {}),
    });
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
