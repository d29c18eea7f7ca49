// CI: `npx admin-bloc conformance` (the built bin, as the tarball ships it) against `npm run mock-server` in both
// mock profiles, reads and writes. Fails when either run prints a refusal or a failure.
//   npm run conformance:mock
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = `${ROOT}packages/admin-bloc/dist/conformance/cli.js`;
const SERVER = `${ROOT}packages/admin-bloc/scripts/mock-server.ts`;

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run npm run build first`);
  process.exit(2);
}

/** Starts the mock server on a free port and resolves with its URL once it listens. */
function startServer(profile) {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', SERVER, '--port', '0', '--profile', profile, '--no-rate-limit'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`mock server (${profile}) exited with ${code}: ${output}`)));
  });
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], { cwd: ROOT, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

let failures = 0;
for (const profile of ['strict', 'liberal']) {
  const { child, url } = await startServer(profile);
  console.log(`\n--- conformance against npm run mock-server -- --profile ${profile} (${url}) ---`);
  // The super-admin token: document 000's hard delete is super-admin only.
  const code = await run(CLI, ['conformance', '--base-url', url, '--token', 'demo-super-admin-token', '--writes']);
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  if (code !== 0) failures += 1;
}
process.exit(failures === 0 ? 0 : 1);
