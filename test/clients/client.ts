import { KEY_A, startRuntime, TASKS } from '../helpers/runtime.js';

/**
 * What a client written for Magnific does, by plain HTTP on loopback: a base URL, a key header,
 * JSON in and out. Nothing here knows the server's internals.
 */
export type Served = Awaited<ReturnType<typeof startRuntime>>;

export async function startServed(env: Record<string, string> = {}): Promise<Served> {
  // Polling clients send many GETs; the rate limit is not what these tests are about.
  return startRuntime({ BANANASTAND_RATE_LIMIT: '100000', ...env }, { listen: true });
}

export async function call(
  served: Served,
  method: string,
  path: string,
  options: { key?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== null) headers['x-magnific-api-key'] = options.key ?? KEY_A;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${served.baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body, headers: res.headers };
}

export async function create(served: Served, body: object, key?: string): Promise<any> {
  const res = await call(served, 'POST', TASKS, { body, key });
  if (res.status !== 200) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** Polls the model-specific GET, as most clients do, until the task ends. */
export async function poll(served: Served, taskId: string, path = `${TASKS}/${taskId}`, key?: string): Promise<any> {
  const until = Date.now() + 20_000;
  for (;;) {
    const res = await call(served, 'GET', path, { key });
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    const task = res.body.data;
    if (task.status === 'COMPLETED' || task.status === 'FAILED') return task;
    if (Date.now() > until) throw new Error(`task ${taskId} still ${task.status}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** Fetches a `generated` URL (no key: a capability URL) from where the test server listens. */
export async function download(served: Served, url: string): Promise<Buffer> {
  const u = new URL(url);
  const res = await fetch(`${served.baseUrl}${u.pathname}`);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
