import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';

// The import graph of the package's src/ and the layer arrows of DESIGN.md, for purity.test.ts. The sources are
// parsed (oxc, through vite) rather than matched with regular expressions, so an import inside a comment or a
// string is no edge, and a type-only import is told apart from one that ships.

/** One import of a source file: where from, what, and whether only types cross it. */
export interface ImportEdge {
  /** The importing file, relative to src/ (`blocs/shared/failure.ts`). */
  file: string;
  /** Its layer: the first folder under src/ (`blocs`), or `entry` for the files at its root (index.ts, openapi.ts). */
  layer: string;
  /** What it imports: a layer of the package (`api`), `public` (the package's own name), or a package (`rxjs`). */
  target: string;
  /** Whether `target` is a layer of this package or another npm package (`react` is both a layer and a package). */
  kind: 'layer' | 'package';
  /** The imported file relative to src/, for an import inside the package. */
  targetFile?: string;
  /** True when only types cross the edge (`import type`, or every name marked `type`): nothing of it ships. */
  typeOnly: boolean;
}

const layerOf = (path: string): string => (path.includes('/') ? (path.split('/')[0] as string) : 'entry');

/** The npm package a bare specifier names: `zod/mini` → `zod`, `@scope/name/x` → `@scope/name`, `node:fs` → `node:`. */
const packageOf = (specifier: string): string => {
  if (specifier.startsWith('node:')) return 'node:';
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every import and re-export (static and dynamic) of every .ts/.tsx file under `srcDir`. */
export function importGraph(srcDir: string): ImportEdge[] {
  const root = resolve(srcDir);
  return sourceFiles(root).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const { module, errors } = parseSync(path, text);
    if (errors.length > 0) throw new Error(`${path}: ${errors.map((error) => error.message).join('; ')}`);
    const requests: { specifier: string; typeOnly: boolean }[] = [
      ...module.staticImports.map((entry) => ({
        specifier: entry.moduleRequest.value,
        // A bare `import './x.js'` has no names and runs the module.
        typeOnly: entry.entries.length > 0 && entry.entries.every((name) => name.isType),
      })),
      ...module.staticExports.flatMap((entry) =>
        entry.entries
          .filter((name) => name.moduleRequest)
          .map((name) => ({ specifier: name.moduleRequest?.value as string, typeOnly: name.isType })),
      ),
      ...module.dynamicImports.map((entry) => ({
        // A dynamic import with a computed specifier names no module this graph can follow.
        specifier: text.slice(entry.moduleRequest.start + 1, entry.moduleRequest.end - 1),
        typeOnly: false,
      })),
    ];
    const file = relative(root, path);
    return requests.map(({ specifier, typeOnly }): ImportEdge => {
      const edge = { file, layer: layerOf(file), typeOnly };
      if (specifier.startsWith('.')) {
        const targetFile = relative(root, resolve(dirname(path), specifier)).replace(/\.js$/, '.ts');
        return { ...edge, kind: 'layer', target: layerOf(targetFile), targetFile };
      }
      if (specifier === 'admin-bloc' || specifier.startsWith('admin-bloc/')) {
        return { ...edge, kind: 'layer', target: 'public' };
      }
      return { ...edge, kind: 'package', target: packageOf(specifier) };
    });
  });
}

/** What one layer may import. */
export interface LayerRule {
  /** Layers of the package it may import values from (`public`: the package's own entries by name). */
  layers: readonly string[];
  /** Layers it may import types from, and nothing that ships. */
  typesFrom?: readonly string[];
  /** Packages it may import (`node:` for Node's built-ins); undefined: any package but the forbidden ones. */
  packages?: readonly string[];
  /** Packages it must never import. */
  forbiddenPackages?: readonly string[];
}

/** Each edge that crosses an arrow, as `file → target (why)`; empty when every arrow holds. */
export function crossings(graph: readonly ImportEdge[], rules: Readonly<Record<string, LayerRule>>): string[] {
  return graph.flatMap((edge) => {
    const rule = rules[edge.layer];
    const what = `${edge.file} → ${edge.targetFile ?? edge.target}${edge.typeOnly ? ' (types)' : ''}`;
    if (!rule) return [`${what}: the layer "${edge.layer}" has no rule`];
    if (edge.kind === 'layer') {
      if (edge.target === edge.layer || rule.layers.includes(edge.target)) return [];
      if (edge.typeOnly && rule.typesFrom?.includes(edge.target)) return [];
      const types = rule.typesFrom?.includes(edge.target) ? ' (types only are allowed)' : '';
      return [`${what}: ${edge.layer} may not import ${edge.target}${types}`];
    }
    if (rule.forbiddenPackages?.includes(edge.target)) return [`${what}: ${edge.layer} may not use ${edge.target}`];
    if (rule.packages && !rule.packages.includes(edge.target)) {
      return [`${what}: ${edge.layer} uses only ${rule.packages.join(', ')}`];
    }
    return [];
  });
}
