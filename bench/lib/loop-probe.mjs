// Preloaded into the server under test by the burst benchmark (`node --import <this file> …`), so
// the server's own code needs no debug hook: every 250 ms it appends one JSON line to
// $BENCH_LOOP_PROBE_FILE with the largest and the 99th-percentile event-loop delay (ms) since the
// line before (perf_hooks.monitorEventLoopDelay, 10 ms resolution), for the main thread only.
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_LOOP_PROBE_FILE;
// The server's worker threads inherit `--import` and the environment: without this test each
// would write its own loop's delays into the same file (the gemini threads' loops, niced and busy
// decoding by design, stall for hundreds of ms), and the figure would not be the API's loop.
if (file && isMainThread) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setInterval(() => {
    const line = { at: Date.now(), max_ms: histogram.max / 1e6, p99_ms: histogram.percentile(99) / 1e6 };
    histogram.reset();
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 250);
  timer.unref();
}
