// Type-checks the TypeScript examples of the docs against the package's own sources, so the docs cannot show an
// API that does not exist. Every ```ts / ```tsx block of the repository's README.md, the package's README.md and
// every docs/*.md but the generated docs/exports.md becomes its own module under .tmp/doc-snippets/
// (git-ignored); so does every example of the export inventory (the `@example` of each export, which
// docs/exports.md and the README's tables print), as a .tsx module that imports every export of the package the
// way a reader of that page has them. The names an example uses without defining them (your app's `render`,
// `toast`, a `client` made earlier on the page) are declared in one prelude. A block preceded by
// `<!-- snippet: not checked -->` is skipped (fragments of a class body).
//   node scripts/release/doc-snippets.mjs    exits 1 and prints doc:line (or the export's source) for every error
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE_DIR = join(ROOT, 'packages/admin-bloc');
const OUT = join(ROOT, '.tmp/doc-snippets');
import { inventory } from './exports.mjs';

const DOCS = [
  '../../README.md',
  'README.md',
  ...readdirSync(join(PACKAGE_DIR, 'docs'))
    .filter((file) => file.endsWith('.md') && file !== 'exports.md')
    .sort()
    .map((file) => `docs/${file}`),
];

/**
 * What the export inventory's examples take as given: they are one or a few lines each, written in the middle of
 * the reader's own code (its components, the state a selector reads, a value parsed from JSON). These are `any` on
 * purpose: an example is checked for the package's API it shows (names, options, props, methods), not for the
 * reader's code around it.
 */
const GIVENS = `
  const json: unknown;
  const state: any, bloc: any, emit: any, error: unknown, signal: AbortSignal, session: any, baseUrl: string;
  const token: string, user: any, query: any, repository: any, failure: any, migrate: any, storage: any;
  const handler: any, api: any, db: any, endpoint: any, args: any, deps: any, initial: any, loading: any;
  const loaded: any, latest: any, nodes: any, counter: any, filtersCubit: any, orgScopeCubit: any, router: any;
  const userList: any, organizations: any, platform: any, contacts: any, activityLog: any, auditLog: any;
  const rows: any[], userImport: any, dashboard: any, orgTree: any, peerMentors: any, selectedOrg: any, sessionRepository: any, timers: any;
  const logger: any, policy: any, hydration: any, request: any, superAdmins: any, storedToken: any;
  const form: any, report: any, fakeExtension: any, input: unknown, id: string, key: string;
  const AdminClientToken: import('admin-bloc/react').ProviderToken<AdminClient>;
  const UserListPage: any, Toolbar: any, sharedCounter: CounterCubit;
  const NoAccess: any, App: any, Badge: any, Dashboard: any, Spinner: any, UserForm: any, UserListView: any, UserTable: any;
  function getResponse(...args: any[]): any;
  function onAuth(...args: any[]): void;
  function onSaved(...args: any[]): void;
  function save(...args: any[]): void;
  function show(...args: any[]): void;
  function showErrors(...args: any[]): void;
  function showNotFound(...args: any[]): void;
  function showRetry(...args: any[]): void;
  function showRetryButton(...args: any[]): void;
  function showSpinner(...args: any[]): void;
  function applySearch(...args: any[]): void;
  function navigate(...args: any[]): void;
  function beep(...args: any[]): void;
  function search(...args: any[]): any;
  type Filters = { role: string | null; status: string | null; search: string };
  type Draft = { text: string; saving: boolean };
  type Incremented = { type: 'counter/incremented'; by: number };
  class AuthBloc extends Cubit<{ signedIn: boolean }> {}
  class UserFormBloc extends Cubit<{ status: 'editing' | 'loading' | 'failure' | 'success'; error?: string }> {}
  class CounterBloc extends Bloc<Incremented, number> {
    constructor();
  }
`;

/** Names the inventory's examples use from other libraries, imported as their docs import them. */
const LIBRARY_IMPORTS = {
  z: "import * as z from 'zod/mini';",
  of: "import { of } from 'rxjs';",
  switchMap: "import { switchMap } from 'rxjs';",
  setupServer: "import { setupServer } from 'msw/node';",
  HttpResponse: "import { HttpResponse } from 'msw';",
  it: "import { it } from 'vitest';",
  expect: "import { expect } from 'vitest';",
  beforeAll: "import { beforeAll } from 'vitest';",
  afterEach: "import { afterEach } from 'vitest';",
  afterAll: "import { afterAll } from 'vitest';",
  writeFileSync: "import { writeFileSync } from 'node:fs';",
};

