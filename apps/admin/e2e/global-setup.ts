import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../test/chromium.js';
import { appRoot, buildApp } from './build-app.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** The mock profile the suite runs on: `E2E_MOCK_PROFILE=liberal` (default strict). */
    mockProfile: 'strict' | 'liberal';
  }
}

/**
 * Builds the dashboard as it ships (mock mode, MSW service worker included) and serves it with
 * `vite preview`, so the e2e suite tests the built app rather than the dev server. `E2E_MOCK_PROFILE=liberal` runs
 * the whole suite on the liberal mock profile (another valid server: unlisted values, extra fields, offsets, …).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  const mockProfile = process.env.E2E_MOCK_PROFILE === 'liberal' ? 'liberal' : 'strict';
  project.provide('mockProfile', mockProfile);
  // E2E_BASE_URL runs the suite against an app served elsewhere (an older build, to see a test fail there).
  const elsewhere = process.env.E2E_BASE_URL;
  if (elsewhere) {
    project.provide('baseUrl', elsewhere.replace(/\/+$/, ''));
    project.provide('chromiumPath', chromiumPath);
    return async () => undefined;
  }
  await buildApp({ env: { VITE_MOCK_PROFILE: mockProfile } });
  const server = await preview({
    root: appRoot,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not report a TCP port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
