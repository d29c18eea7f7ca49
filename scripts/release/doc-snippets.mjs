// Type-checks the TypeScript examples of the package's docs against the package's own sources, so the docs
// cannot show an API that does not exist. Every ```ts / ```tsx block of README.md, docs/core-guide.md and
// docs/openapi.md becomes its own module under .tmp/doc-snippets/ (git-ignored); the names an example uses
// without defining them (your app's `render`, `toast`, a `client` made earlier on the page) are declared in
// one prelude. A block preceded by `<!-- snippet: not checked -->` is skipped (fragments of a class body).
//   node scripts/release/doc-snippets.mjs    exits 1 and prints doc:line for every error in an example
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE_DIR = join(ROOT, 'packages/admin-bloc');
const OUT = join(ROOT, '.tmp/doc-snippets');
const DOCS = ['README.md', 'docs/core-guide.md', 'docs/openapi.md'];

/** What the examples take as given: the reader's own app, and values set up earlier on the same page. */
const PRELUDE = `import type {
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
  function render(state: unknown): void;
  function findPeople(query: string, signal?: AbortSignal): Promise<string[]>;
  function loadUsers(page: number, signal: AbortSignal): Promise<User[]>;
  const toast: { error(message?: string): void };
  interface User {
    id: string;
    name: string;
  }
  // defined earlier on the same page
  const client: AdminClient;
  const scope: OrgScopeRepository;
  const editorBloc: Cubit<{ text: string; saving: boolean }>;
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
    if (!skip) found.push({ doc, line: start + 1, lang: open[2], code });
    i = end;
  }
  return found;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'prelude.ts'), PRELUDE);
const files = new Map();
let count = 0;
for (const doc of DOCS) {
  for (const block of blocks(doc)) {
    count++;
    const name = `${doc.replace(/[/.]/g, '_')}_${block.line}.${block.lang}`;
    // Top-level await and a module scope of its own, as in an ES module.
    writeFileSync(join(OUT, name), `${block.code}\nexport {};\n`);
    files.set(name, block);
  }
}
writeFileSync(
  join(OUT, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { noEmit: true, noUnusedLocals: false, noUnusedParameters: false, types: ['node'] },
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
  problems.push(`packages/admin-bloc/${block.doc}:${block.line + Number(match[2]) - 1}: ${match[4]}`);
}
if (problems.length > 0) {
  console.error(`The docs' examples do not type-check:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (result.status !== 0 && !/error TS/.test(`${result.stdout}${result.stderr}`)) {
  console.error(`tsc failed:\n${result.stdout}${result.stderr}`);
  process.exit(1);
}
console.log(`${count} examples in ${DOCS.join(', ')} type-check against the sources (${relative(ROOT, OUT)})`);
