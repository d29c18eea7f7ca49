// Lets `npm start` and `npm test` work on a fresh clone: installs the locked dependencies
// when they are missing or older than package-lock.json. Runs on any Node (the pinned Node 24
// arrives with the install itself), so it uses nothing but Node's standard library.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { installCommand } from './install-command.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = `${root}package-lock.json`;
const installed = `${root}node_modules/.package-lock.json`;

const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;
if (stale) {
  const [command, ...args] = installCommand(root);
  console.log(`Installing the locked dependencies (${[command, ...args].join(' ')})…`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}
