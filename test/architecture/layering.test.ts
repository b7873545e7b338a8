import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, layerOf, listSourceFiles, type ImportEdge } from './imports.js';

// The layering of docs/architecture.md, checked on every import and re-export of src/**/*.ts.

const ROOT = path.resolve(import.meta.dirname, '../..');
const files = listSourceFiles(ROOT, 'src');
const edges = files.flatMap((f) => importsOf(ROOT, f));
const show = (e: ImportEdge) => `${e.from} imports ${e.specifier}`;

/** Folders that sit below tasks/ and api/ and so may not import them. */
const BELOW_TASKS = ['engines', 'storage', 'net', 'references', 'webhooks', 'store', 'lib', 'domain', 'contract'];

describe('the import checker', () => {
  it('reads static, re-export, type-only, side-effect and dynamic imports', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'test/architecture/.tmp-'));
    try {
      const rel = path.relative(ROOT, dir);
      fs.writeFileSync(path.join(dir, 'b.ts'), 'export const b = 1;\n');
      fs.writeFileSync(
        path.join(dir, 'a.ts'),
        [
          "import { b } from './b.js';",
          "import type { B } from './types.js';",
          "import { type C, type D } from './types.js';",
          "export * from './b.js';",
          "export type * from './types.js';",
          "import 'side-effect';",
          "// import { commented } from './nope.js';",
          'const lazy = () => import("./lazy.js");',
        ].join('\n'),
      );
      const got = importsOf(ROOT, `${rel}/a.ts`).map((e) => [e.specifier, e.typeOnly, e.to?.replace(`${rel}/`, '')]);
      expect(got).toEqual([
        ['./b.js', false, 'b.ts'],
        ['./types.js', true, 'types.js'],
        ['./types.js', true, 'types.js'],
        ['./b.js', false, 'b.ts'],
        ['./types.js', true, 'types.js'],
        ['side-effect', false, undefined],
        ['./lazy.js', false, 'lazy.js'],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds cycles', () => {
    const g = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });
});

describe('layering of src/', () => {
  it('has no cycles between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      const from = layerOf(e.from);
      const to = e.to && layerOf(e.to);
      if (!from || !to || from === to) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
    expect(cycles(graph)).toEqual([]);
  });

  it('has no cycles between sibling folders inside a folder (engines/local/plan ↔ paint, …)', () => {
    // A parent's port or factory may use its children and they the port (engines/engine.ts ↔ gemini/).
    const within = (a: string, b: string) => a === b || b.startsWith(`${a}/`) || a.startsWith(`${b}/`);
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      if (!e.to?.startsWith('src/')) continue;
      const from = path.posix.dirname(e.from);
      const to = path.posix.dirname(e.to);
      if (within(from, to) || layerOf(e.from) !== layerOf(e.to)) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
    expect(cycles(graph)).toEqual([]);
  });

  it(`keeps ${BELOW_TASKS.join(', ')} free of tasks/ and api/`, () => {
    const upward = edges.filter((e) => BELOW_TASKS.includes(layerOf(e.from) ?? '') && ['tasks', 'api', 'cli', 'web'].includes((e.to && layerOf(e.to)) ?? ''));
    expect(upward.map(show)).toEqual([]);
  });

  it('keeps domain/ to itself: no framework, no I/O, no package', () => {
    const outside = edges.filter((e) => layerOf(e.from) === 'domain' && (!e.to || layerOf(e.to) !== 'domain'));
    expect(outside.map(show)).toEqual([]);
  });

  it('keeps contract/ to zod and domain/', () => {
    const outside = edges.filter(
      (e) => layerOf(e.from) === 'contract' && (e.to ? !['contract', 'domain'].includes(layerOf(e.to) ?? '') : e.specifier !== 'zod'),
    );
    expect(outside.map(show)).toEqual([]);
  });

  it('lets the SDK package (packages/sdk) import nothing but its own files, and src/ reach it only as @bananastand/sdk', () => {
    const sdkEdges = listSourceFiles(ROOT, 'packages/sdk/src').flatMap((f) => importsOf(ROOT, f));
    expect(sdkEdges.length).toBeGreaterThan(0);
    expect(sdkEdges.filter((e) => !e.to?.startsWith('packages/sdk/src/')).map(show)).toEqual([]);
    expect(edges.filter((e) => e.to?.startsWith('packages/')).map(show)).toEqual([]);
  });
});

describe('size of src/', () => {
  it('has no folder over 25 source files', () => {
    const perFolder = new Map<string, number>();
    for (const f of files) perFolder.set(path.posix.dirname(f), (perFolder.get(path.posix.dirname(f)) ?? 0) + 1);
    const big = [...perFolder].filter(([, n]) => n > 25).map(([dir, n]) => `${dir}: ${n} files`);
    expect(big).toEqual([]);
  });

  it('has no source file over 400 lines', () => {
    const long = files
      .map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > 400)
      .map(([f, n]) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });
});