/** What the examples take as given: the reader's own app, and values set up earlier on the same page. */
const PRELUDE = `/// <reference types="vite/client" />
import type {
  AdminClient,
  DashboardBloc,
  OrgScopeRepository,
  ReplayCubit,
  Bloc,
  Cubit,
} from 'admin-bloc';

declare global {
  // the reader's app
  const auth: { token: string };
  function showNotAllowed(): void;
  function render(state?: unknown): void;
  function findPeople(query: string, signal?: AbortSignal): Promise<string[]>;
  function loadUsers(page: number, signal: AbortSignal): Promise<User[]>;
  const toast: { error(message?: string): void };
  interface User {
    id: string;
    name: string;
  }
  // the export inventory's examples
  ${GIVENS.trim()}
  // defined earlier on the same page
  const client: AdminClient;
  const scope: OrgScopeRepository;
  const editorBloc: Bloc<{ type: 'editor/textTyped'; text: string }, { text: string; saving: boolean }>;
  class CounterCubit extends Cubit<number> {
    constructor();
    increment(): void;
  }
  class UserFiltersCubit extends Cubit<{ role: string | null; pageSize: number }> {
    constructor();
  }
  type SearchEvent = { type: 'search/queryChanged'; query: string } | { type: 'search/cleared' };
  class SearchBloc extends Bloc<SearchEvent, { query: string; hits: string[] }> {
    constructor(find: (query: string, signal: AbortSignal) => Promise<string[]>);
  }
}
export {};
`;

function blocks(doc) {
  const text = readFileSync(join(PACKAGE_DIR, doc), 'utf8');
  const lines = text.split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^(\s*)```(ts|tsx)\s*$/);
    if (!open) continue;
    const skip =
      /<!-- snippet: not checked -->/.test(lines[i - 1] ?? '') ||
      /<!-- snippet: not checked -->/.test(lines[i - 2] ?? '');
    const indent = open[1].length;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
    const code = lines
      .slice(start, end)
      .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
      .join('\n');
    const runs = /<!-- snippet: runs -->/.test(lines[i - 1] ?? '');
    if (!skip) found.push({ doc, line: start + 1, lang: open[2], code, runs });
    i = end;
  }
  return found;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'prelude.ts'), PRELUDE);
const files = new Map();
const runnable = [];
let count = 0;
for (const doc of DOCS) {
  for (const block of blocks(doc)) {
    count++;
    const name = `${doc.replace(/[/.]/g, '_')}_${block.line}.${block.lang}`;
    // Top-level await and a module scope of its own, as in an ES module.
    writeFileSync(join(OUT, name), `${block.code}\nexport {};\n`);
    files.set(name, block);
    if (block.runs) runnable.push({ name, block });
  }
}

// The export inventory's examples. Each imports every export of the package (the names of its own entry first)
// except those the example imports or declares itself, so `<BlocProvider create={…}>` compiles as a reader who
// has the imports of the page at hand would write it.
const entries = inventory();
const importable = new Map();
for (const entry of entries) {
  for (const item of entry.exports) {
    if (item.namespace || importable.has(item.name)) continue;
    importable.set(item.name, { subpath: entry.subpath, typeOnly: item.typeOnly });
  }
}
const exampleDocs = 'packages/admin-bloc/docs/exports.md';
for (const entry of entries) {
  for (const item of entry.exports) {
    if (!item.example) continue;
    count++;
    const code = item.example;
    const own = new Set();
    for (const match of code.matchAll(/^\s*import\s+(?:type\s+)?\{([^}]*)\}/gm)) {
      for (const name of match[1].split(','))
        own.add(
          name
            .replace(/^\s*type\s+/, '')
            .split(/\s+as\s+/)
            .pop()
            .trim(),
        );
    }
    for (const match of code.matchAll(/\b(?:const|let|var|class|function|type|interface|enum)\s+([A-Za-z_$][\w$]*)/g)) {
      own.add(match[1]);
    }
    const bySubpath = new Map();
    for (const [name, { subpath, typeOnly }] of importable) {
      if (own.has(name) || !new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(code)) continue;
      if (!bySubpath.has(subpath)) bySubpath.set(subpath, []);
      bySubpath.get(subpath).push(typeOnly ? `type ${name}` : name);
    }
    const imports = [...bySubpath].map(([subpath, names]) => `import { ${names.join(', ')} } from '${subpath}';`);
    for (const [name, statement] of Object.entries(LIBRARY_IMPORTS)) {
      if (!own.has(name) && new RegExp(`\\b${name}\\b`).test(code) && !code.includes(statement))
        imports.push(statement);
    }
    // Numbered: two exports can differ only in case (ErrorEnvelope, errorEnvelope).
    const name = `exports_${count}_${item.name}.tsx`;
    // An example is a few lines from the middle of the reader's code: a handler's body (`return`, `await`,
    // `emit`), a bloc's constructor or method (`this.on(…)`). It is checked as the body of a method of a bloc.
    const lines = code.split('\n');
    const ownImports = lines.filter((line) => /^import\s/.test(line));
    const body = lines.filter((line) => !/^import\s/.test(line)).join('\n');
    imports.push(...ownImports);
    writeFileSync(
      join(OUT, name),
      `${imports.join('\n')}\nimport { Bloc as ExampleBase } from 'admin-bloc';\nexport class Example extends ExampleBase<any, any> {\nasync example(): Promise<any> {\n${body}\n}\n}\n`,
    );
    files.set(name, {
      doc: `${exampleDocs} (${entry.subpath} ${item.name}, from ${relative(PACKAGE_DIR, item.file)})`,
      line: -imports.length - 2,
      lang: 'tsx',
      code,
    });
  }
}

writeFileSync(
  join(OUT, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      // noImplicitAny off: an example's own callback parameters take their types from the reader's code around it.
      compilerOptions: {
        noEmit: true,
        noUnusedLocals: false,
        noUnusedParameters: false,
        noImplicitAny: false,
        types: ['node'],
      },
      include: ['*.ts', '*.tsx'],
    },
    null,
    2,
  ),
);

const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/.bin/tsc'), '-p', OUT], {
  cwd: ROOT,
  encoding: 'utf8',
});
const problems = [];
for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
  const match = line.match(/^(?:.*[/\\])?\.tmp[/\\]doc-snippets[/\\]([^(]+)\((\d+),(\d+)\): (.*)$/);
  if (!match) continue;
  const block = files.get(match[1]);
  if (!block) {
    problems.push(`prelude: ${match[4]}`);
    continue;
  }
  const doc = block.doc.startsWith('packages/') ? block.doc : relative(ROOT, join(PACKAGE_DIR, block.doc));
  problems.push(`${doc}:${block.line + Number(match[2]) - 1}: ${match[4]}`);
}
if (problems.length > 0) {
  console.error(`The docs' examples do not type-check:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (result.status !== 0 && !/error TS/.test(`${result.stdout}${result.stderr}`)) {
  console.error(`tsc failed:\n${result.stdout}${result.stderr}`);
  process.exit(1);
}

