// npm run release:check — what a consumer of `admin-bloc` gets, checked from the packed tarball:
//   1. build the package, `npm pack` it into a temporary folder, check the tarball's file list and manifest;
//   2. publint (strict) and are-the-types-wrong (`--profile esm-only`: the package is ESM-only by design);
//   3. install the tarball into a temporary project outside the workspace (no React, no vitest) and run
//      (a) a plain Node script using the client and the blocs against `admin-bloc/mocks`,
//      (b) a type check of the consumer code (bundler and nodenext resolution),
//      (c) bundles importing one export each, proving `sideEffects: false` drops the unused modules,
//      (d) a vanilla TypeScript page built with Vite, served by `vite preview`, checked in headless Chromium.
// Every failure exits non-zero with what went wrong. Flags: --skip-build (use the current dist), --keep
// (leave the temporary folder for inspection).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE_DIR = join(ROOT, 'packages/admin-bloc');
const CONSUMER_DIR = join(ROOT, 'consumer');
const BIN = join(ROOT, 'node_modules/.bin');
const args = new Set(process.argv.slice(2));
const started = Date.now();

class CheckFailure extends Error {}

function fail(message) {
  throw new CheckFailure(message);
}

let stepStarted = Date.now();
function step(title) {
  stepStarted = Date.now();
  console.log(`\n── ${title}`);
}
function done(summary) {
  console.log(`   ✓ ${summary} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
}

/**
 * npm's own variables would leak the workspace's config into the temporary project; and Vite's builds earlier in
 * this process set NODE_ENV=production, with which npm installs no devDependencies.
 */
function cleanEnv() {
  const env = { ...process.env };
  delete env.NODE_ENV;
  for (const key of Object.keys(env)) {
    if (/^npm_(config|package|lifecycle)_/i.test(key) && !/^npm_config_(registry|cache|userconfig)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

function run(command, commandArgs, { cwd = ROOT, capture = false, what = `${command} ${commandArgs.join(' ')}` } = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) fail(`${what}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = capture ? `\n${result.stdout}\n${result.stderr}`.trimEnd() : '';
    fail(`${what} exited with ${result.status}${output}`);
  }
  return result.stdout ?? '';
}

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) fail('no Chromium found (set CHROMIUM_PATH, or run `node scripts/ensure-browser.mjs` as root)');
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ── 1. build and pack ──────────────────────────────────────────────────────────────────────────────────────

function buildAndPack(workDir) {
  if (args.has('--skip-build')) {
    step('build (skipped: --skip-build)');
  } else {
    step('build admin-bloc (vite build + tsc declarations)');
    run('npm', ['run', 'build', '-w', 'admin-bloc', '--silent'], {
      capture: true,
      what: 'npm run build -w admin-bloc',
    });
    done('dist built');
  }
  step('npm pack (prepack writes the published manifest, postpack restores the workspace one)');
  let output;
  try {
    output = run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: PACKAGE_DIR, capture: true });
  } finally {
    // A pack that failed between prepack and postpack must not leave the published manifest in the workspace.
    run(process.execPath, [join(ROOT, 'scripts/release/manifest.mjs'), 'workspace'], { capture: true });
  }
  const packed = JSON.parse(output.slice(output.indexOf('[')))[0];
  const tarball = join(workDir, packed.filename);
  const unpacked = join(workDir, 'unpacked');
  mkdirSync(unpacked);
  run('tar', ['-xzf', tarball, '-C', unpacked], { capture: true });
  done(`${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB packed`);
  return { tarball, files: packed.files.map((file) => file.path), root: join(unpacked, 'package') };
}

/**
 * Every built module has its source map and every declaration its declaration map, and each map's sources are
 * files of the tarball (src/, shipped for them): a consumer's debugger and "go to definition" land in TypeScript.
 */
function checkMaps(files, root) {
  const has = new Set(files);
  const problems = [];
  let maps = 0;
  for (const file of files) {
    const isModule = file.startsWith('dist/') && file.endsWith('.js');
    const isDeclaration = file.startsWith('dist/') && file.endsWith('.d.ts');
    if (!isModule && !isDeclaration) continue;
    const mapFile = `${file}.map`;
    if (!has.has(mapFile)) {
      // The bundler writes no map for a module with no code of its own (an entry that only re-exports) or for
      // its own runtime helpers: there is nothing to map.
      const code = readFileSync(join(root, file), 'utf8');
      const onlyReexports = code
        .split('\n')
        .every((line) => /^(import|export) .* from "[^"]+";$|^export \{[^}]*\};$|^\s*$/.test(line));
      if (!onlyReexports && !file.startsWith('dist/_virtual/')) problems.push(`${file} has no ${mapFile}`);
      continue;
    }
    maps++;
    const map = JSON.parse(readFileSync(join(root, mapFile), 'utf8'));
    for (const source of map.sources ?? []) {
      const target = posix.normalize(posix.join(posix.dirname(mapFile), map.sourceRoot ?? '', source));
      if (!has.has(target)) problems.push(`${mapFile} points at ${source}, which is not packed`);
    }
  }
  return { problems, maps };
}

