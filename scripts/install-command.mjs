// The command that installs the locked dependencies. The toolchain (vitest, msw, ky, jsdom, …) needs the Node of
// the root package's `engines`; every npm script runs on the Node pinned as a dev dependency (`node`). When the
// machine's own Node is older (Node 20, which the README allows for a start), `npm ci` would run on it, check
// every package's engines against it and print an EBADENGINE warning for each that needs more. So the install
// runs npm on the pinned Node too, fetched once by npx: the engines are checked against the Node that will run
// them. Standard library only: it runs before anything is installed.
import { readFileSync } from 'node:fs';

/**
 * `[command, ...args]` for a clean install of the lockfile from `root`, for the Node running now.
 *
 * @example
 * installCommand('/repo/', '20.20.2'); // ['npx', '--yes', '--package', 'node@24.21.0', '--', 'npm', 'ci']
 */
export function installCommand(root, nodeVersion = process.versions.node) {
  const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const needed = Number(/(\d+)/.exec(manifest.engines?.node ?? '')?.[1] ?? 0);
  const pinned = manifest.devDependencies?.node;
  const running = Number(nodeVersion.split('.')[0]);
  if (running >= needed || !pinned) return ['npm', 'ci'];
  return ['npx', '--yes', '--package', `node@${pinned}`, '--', 'npm', 'ci'];
}
