import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { internalNameGroups, internalNames, mangleInternals } from '../../scripts/mangle-internals.mjs';
import { Bloc as SourceBloc, Cubit as SourceCubit } from '../../src/core/index.js';

// The core's internal property names are shortened at build time from mangle.json. These tests keep the list
// and the source in step: a name missing from the list ships long, a listed name used elsewhere would be renamed
// where it means something else, and two names of one object sharing a target would overwrite each other.

// The core's sources: src/core, the twin of this test's folder.
const here = join(import.meta.dirname, '../../src/core');
const packageSource = join(here, '..');
const coreSources = readdirSync(here)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(here, file), 'utf8') }));

function sourcesOutsideCore(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === here ? [] : sourcesOutsideCore(path);
    return /\.tsx?$/.test(entry.name)
      ? [{ file: relative(packageSource, path), text: readFileSync(path, 'utf8') }]
      : [];
  });
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('mangle.json, the list of internal names the build shortens', () => {
  it('lists every underscore property the core reads or declares', () => {
    const used = new Set<string>();
    for (const { text } of coreSources) {
      const code = withoutComments(text);
      for (const match of code.matchAll(/\.(_[a-zA-Z]\w*)\b/g)) used.add(match[1] as string);
      // Declarations: class fields, parameter properties and object literal keys.
      for (const match of code.matchAll(/^\s*(?:public |readonly |declare |private )*(_[a-zA-Z]\w*)[!?]?\s*[:=]/gm)) {
        used.add(match[1] as string);
      }
    }
    expect([...used].filter((name) => !(name in internalNames))).toEqual([]);
    expect([...used].length).toBeGreaterThan(20);
  });

  it('lists only names the core uses', () => {
    const code = coreSources.map(({ text }) => withoutComments(text)).join('\n');
    expect(Object.keys(internalNames).filter((name) => !new RegExp(`\\b${name}\\b`).test(code))).toEqual([]);
  });

  it('lists no name that code outside the core uses as a property (it would be renamed there too)', () => {
    const clashes = sourcesOutsideCore(packageSource).flatMap(({ file, text }) =>
      Object.keys(internalNames)
        .filter((name) => new RegExp(`\\.${name}\\b|^\\s*${name}\\s*[:?(]|[{,]\\s*${name}\\s*[:,}]`, 'm').test(text))
        .map((name) => `${file}: ${name}`),
    );
    expect(clashes).toEqual([]);
  });

  it('gives each name one group and unique targets within a group', () => {
    const seen = new Set<string>();
    for (const [group, names] of Object.entries(internalNameGroups)) {
      const targets = Object.values(names);
      expect(new Set(targets).size, group).toBe(targets.length);
      for (const name of Object.keys(names)) {
        expect(seen.has(name), name).toBe(false);
        seen.add(name);
      }
    }
  });

  it('never shortens a name to a public member of a bloc, a cubit or an emitter', () => {
    const publicMembers = new Set([
      ...Object.getOwnPropertyNames(SourceBloc.prototype),
      ...Object.getOwnPropertyNames(SourceCubit.prototype),
      ...Object.getOwnPropertyNames(Object.getPrototypeOf(SourceBloc.prototype)),
      ...Object.getOwnPropertyNames(Function.prototype),
      'name',
      'update',
      'forEach',
      'onEach',
      'isDone',
      'signal',
    ]);
    const onPublicObjects = Object.entries(internalNameGroups)
      .filter(([group]) => /bloc|emitter/i.test(group) && !/^Internals|^Lane|^HandlerRun/.test(group))
      .flatMap(([, names]) => Object.values(names));
    expect(onPublicObjects.length).toBeGreaterThan(0);
    expect(onPublicObjects.filter((target) => publicMembers.has(target))).toEqual([]);
  });
});

describe('the core built with the short names', () => {
  it('behaves as the source does, with no long internal name and no development check left in the bundle', async () => {
    const out = mkdtempSync(join(tmpdir(), 'admin-bloc-mangled-'));
    try {
      await build({
        configFile: false,
        logLevel: 'silent',
        mode: 'production',
        plugins: [mangleInternals()],
        // A consumer's production bundle: development-only checks must drop out of it.
        define: { 'process.env.NODE_ENV': '"production"' },
        build: {
          outDir: out,
          minify: false,
          lib: { entry: join(here, 'index.ts'), formats: ['es'], fileName: () => 'core.js' },
          rolldownOptions: { external: [/^rxjs/, /^immer/] },
        },
      });
      const code = readFileSync(join(out, 'core.js'), 'utf8');
      expect(Object.keys(internalNames).filter((name) => new RegExp(`\\.${name}\\b`).test(code))).toEqual([]);
      expect(code).not.toContain('nothing heard it');
      expect(code).not.toContain('console.warn');

      const core: typeof import('../../src/core/index.js') = await import(join(out, 'core.js'));
      type Event = { type: 'added'; by: number } | { type: 'failed' } | { type: 'slow' };
      class Counter extends core.Bloc<Event, number> {
        constructor() {
          super(0);
          this.on('added', (event, emit) => emit(this.state + event.by));
          this.on('failed', async () => {
            throw new Error('boom');
          });
          this.on(
            'slow',
            (_event, emit) => new Promise<void>((resolve) => emit.signal.addEventListener('abort', () => resolve())),
            core.restartable(),
          );
        }
      }
      const counter = new Counter();
      const states: number[] = [];
      const errors: unknown[] = [];
      counter.subscribe((state) => states.push(state));
      counter.errors$.subscribe((error) => errors.push(error));
      await counter.add({ type: 'added', by: 2 });
      await counter.add({ type: 'added', by: 3 });
      await expect(counter.add({ type: 'failed' })).rejects.toThrow('boom');
      const slow = counter.add({ type: 'slow' });
      await counter.close();
      await slow;
      expect(states).toEqual([2, 5]);
      expect(errors).toEqual([new Error('boom')]);
      expect(counter.isClosed).toBe(true);

      const cubit = new core.Cubit(1);
      const history = core.replayable(cubit);
      cubit.emit(2);
      history.undo();
      expect(cubit.state).toBe(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
