import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu, Fedora and macOS put Chromium or Chrome. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Flags for a headless Chromium on a machine with no outside network: without the background-networking
 * flags Chromium keeps dialling out and its refused connections slow every start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The browser the browser and e2e suites drive: `CHROMIUM_PATH`, then `CHROME_PATH`, then the usual
 * system paths. With none found it throws, so those suites fail loudly instead of being skipped.
 *
 * @example
 * const executablePath = findChromium();
 */
export function findChromium(): string {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'] as const) {
    const fromEnv = process.env[name];
    if (fromEnv && !existsSync(fromEnv)) throw new Error(`${name} is set to "${fromEnv}", but no file is there.`);
  }
  const found = locateChromium();
  if (found) return found;
  throw new Error(
    [
      'No Chromium or Chrome found for the browser tests.',
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: install Google Chrome),',
      'or point CHROMIUM_PATH at a Chromium/Chrome executable.',
      `Looked in: ${SYSTEM_PATHS.join(', ')}.`,
    ].join('\n'),
  );
}

/**
 * The same search as {@link findChromium}, answering `undefined` instead of throwing.
 *
 * @example
 * const executablePath = locateChromium() ?? '/usr/bin/chromium';
 */
export function locateChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, ...SYSTEM_PATHS];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}
