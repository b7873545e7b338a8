// The local engine's stage folders keep their order (docs/local-engine.md, "How it works"): a folder
// imports only itself and the folders it is allowed to, planning knows nothing about pixels or SVG,
// and no folder or file grows past the project's limits.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../src/engines/local/', import.meta.url));

/** What each folder may import besides itself; `.` is the engine's entry (index.ts). */
const ALLOWED: Record<string, string[]> = {
  read: [],
  plan: ['read'],
  paint: ['read', 'plan'],
  compose: ['read', 'plan', 'paint'],
  raster: ['paint'],
  threads: ['read', 'plan', 'paint', 'compose', 'raster'],
  '.': ['threads'],
};
/** Packages that draw, rasterize or run threads: planning must not need them. */
const PIXEL_PACKAGES = ['@resvg/resvg-js', 'sharp', '@iconify/utils', 'node:worker_threads'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : name.endsWith('.ts') ? [file] : [];
  });
}

/** The stage folder a file is in: the first folder under local/, or `.` for index.ts. */
function stageOf(file: string): string {
  const [first, ...rest] = path.relative(ROOT, file).split(path.sep);
  return rest.length ? first : '.';
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
}

const files = sourceFiles(ROOT);

describe('local engine stage folders', () => {
  it('finds the stages', () => {
    expect(new Set(files.map(stageOf))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  it('imports only from allowed stages', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const stage = stageOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(ROOT)) {
          // Outside the engine (the Engine port, the domain): only the entry and its threads.
          if (stage !== '.' && stage !== 'threads' && stage !== 'raster') wrong.push(`${path.relative(ROOT, file)} → ${spec}`);
          continue;
        }
        const to = stageOf(target);
        if (to !== stage && !ALLOWED[stage].includes(to)) wrong.push(`${path.relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('plans without anything about pixels, SVG or threads', () => {
    const wrong = files
      .filter((f) => ['read', 'plan'].includes(stageOf(f)))
      .flatMap((f) => importsOf(f).filter((s) => PIXEL_PACKAGES.includes(s)).map((s) => `${path.relative(ROOT, f)} → ${s}`));
    expect(wrong).toEqual([]);
  });

  it('keeps folders to 25 source files and files to 400 lines', () => {
    const perFolder = new Map<string, number>();
    for (const f of files) perFolder.set(path.dirname(f), (perFolder.get(path.dirname(f)) ?? 0) + 1);
    expect([...perFolder].filter(([, n]) => n > 25)).toEqual([]);
    const long = files.filter((f) => readFileSync(f, 'utf8').split('\n').length > 400);
    expect(long).toEqual([]);
  });

  it('holds no control characters (a backspace where a regex meant \\b matches nothing)', () => {
    // eslint-disable-next-line no-control-regex
    expect(files.filter((f) => /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
