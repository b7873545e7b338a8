import path from 'node:path';
import autocannon from 'autocannon';
import { apiClient } from './lib/api.js';
import { BENCH_KEY, inTempDir, readCpuMs, startBaseline, startBananastand, TASKS_PATH } from './lib/processes.js';
import { printTable, writeResult } from './lib/report.js';

/**
 * Create and GET throughput and latency of the API (worker paused, so only the HTTP path, the
 * validation and the SQLite write are measured), each beside a bare fastify route answering a fixed
 * JSON body in its own process on the same machine, measured in the same run.
 */

export interface HttpBenchOptions {
  connections: number;
  durationS: number;
  warmupS: number;
  /** BANANASTAND_LOG_LEVEL of the server under test (the default, info, logs every request). */
  logLevel: string;
}

interface Measure {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU time the server process spent per answered request. */
  serverCpuUsPerReq: number;
}

/** GET and create must keep at least these shares of the bare routes' req/s, measured in the same run. */
const GET_FLOOR = 0.25;
const CREATE_FLOOR = 0.2;
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

const CREATE_BODY = JSON.stringify({ prompt: 'a red fox in a snowy forest at dawn', aspect_ratio: '16:9', resolution: '1K' });

async function measure(name: string, pid: number, opts: autocannon.Options & { warmupS: number }): Promise<Measure> {
  if (opts.warmupS > 0) await autocannon({ ...opts, duration: opts.warmupS });
  const cpu0 = readCpuMs(pid);
  const r = await autocannon(opts);
  const cpuMs = readCpuMs(pid) - cpu0;
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    serverCpuUsPerReq: (cpuMs * 1000) / Math.max(1, r.requests.total),
  };
}

export async function httpBench(opts: HttpBenchOptions) {
  return inTempDir('bananastand-bench-http-', (dir) => runHttpBench(dir, opts));
}

async function runHttpBench(dir: string, opts: HttpBenchOptions) {
  const baseline = await startBaseline(dir);
  const server = await startBananastand({
    dataDir: path.join(dir, 'data'),
    // The worker is paused, so every create stays in flight: the bench key gets no in-flight cap (429 too_many_tasks past 500).
    env: { BANANASTAND_WORKER: 'paused', BANANASTAND_LOG_LEVEL: opts.logLevel, BANANASTAND_KEY_MAX_IN_FLIGHT: '0' },
  });
  try {
    const common = { connections: opts.connections, duration: opts.durationS, warmupS: opts.warmupS };
    const headers = { 'x-magnific-api-key': BENCH_KEY, 'content-type': 'application/json' };
    const task = await apiClient(server.url).create(JSON.parse(CREATE_BODY));

    const baseGet = await measure('baseline GET (fixed JSON)', baseline.pid, { ...common, url: `${baseline.url}/fixed` });
    const get = await measure('GET task', server.pid, { ...common, url: `${server.url}${TASKS_PATH}/${task.task_id}`, headers });
    const basePost = await measure('baseline POST (JSON body parsed)', baseline.pid, {
      ...common,
      url: `${baseline.url}/fixed`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: CREATE_BODY,
    });
    const create = await measure('POST create (worker paused)', server.pid, {
      ...common,
      url: `${server.url}${TASKS_PATH}`,
      method: 'POST',
      headers,
      body: CREATE_BODY,
    });

    const rows = [baseGet, get, basePost, create].map((m) => ({
      case: m.name,
      'req/s': m.rps,
      'p50 ms': m.p50,
      'p99 ms': m.p99,
      'max ms': m.max,
      non2xx: m.non2xx,
      errors: m.errors,
      'server CPU µs/req': m.serverCpuUsPerReq,
    }));
    const ratios = {
      get_vs_baseline_get: get.rps / baseGet.rps,
      create_vs_baseline_get: create.rps / baseGet.rps,
      create_vs_baseline_post: create.rps / basePost.rps,
    };
    // The floors (docs/benchmarks.md, "Goals"): below them a change has cost the HTTP path too much.
    const floors = {
      'GET >= 25% of the bare GET route': ratios.get_vs_baseline_get >= GET_FLOOR,
      'create >= 20% of the bare POST route': ratios.create_vs_baseline_post >= CREATE_FLOOR,
    };
    const goals = {
      ...floors,
      'create p99 < 25 ms': create.p99 < 25,
      'GET p99 < 25 ms': get.p99 < 25,
      'no errors, no non-2xx': [get, create].every((m) => m.errors === 0 && m.non2xx === 0),
    };
    printTable(`HTTP (${opts.connections} connections, ${opts.durationS} s each, log level ${opts.logLevel})`, rows);
    printTable('ratios', Object.entries(ratios).map(([k, v]) => ({ ratio: k, value: pct(v) })));
    printTable('goals', Object.entries(goals).map(([goal, met]) => ({ goal, met: met ? 'yes' : 'NO' })));
    const file = writeResult(`http-${opts.logLevel}`, { options: opts, results: [baseGet, get, basePost, create], ratios, goals });
    console.log(`wrote ${file}`);
    const below = Object.entries(floors).filter(([, met]) => !met);
    if (below.length) {
      // Loud, and a non-zero exit once every benchmark asked for has run.
      console.error(`\nHTTP BENCH FAILED: ${below.map(([floor]) => floor).join('; ')} (GET ${pct(ratios.get_vs_baseline_get)}, create ${pct(ratios.create_vs_baseline_post)})`);
      process.exitCode = 1;
    }
    return { results: { baseGet, get, basePost, create }, ratios, goals };
  } finally {
    await server.stop();
    await baseline.stop();
  }
}
