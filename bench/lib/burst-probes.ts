import fs from 'node:fs';
import path from 'node:path';
import { BENCH_KEY, TASKS_PATH } from './processes.js';

/**
 * What the burst benchmark watches while a burst lands: the server's log (completions), its
 * event-loop probe file (bench/lib/loop-probe.mjs), and one task's GET latency.
 */

/** New complete lines of a growing file since the last call. */
export function lineReader(file: string) {
  let offset = 0;
  let rest = '';
  return (): string[] => {
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      return [];
    }
    if (size <= offset) return [];
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      offset = size;
      const lines = (rest + buf.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      return lines;
    } finally {
      fs.closeSync(fd);
    }
  };
}

/**
 * Counts the tasks the server logged as finished ("task completed" / "task failed" lines of its
 * JSON log): no request is made, so counting costs the server nothing.
 */
export function finishWatcher(logFile: string) {
  const read = lineReader(logFile);
  const completed = new Set<string>();
  const failed = new Set<string>();
  return {
    completed,
    failed,
    poll() {
      for (const line of read()) {
        if (!line.includes('"task completed"') && !line.includes('"task failed"')) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; task_id?: string };
          if (!entry.task_id) continue;
          if (entry.msg === 'task completed') completed.add(entry.task_id);
          else if (entry.msg === 'task failed') failed.add(entry.task_id);
        } catch {
          // a line that is not JSON (start-up noise)
        }
      }
      return completed.size + failed.size;
    },
  };
}

/** The event-loop probe's lines between two instants: the largest delay and the largest p99. */
export function loopDelayBetween(file: string, from: number, to: number) {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : [];
  let max = 0;
  let p99 = 0;
  let samples = 0;
  /** Quarter-seconds with a delay over 50 ms, seconds after `from`: when in the burst the loop stalled. */
  const stalls: { atS: number; maxMs: number }[] = [];
  for (const line of lines) {
    if (!line) continue;
    const s = JSON.parse(line) as { at: number; max_ms: number; p99_ms: number };
    // A line covers the 250 ms before its `at`.
    if (s.at < from || s.at - 250 > to) continue;
    samples++;
    max = Math.max(max, s.max_ms);
    p99 = Math.max(p99, s.p99_ms);
    if (s.max_ms > 50) stalls.push({ atS: Math.round((s.at - from) / 100) / 10, maxMs: Math.round(s.max_ms) });
  }
  return { maxMs: max, worstP99Ms: p99, samples, stalls };
}

/** GETs one task every `everyMs` (after the previous answer) until stopped; returns each round trip. */
export function getPoller(baseUrl: string, taskId: string, everyMs: number) {
  const latencies: number[] = [];
  let errors = 0;
  let stopped = false;
  const url = `${baseUrl}${TASKS_PATH}/${taskId}`;
  const headers = { 'x-magnific-api-key': BENCH_KEY };
  const done = (async () => {
    while (!stopped) {
      const t0 = performance.now();
      try {
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.ok) latencies.push(performance.now() - t0);
        else errors++;
      } catch {
        errors++;
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    latencies,
    async stop() {
      stopped = true;
      await done;
      return { latencies, errors };
    },
  };
}

/**
 * The floor: what one image must cost at the least, in this process: the answer's bytes decoded
 * to text and JSON.parse'd, the base64 decoded, the picture written and fsync'd. CPU ms per image
 * (user + system of this process), median of `rounds`.
 */
export function measureFloor(body: Buffer, dir: string, rounds: number): { cpuMsPerImage: number; wallMsPerImage: number; imageBytes: number } {
  const cpu: number[] = [];
  const wall: number[] = [];
  const file = path.join(dir, 'floor.jpg');
  let imageBytes = 0;
  for (let i = 0; i < rounds; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const parsed = JSON.parse(body.toString('utf8')) as { candidates: { content: { parts: { inlineData?: { data: string } }[] } }[] };
    const data = parsed.candidates[0]!.content.parts.find((p) => p.inlineData)!.inlineData!.data;
    const bytes = Buffer.from(data, 'base64');
    imageBytes = bytes.length;
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  fs.rmSync(file, { force: true });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { cpuMsPerImage: median(cpu), wallMsPerImage: median(wall), imageBytes };
}
