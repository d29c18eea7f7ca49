// `npm run mock-server`: the mock backend as a real HTTP server on localhost, for frontends in any language.
//
//   npm run mock-server -- --port 4010 --host 127.0.0.1 --seed 2026 --faults "mockLatency=100-400" --profile liberal
//
// Environment: MOCK_PORT (or PORT), MOCK_HOST, MOCK_SEED, MOCK_FAULTS (URL-parameter style, see
// parseFaultParams), MOCK_RATE_LIMIT=off, MOCK_PROFILE (strict or liberal: two valid servers, see profiles.ts). Runs the TypeScript sources directly on Node >= 22.18 (type
// stripping): the resolve hook below maps the sources' `.js` import specifiers to their `.ts` files.
import { registerHooks } from 'node:module';
import { parseArgs } from 'node:util';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const local = context.parentURL?.startsWith('file:') && !context.parentURL.includes('/node_modules/');
      if (local && specifier.startsWith('.') && specifier.endsWith('.js')) {
        return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      }
      throw error;
    }
  },
});

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    seed: { type: 'string' },
    faults: { type: 'string' },
    profile: { type: 'string' },
    'no-rate-limit': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run mock-server -- [--port 4010] [--host 127.0.0.1] [--seed 2026] [--faults "mockLatency=300"] [--profile strict|liberal] [--no-rate-limit]',
  );
  process.exit(0);
}

const mocks = await import('../src/mocks/index.ts');
const env = process.env;
const port = Number(values.port ?? env.MOCK_PORT ?? env.PORT ?? 4010);
const host = values.host ?? env.MOCK_HOST ?? '127.0.0.1';
const seedText = values.seed ?? env.MOCK_SEED;
const seed = seedText === undefined ? undefined : Number.isNaN(Number(seedText)) ? seedText : Number(seedText);
const faults = mocks.parseFaultParams(values.faults ?? env.MOCK_FAULTS ?? '');
const rateLimit = values['no-rate-limit'] || env.MOCK_RATE_LIMIT === 'off' ? false : undefined;
const profile = values.profile ?? env.MOCK_PROFILE ?? 'strict';
if (profile !== 'strict' && profile !== 'liberal') {
  console.error(`Unknown profile "${profile}": use strict or liberal`);
  process.exit(2);
}

const server = await mocks.startMockHttpServer({ port, host, seed, faults, rateLimit, profile });
console.log(`admin-bloc mock server listening on ${server.url} (profile: ${profile})`);
console.log(
  `  tenant header  X-Bulwark-Tenant: ${mocks.DEMO_TENANT}  (or ${mocks.PLATFORM_TENANT}, the whole platform, for super-admins)`,
);
for (const [role, token] of Object.entries(mocks.DEMO_TOKENS)) {
  console.log(`  ${role.padEnd(12)} Authorization: Bearer ${token}`);
}
console.log('  faults         GET/PUT /__mock/faults (e.g. PUT /__mock/faults?mockFail=data.users.list:500)');
console.log('  reset          POST /__mock/reset');

const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
