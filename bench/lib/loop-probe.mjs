// Preloaded into the server under test by the burst benchmark (`node --import <this file> …`), so
// the server's own code needs no debug hook: every 250 ms it appends one JSON line to
// $BENCH_LOOP_PROBE_FILE with the largest and the 99th-percentile event-loop delay (ms) since the
// line before (perf_hooks.monitorEventLoopDelay, 10 ms resolution).
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.BENCH_LOOP_PROBE_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setInterval(() => {
    const line = { at: Date.now(), max_ms: histogram.max / 1e6, p99_ms: histogram.percentile(99) / 1e6 };
    histogram.reset();
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 250);
  timer.unref();
}
