#!/usr/bin/env node
// `npx admin-bloc conformance --base-url URL --token T [--tenant X] [--writes]`: whether a backend's answers are
// ones this client (and the dashboard on it) can read. One line per endpoint; exits 1 on any refusal or failure.
import { parseArgs } from 'node:util';
import { formatConformance, runConformance } from './conformance.js';

const USAGE = `Usage: npx admin-bloc conformance --base-url URL --token TOKEN [--tenant TENANT] [--writes]

Calls every read endpoint of the five contract documents (with --writes also every write, on records it creates
and deletes itself: use a test tenant) and prints for each: status, accepted / refused / failed, and why.
A refusal is an answer this client cannot read (INVALID_RESPONSE, with the field's path). Exits 1 on any refusal
or failure, 2 on a usage error.`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'conformance') {
    console.error(
      command === undefined || command === '--help' || command === '-h'
        ? USAGE
        : `Unknown command "${command}"\n\n${USAGE}`,
    );
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const { values } = parseArgs({
    args: [...rest],
    options: {
      'base-url': { type: 'string' },
      token: { type: 'string' },
      tenant: { type: 'string' },
      writes: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const baseUrl = values['base-url'];
  const token = values.token;
  if (!baseUrl || !token) {
    console.error(`--base-url and --token are required\n\n${USAGE}`);
    return 2;
  }
  const report = await runConformance({
    baseUrl,
    token,
    writes: values.writes === true,
    ...(values.tenant ? { tenant: values.tenant } : {}),
  });
  for (const line of formatConformance(report)) console.log(line);
  return report.refused > 0 || report.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