// The examples marked `<!-- snippet: runs -->` run too, in Node against the package's built entries and its mock
// backend (`setupMockServer`, with `location.origin` http://localhost), and what they print must be what their
// comments say: each `console.log(…); // 291: …` prints 291.
if (runnable.length > 0 && !existsSync(join(PACKAGE_DIR, 'dist/index.js'))) {
  console.error('The runnable examples need the built package: run `npm run build -w admin-bloc` first.');
  process.exit(1);
}
const runProblems = [];
mkdirSync(join(OUT, 'run'), { recursive: true });
for (const { name, block } of runnable) {
  const file = join(OUT, 'run', name.replace(/\.tsx?$/, '.ts'));
  const mockSetup = [
    "import { setupMockServer as startDocsMock } from 'admin-bloc/mocks';",
    'const docsMock = startDocsMock();',
    'docsMock.listen();',
    "Object.defineProperty(globalThis, 'location', { value: { origin: 'http://localhost' }, configurable: true });",
  ].join('\n');
  // Imports are hoisted, so the mock listens before the example runs; the exit at the end: a bloc's timers (a
  // dashboard's refresh) would keep the process alive.
  writeFileSync(file, `${mockSetup}\n${block.code}\ndocsMock.close();\nprocess.exit(0);\n`);
  const expected = [...block.code.matchAll(/console\.log\(.*\);\s*\/\/\s*([^\s:]+)/g)].map((match) => match[1]);
  const ran = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const printed = ran.stdout.trim().split('\n').filter(Boolean);
  const where = `${relative(ROOT, join(PACKAGE_DIR, block.doc))}:${block.line}`;
  if (ran.status !== 0) runProblems.push(`${where}: exited with ${ran.status ?? ran.signal}\n${ran.stderr}`);
  else if (JSON.stringify(printed) !== JSON.stringify(expected)) {
    runProblems.push(`${where}: printed ${JSON.stringify(printed)}, its comments say ${JSON.stringify(expected)}`);
  }
}
if (runProblems.length > 0) {
  console.error(`The docs' runnable examples do not do what they say:\n  ${runProblems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `${count} examples in ${DOCS.map((doc) => relative(ROOT, join(PACKAGE_DIR, doc))).join(', ')} and the export inventory (docs/exports.md) type-check against the sources (${relative(ROOT, OUT)}); ${runnable.length} ran against the mocks and printed what they say`,
);
