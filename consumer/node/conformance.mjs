// `npx admin-bloc conformance` as a consumer runs it: the bin npm linked from the installed tarball, against the
// tarball's own mock HTTP server in its liberal profile (another valid server). Exits with the bin's exit code and
// prints its summary.
import { spawn } from 'node:child_process';
import { DEMO_TOKENS, startMockHttpServer } from 'admin-bloc/mocks';

const server = await startMockHttpServer({ port: 0, profile: 'liberal', rateLimit: false });
// Asynchronously: a synchronous spawn would block the server's event loop.
const child = spawn(
  process.execPath,
  ['node_modules/.bin/admin-bloc', 'conformance', '--base-url', server.url, '--token', DEMO_TOKENS.admin],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
});
const code = await new Promise((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)));
await server.close();
console.log(output.trim().split('\n').at(-1));
process.exit(code);