function checkContents(files, root) {
  step('tarball contents and manifest');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const problems = [];
  const forbidden = [
    [/\.test\.[cm]?[jt]sx?$|\.test\.d\.ts$/, 'a test file'],
    [/\.test-d\.|\.test\.d\.ts$/, 'a type test'],
    [/test-support/, 'test support'],
    [/^src\/reliability\//, "the chaos runs' model"],
    [/\.tsbuildinfo$/, 'a build info file'],
    [/(^|\/)node_modules\//, 'a dependency'],
    [/^(apps|packages|scripts|consumer)\//, 'another part of the repository'],
  ];
  for (const file of files) {
    for (const [pattern, what] of forbidden) if (pattern.test(file)) problems.push(`${file} is ${what}`);
  }
  const has = new Set(files);
  const entries = Object.entries(manifest.exports).filter(([, target]) => typeof target === 'object');
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'string' && !has.has(target.replace(/^\.\//, '')) && target !== './package.json') {
      problems.push(`${subpath} → ${target} is not packed`);
    }
  }
  for (const [subpath, conditions] of entries) {
    if (!conditions.types?.endsWith('.d.ts')) problems.push(`${subpath} has no .d.ts "types" condition`);
    if (!conditions.default?.endsWith('.js')) problems.push(`${subpath} has no .js "default" condition`);
    const targets = (node, path) =>
      Object.entries(node).flatMap(([condition, target]) =>
        typeof target === 'string' ? [[`${path}${condition}`, target]] : targets(target, `${path}${condition}.`),
      );
    for (const [condition, target] of targets(conditions, '')) {
      if (!has.has(target.replace(/^\.\//, ''))) problems.push(`${subpath} → ${condition}: ${target} is not packed`);
    }
  }
  for (const subpath of ['.', './react', './mocks', './mocks/node', './mocks/browser', './testing', './openapi']) {
    if (!manifest.exports[subpath]) problems.push(`exports has no ${subpath}`);
  }
  if (manifest.type !== 'module') problems.push('"type" is not "module"');
  if (manifest.sideEffects !== false) problems.push('"sideEffects" is not false');
  if (JSON.stringify(manifest.exports).includes('"source"')) {
    problems.push('exports has a "source" condition (it points at TypeScript a consumer cannot use)');
  }
  for (const peer of ['rxjs', 'zod']) {
    if (!/^\^\d/.test(manifest.peerDependencies?.[peer] ?? ''))
      problems.push(`${peer} is not a peer with a caret range`);
    if (manifest.peerDependenciesMeta?.[peer]?.optional) problems.push(`${peer} is an optional peer`);
    if (manifest.dependencies?.[peer]) problems.push(`${peer} is a dependency (consumers import it: a peer)`);
  }
  for (const peer of ['react', 'msw']) {
    if (!manifest.peerDependencies?.[peer]) problems.push(`${peer} is not a peer dependency`);
    if (manifest.peerDependenciesMeta?.[peer]?.optional !== true) problems.push(`${peer} is not an optional peer`);
    if (manifest.dependencies?.[peer]) problems.push(`${peer} is a hard dependency`);
  }
  for (const file of ['README.md', 'CHANGELOG.md', 'openapi.json', 'docs/exports.md'])
    if (!has.has(file)) problems.push(`${file} is not packed`);
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(manifest.version)) problems.push(`version ${manifest.version} is not semver`);
  const { problems: mapProblems, maps } = checkMaps(files, root);
  problems.push(...mapProblems);
  if (problems.length > 0) fail(`the tarball is wrong:\n   - ${problems.join('\n   - ')}`);
  const declarations = files.filter((file) => file.endsWith('.d.ts')).length;
  const workspaceManifest = readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8');
  if (!workspaceManifest.includes('"source"')) fail('the workspace manifest lost its "source" conditions after pack');
  done(
    `${entries.length} entries with types and ESM, no "source" condition, ${declarations} .d.ts files, ${maps} maps resolving to the packed src/, no tests`,
  );
}

function checkDocs() {
  step('docs: the README lists every export; the examples type-check');
  const inventory = run(process.execPath, [join(ROOT, 'scripts/release/exports.mjs'), '--check'], {
    capture: true,
    what: 'scripts/release/exports.mjs --check',
  });
  console.log(`   ${inventory.trim()}`);
  const snippets = run(process.execPath, [join(ROOT, 'scripts/release/doc-snippets.mjs')], {
    capture: true,
    what: 'scripts/release/doc-snippets.mjs',
  });
  done(snippets.trim());
}

// ── 2. publint and attw ────────────────────────────────────────────────────────────────────────────────────

function lintTarball(tarball) {
  step('publint --strict');
  const publint = run(process.execPath, [join(BIN, 'publint'), 'run', tarball, '--strict'], {
    capture: true,
    what: 'publint',
  });
  console.log(publint.replace(/^/gm, '   ').trimEnd());
  done('publint clean');

  step('are-the-types-wrong --profile esm-only');
  const attw = run(
    process.execPath,
    [join(BIN, 'attw'), tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color'],
    {
      capture: true,
      what: 'attw',
    },
  );
  console.log(attw.replace(/^/gm, '   ').trimEnd());
  done('attw clean for node16 (ESM) and bundler resolution');
}

// ── 3. the consumer project ────────────────────────────────────────────────────────────────────────────────

function installConsumer(workDir, tarball) {
  step('install the tarball into a project outside the workspace');
  const project = join(workDir, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'admin-bloc-consumer',
        private: true,
        type: 'module',
        dependencies: { 'admin-bloc': `file:${tarball}`, msw: '3.0.5' },
      },
      null,
      2,
    )}\n`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], {
    cwd: project,
    capture: true,
    what: 'npm install (consumer project)',
  });
  for (const absent of ['react', 'react-dom', 'vitest']) {
    if (existsSync(join(project, 'node_modules', absent))) fail(`${absent} was installed into the consumer project`);
  }
  done(`admin-bloc + msw 3.0.5 installed; no react, react-dom or vitest in ${basename(project)}/node_modules`);
  return project;
}

function nodeConsumer(project) {
  step(`plain Node consumer (${process.execPath} ${process.version})`);
  cpSync(join(CONSUMER_DIR, 'node'), join(project, 'node'), { recursive: true });
  const output = run(process.execPath, ['node/check.mjs'], { cwd: project, capture: true, what: 'node consumer' });
  console.log(output.replace(/^/gm, '   ').trimEnd());
  done('client and blocs against admin-bloc/mocks');
  // The package's bin from the tarball: npx admin-bloc conformance against the tarball's liberal mock server.
  const conformance = run(process.execPath, ['node/conformance.mjs'], {
    cwd: project,
    capture: true,
    what: 'admin-bloc conformance (the bin)',
  });
  console.log(conformance.replace(/^/gm, '   ').trimEnd());
  done('the bin admin-bloc conformance runs from the tarball: 0 refusals against the liberal mock');
}

function typeCheck(project) {
  step('type check of the consumer code against the packed .d.ts (TypeScript from the workspace)');
  cpSync(join(CONSUMER_DIR, 'web'), join(project, 'web'), { recursive: true });
  // skipLibCheck as most projects set it (checking every library's .d.ts costs ~15 s); attw checks ours.
  const common = { strict: true, noEmit: true, skipLibCheck: true, target: 'ES2022', lib: ['ES2023', 'DOM'] };
  const configs = {
    'tsconfig.web.json': {
      compilerOptions: { ...common, module: 'ESNext', moduleResolution: 'bundler', types: [] },
      include: ['web/main.ts'],
    },
    'tsconfig.node.json': {
      compilerOptions: { ...common, module: 'nodenext', moduleResolution: 'nodenext', types: ['node'] },
      include: ['node/types.mts'],
    },
    // A Node-only project on admin-bloc/mocks/node: no DOM lib, and every .d.ts checked.
    'tsconfig.no-dom.json': {
      compilerOptions: {
        ...common,
        lib: ['ES2023'],
        skipLibCheck: false,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        types: ['node'],
      },
      include: ['node/no-dom.mts'],
    },
  };
  let mswOwn = 0;
  for (const [file, config] of Object.entries(configs)) {
    writeFileSync(join(project, file), JSON.stringify(config, null, 2));
    if (file !== 'tsconfig.no-dom.json') {
      run(process.execPath, [join(BIN, 'tsc'), '-p', file], { cwd: project, capture: true, what: `tsc -p ${file}` });
      continue;
    }
    // msw's own .d.ts name DOM types (RequestInfo, MessageEvent, …) whatever entry they come through: those errors
    // are msw's and show only with skipLibCheck false. Every other error (ours, the consumer code's) fails.
    const result = spawnSync(process.execPath, [join(BIN, 'tsc'), '-p', file], { cwd: project, encoding: 'utf8' });
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line));
    const ours = errors.filter((line) => !/^node_modules\/(msw|@mswjs|rettime)\//.test(line));
    mswOwn = errors.length - ours.length;
    if (ours.length > 0 || (result.status !== 0 && errors.length === 0)) {
      fail(`tsc -p ${file} (no DOM lib, skipLibCheck false):\n${ours.join('\n') || result.stdout + result.stderr}`);
    }
  }
  console.log(
    `   Node-only project: no error in admin-bloc's .d.ts or the consumer code; ${mswOwn} in msw's own .d.ts, which name DOM types`,
  );
  done(
    'web page (bundler resolution), node script (nodenext) and a Node-only project (no DOM lib, skipLibCheck false) type-check',
  );
}

async function treeShaking(project) {
  step('sideEffects: false in fact — one-export bundles drop the unused modules');
  const { build } = await import('vite');
  cpSync(join(CONSUMER_DIR, 'shake'), join(project, 'shake'), { recursive: true });
  const cases = [
    {
      entry: 'cubit.js',
      must: ['admin-bloc/dist/core/cubit.js'],
      mustNot: ['zod/', 'ky/', 'admin-bloc/dist/contract/', 'admin-bloc/dist/api/', 'admin-bloc/dist/blocs/', 'msw/'],
    },
    {
      entry: 'client.js',
      must: ['admin-bloc/dist/api/create-admin-client.js', 'ky/'],
      mustNot: ['admin-bloc/dist/blocs/', 'admin-bloc/dist/core/', 'admin-bloc/dist/mocks/', 'msw/', 'immer/'],
    },
    {
      entry: 'tokens.js',
      must: ['admin-bloc/dist/mocks/demo-tokens.js'],
      mustNot: ['msw/', 'zod/', 'admin-bloc/dist/mocks/db.js', 'admin-bloc/dist/contract/'],
    },
  ];
  const lines = [];
  for (const { entry, must, mustNot } of cases) {
    const result = await build({
      root: project,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry: join(project, 'shake', entry), formats: ['es'], fileName: 'bundle' },
      },
    });
    const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
    const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules ?? {})).map((id) => id.replace(/\\/g, '/'));
    const bytes = chunks.reduce((sum, chunk) => sum + (chunk.code?.length ?? 0), 0);
    const problems = [
      ...must.filter((part) => !modules.some((id) => id.includes(part))).map((part) => `missing ${part}`),
      ...mustNot.flatMap((part) => modules.filter((id) => id.includes(part)).map((id) => `kept ${id}`)),
    ];
    if (problems.length > 0) fail(`shake/${entry}:\n   - ${problems.join('\n   - ')}`);
    const own = modules.filter((id) => id.includes('admin-bloc/dist/')).length;
    lines.push(`shake/${entry}: ${(bytes / 1024).toFixed(1)} kB minified, ${own} admin-bloc module(s)`);
  }
  console.log(lines.map((line) => `   ${line}`).join('\n'));
  done('unused modules dropped');
}

async function browserConsumer(project) {
  step('vanilla TypeScript page (no React) built with Vite, checked in headless Chromium');
  const { build, preview } = await import('vite');
  const { chromium } = await import('playwright-core');
  const webRoot = join(project, 'web');
  const outDir = join(project, 'web-dist');
  mkdirSync(join(webRoot, 'public'), { recursive: true });
  cpSync(join(project, 'node_modules/msw/lib/mockServiceWorker.js'), join(webRoot, 'public/mockServiceWorker.js'));
  await build({
    root: webRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  const port = await freePort();
  const server = await preview({
    root: webRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const pageErrors = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    const figures = async (scopeKey) => {
      await page
        .locator(`#app[data-status="success"][data-scope="${scopeKey}"]`)
        .waitFor({ timeout: 15_000 })
        .catch(async () => {
          const text = await page.locator('#app').textContent();
          fail(`the page never showed scope ${scopeKey} loaded; it shows:\n${text}${pageErrors.join('\n')}`);
        });
      const read = (id) => page.locator(`[data-testid=${id}]`).textContent();
      return {
        totalUsers: await read('totalUsers'),
        activeMentors: await read('activeMentors'),
        monthlyActivities: await read('monthlyActivities'),
        pendingReimbursements: await read('pendingReimbursements'),
      };
    };
    const expectFigures = (what, actual, expected) => {
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        fail(`${what}: expected ${JSON.stringify(expected)}, the page shows ${JSON.stringify(actual)}`);
      }
    };
    const whole = await figures('org_kNr8aQ>*');
    expectFigures('whole tree', whole, {
      totalUsers: '291',
      activeMentors: '67',
      monthlyActivities: '502',
      pendingReimbursements: '14',
    });
    await page.getByRole('button', { name: 'Rogaland Nord' }).click();
    const nord = await figures('org_kNr8aQ>org_tY2zLm');
    expectFigures('Rogaland Nord', nord, {
      totalUsers: '184',
      activeMentors: '42',
      monthlyActivities: '317',
      pendingReimbursements: '9',
    });
    const usesServiceWorker = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!usesServiceWorker) fail('the page is not controlled by MSW’s service worker');
    if (pageErrors.length > 0) fail(`the page logged errors:\n   - ${pageErrors.join('\n   - ')}`);
    console.log('   whole tree 291 users → click "Rogaland Nord" → 184 users, served by MSW’s service worker');
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
  done('the package runs headless in a browser page without React');
}

// ── 4. a Vite + React + TypeScript-strict project ────────────────────────────────────────────────────────

/** The exact versions the workspace tests with, so the consumer's install comes from npm's cache. */
function workspaceVersions(names) {
  const manifests = [join(ROOT, 'package.json'), join(PACKAGE_DIR, 'package.json')].map((file) =>
    JSON.parse(readFileSync(file, 'utf8')),
  );
  return Object.fromEntries(
    names.map((name) => {
      const version = manifests
        .map((manifest) => manifest.devDependencies?.[name] ?? manifest.dependencies?.[name])
        .find(Boolean);
      if (!version) fail(`the workspace has no version of ${name} to give the React consumer`);
      return [name, version];
    }),
  );
}

async function reactConsumer(workDir, tarball) {
  step(
    'Vite + React + TypeScript-strict project (skipLibCheck false): component tests under jsdom with admin-bloc/mocks',
  );
  const project = join(workDir, 'react-consumer');
  cpSync(join(CONSUMER_DIR, 'react'), project, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  manifest.dependencies = {
    'admin-bloc': `file:${tarball}`,
    ...workspaceVersions(['react', 'react-dom', 'rxjs', 'zod']),
  };
  manifest.devDependencies = workspaceVersions(['@types/react', '@types/react-dom', 'msw', 'vitest', 'jsdom']);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], {
    cwd: project,
    capture: true,
    what: 'npm install (React consumer project)',
  });
  run(process.execPath, [join(BIN, 'tsc'), '-p', 'tsconfig.json'], {
    cwd: project,
    capture: true,
    what: 'tsc (React consumer, strict, skipLibCheck false)',
  });
  const { build } = await import('vite');
  await build({ root: project, configFile: false, logLevel: 'warn', build: { outDir: join(project, 'dist') } });
  const tests = run(process.execPath, [join(project, 'node_modules/vitest/vitest.mjs'), 'run'], {
    cwd: project,
    capture: true,
    what: 'vitest run (React consumer, jsdom)',
  });
  // vitest colours its summary; the line is found and printed without the colour codes.
  const summary = tests
    .split('\n')
    .map((line) => stripVTControlCharacters(line))
    .find((line) => /Tests\s+\d+ passed/.test(line));
  console.log(`   ${summary?.trim() ?? tests.trim()}`);
  done('type-checks with every .d.ts, builds with Vite, its component tests pass under jsdom on the mocks');
}

// ── main ───────────────────────────────────────────────────────────────────────────────────────────────────

const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) {
  console.error(
    `release:check needs Node 22 or later (msw 3 and ky 2 do), this is ${process.version}: run it as \`npm run release:check\`, which uses the pinned Node`,
  );
  process.exit(1);
}
const workDir = mkdtempSync(join(tmpdir(), 'admin-bloc-release-'));
try {
  const { tarball, files, root } = buildAndPack(workDir);
  checkContents(files, root);
  checkDocs();
  lintTarball(tarball);
  const project = installConsumer(workDir, tarball);
  nodeConsumer(project);
  typeCheck(project);
  await treeShaking(project);
  await browserConsumer(project);
  await reactConsumer(workDir, tarball);
  console.log(`\nrelease:check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  const message = error instanceof CheckFailure ? error.message : (error?.stack ?? String(error));
  console.error(`\nrelease:check FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s: ${message}`);
  process.exitCode = 1;
} finally {
  if (args.has('--keep')) console.log(`kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
