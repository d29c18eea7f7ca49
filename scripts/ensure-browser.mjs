// Lets `npm test` run its browser suites on a fresh machine: when no Chromium or Chrome is found and we
// are root on a Debian-like system, it installs Debian's chromium package; otherwise it says how to get one.
// Plain Node standard library only: it may run before the pinned Node is installed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

if (!candidates.some((path) => path && existsSync(path))) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package for the browser tests…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  } else {
    console.error(
      [
        'The browser and e2e suites need Chromium or Chrome, and none was found.',
        'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: Google Chrome),',
        'or set CHROMIUM_PATH to its executable, then run `npm test` again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
