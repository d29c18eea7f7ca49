/** Which of the mock backend's two valid servers the page runs on (mock mode only). */
export type MockProfileChoice = 'strict' | 'liberal';

const PROFILE_KEY = 'admin-bloc.mock-profile';

/**
 * The profile for this page load: `?mockProfile=liberal` in the first URL (kept for later loads), else the one chosen
 * last in this browser, else the build's (`VITE_MOCK_PROFILE`, given as `buildDefault`), else `strict`. A profile is
 * a different server, so switching reloads the page.
 *
 * @example
 * const mock = await startMockWorker({ profile: readMockProfile(import.meta.env.VITE_MOCK_PROFILE) });
 */
export function readMockProfile(buildDefault?: unknown): MockProfileChoice {
  const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('mockProfile');
  if (fromUrl === 'strict' || fromUrl === 'liberal') {
    globalThis.localStorage?.setItem(PROFILE_KEY, fromUrl);
    return fromUrl;
  }
  const stored = globalThis.localStorage?.getItem(PROFILE_KEY);
  if (stored === 'strict' || stored === 'liberal') return stored;
  return buildDefault === 'liberal' ? 'liberal' : 'strict';
}

/** Remembers `profile` and reloads the page onto it. */
export function switchMockProfile(profile: MockProfileChoice): void {
  globalThis.localStorage?.setItem(PROFILE_KEY, profile);
  const url = new URL(globalThis.location.href);
  url.searchParams.delete('mockProfile');
  globalThis.location.replace(url);
}
