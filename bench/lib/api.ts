import { BENCH_KEY, TASKS_PATH } from './processes.js';

/** The task object fields the bench and drills read. */
export interface Task {
  task_id: string;
  status: 'CREATED' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  generated: string[];
  updated_at: string;
  images?: { url: string; bytes: number; mime_type: string }[];
  error?: { code: string; message: string };
  metrics?: { queue_ms: number; generation_ms: number; storage_ms: number; total_ms: number };
}

export interface Delivery {
  id: string;
  task_id: string;
  status: string;
  state: 'pending' | 'delivered' | 'exhausted';
  created_at: string;
  delivered_at: string | null;
  attempts: { attempt: number; at: string; status_code: number | null; error: string | null; duration_ms: number }[];
}

export const isFinal = (t: Pick<Task, 'status'>) => t.status === 'COMPLETED' || t.status === 'FAILED';

/** A minimal client over fetch for one server and key. */
export function apiClient(baseUrl: string, key = BENCH_KEY) {
  const headers = { 'x-magnific-api-key': key, 'content-type': 'application/json' };

  async function json<T>(res: Response): Promise<T> {
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${res.url}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  return {
    async create(body: Record<string, unknown>): Promise<Task> {
      const res = await fetch(`${baseUrl}${TASKS_PATH}`, { method: 'POST', headers, body: JSON.stringify(body) });
      return (await json<{ data: Task }>(res)).data;
    },
    async get(id: string): Promise<Task> {
      return (await json<{ data: Task }>(await fetch(`${baseUrl}${TASKS_PATH}/${id}`, { headers }))).data;
    },
    async list(query = ''): Promise<{ data: Task[]; meta: { total: number } }> {
      return json(await fetch(`${baseUrl}${TASKS_PATH}${query}`, { headers }));
    },
    async deliveries(taskId: string): Promise<Delivery[]> {
      const res = await fetch(`${baseUrl}/v1/webhooks/deliveries?task_id=${taskId}`, { headers });
      return (await json<{ data: Delivery[] }>(res)).data;
    },
    /** Polls every `everyMs` until the task is COMPLETED or FAILED; bounded by `timeoutMs`. */
    async waitFinal(id: string, opts: { everyMs?: number; timeoutMs?: number } = {}): Promise<{ task: Task; seenAt: number }> {
      const until = Date.now() + (opts.timeoutMs ?? 120_000);
      for (;;) {
        const task = await this.get(id);
        if (isFinal(task)) return { task, seenAt: Date.now() };
        if (Date.now() > until) throw new Error(`task ${id} still ${task.status} after ${opts.timeoutMs ?? 120_000} ms`);
        await new Promise((r) => setTimeout(r, opts.everyMs ?? 10));
      }
    },
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

/** Waits (bounded) until `check` returns a value other than undefined. */
export async function until<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string, everyMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
