// Lets `npm start` and `npm test` work on a fresh clone: installs the locked dependencies
// when they are missing or older than package-lock.json. Runs on any Node (the pinned Node 24
// arrives with the install itself), so it uses nothing but Node's standard library.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = `${root}package-lock.json`;
const installed = `${root}node_modules/.package-lock.json`;

const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;
if (stale) {
  console.log('Installing the locked dependencies (npm ci)…');
  execSync('npm ci', { cwd: root, stdio: 'inherit' });
}
