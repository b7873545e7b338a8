import fs from 'node:fs';
import path from 'node:path';

/** One import or re-export of a source file, resolved when relative. */
export interface ImportEdge {
  /** The importing file, relative to the repository (`src/tasks/run-task.ts`). */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** The imported file relative to the repository for a relative specifier; undefined for a package. */
  to?: string;
  /** `import type`, `export type`, or every named specifier marked `type`: erased at run time. */
  typeOnly: boolean;
}

// `import x from`, `import { a, type b } from`, `import * as m from`, `export { a } from`,
// `export * from`, `export type * from`, side-effect `import 'x'` and `import('x')`.
const STATIC = /(?:^|\n)\s*(import|export)\s+(type\s+)?((?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+))\s*from\s*['"]([^'"]+)['"]/g;
const SIDE_EFFECT = /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function listSourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSourceFiles(root, rel));
    else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** Strips comments so that an example in a doc comment is not taken for an import. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function resolve(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, `${base}/index.ts`, base]) {
    if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  return base;
}

export function importsOf(root: string, file: string): ImportEdge[] {
  const text = withoutComments(fs.readFileSync(path.join(root, file), 'utf8'));
  const edges: ImportEdge[] = [];
  for (const m of text.matchAll(STATIC)) {
    const clause = m[3];
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    const allTyped = named !== null && named[1].split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    edges.push({ from: file, specifier: m[4], to: resolve(root, file, m[4]), typeOnly: m[2] !== undefined || allTyped });
  }
  for (const m of text.matchAll(SIDE_EFFECT)) edges.push({ from: file, specifier: m[1], to: resolve(root, file, m[1]), typeOnly: false });
  for (const m of text.matchAll(DYNAMIC)) edges.push({ from: file, specifier: m[1], to: resolve(root, file, m[1]), typeOnly: false });
  return edges;
}

/** The top-level folder under src/ (`tasks` for src/tasks/x.ts); undefined for src/app.ts and the like. */
export function layerOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

/** Cycles in a directed graph, each as the list of its nodes (Tarjan's strongly connected components). */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
  const out: string[][] = [];
  const visit = (v: string) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.low);
      } else if (meta.get(w)!.onStack) {
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.index);
      }
    }
    if (meta.get(v)!.low === meta.get(v)!.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        meta.get(w)!.onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return out;
}
