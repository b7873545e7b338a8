// A 4K picture leaves ~130 MiB of native memory behind in its thread: resvg's pixmap and the copy
// of its pixels handed to sharp. V8 frees them only when it collects their small JS wrappers, and
// it does not count the pixmap towards its heap, so nothing hurries that: a thread idles or starts
// its next picture with the last one's pixels still held (measured: 50 4K tasks two at a time
// peaked at ~840 MiB in the render threads alone, ~590 MiB with a collection after each large one).
import v8 from 'node:v8';
import vm from 'node:vm';

/** Pictures from this many pixels up (2K and 4K) count towards a collection; smaller ones leave little. */
export const RELEASE_FROM_PIXELS = 4_000_000;
/**
 * A collection once the large pictures drawn since the last one reach this many pixels: after
 * every 4K picture (16.8–18.9 M), after every third 2K one (4.2–4.7 M). A collection costs a
 * thread ~45 ms of CPU (the whole heap is marked): a 2K picture's draw and encode take ~100, and
 * three 2K pictures hold less than one 4K picture does (docs/benchmarks.md).
 */
export const RELEASE_EVERY_PIXELS = 12_000_000;

/** Pixels of large pictures drawn since the last collection, in this thread. */
let pending = 0;

type Collect = (options: { type: 'major'; execution: 'async' }) => Promise<void> | void;

let collect: Collect | null | undefined;

/**
 * V8's own collector, asked for once. Node exposes it only under `--expose-gc`, which worker
 * threads cannot be given (`execArgv` refuses V8 flags): the flag is set at run time instead, and
 * the function taken from a fresh context, where it then appears. Null if that does not work.
 */
function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * After a large picture's reply has been posted: start a major collection, when one is due, that
 * runs alongside (incremental and concurrent marking; the thread is idle or starting the next
 * job), so the pictures' pixels are freed before the next large one is drawn. Resolves true once a
 * collection has run, false when none was due or none is available.
 */
export function releaseAfter(width: number, height: number): Promise<boolean> {
  if (width * height < RELEASE_FROM_PIXELS) return Promise.resolve(false);
  pending += width * height;
  if (pending < RELEASE_EVERY_PIXELS) return Promise.resolve(false);
  pending = 0;
  const gc = collector();
  if (!gc) return Promise.resolve(false);
  return new Promise((resolve) =>
    setImmediate(() => {
      Promise.resolve(gc({ type: 'major', execution: 'async' })).then(() => resolve(true), () => resolve(false));
    }),
  );
}
