import type { FastifyInstance } from 'fastify';
import { HttpError } from '../api/errors.js';
import { createTask } from './create-task.js';
import { presentTask } from './present.js';
import { paramName } from '../contract/errors.js';
import { listQuerySchema } from '../contract/task.js';
import type { Store } from '../store/ports.js';
import type { TaskRecord } from '../domain/task.js';

export const TASKS_PATH = '/v1/ai/text-to-image/nano-banana-pro-flash';
export const GENERIC_TASKS_PATH = '/v1/ai/tasks';

export interface TaskRouteDeps {
  store: Store;
  publicUrl: string;
  now: () => number;
  /** The largest inline (data URI or base64) reference image, decoded. */
  maxReferenceBytes: number;
  /** Aborts a task this process is running (cancel). */
  abortRunning(taskId: string): void;
}

const isFinal = (t: TaskRecord) => t.status === 'COMPLETED' || t.status === 'FAILED';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_WAIT_S = 60;

/** `Prefer: wait=N` (RFC 7240) or `?wait=N`: hold the answer until the task ends, up to N seconds. */
function waitSeconds(prefer: unknown, query: unknown): number {
  const fromHeader = typeof prefer === 'string' ? /(?:^|[,;\s])wait=(\d+)/.exec(prefer)?.[1] : undefined;
  const raw = fromHeader ?? (typeof query === 'string' ? query : undefined);
  if (raw === undefined || !/^\d+$/.test(raw)) return 0;
  return Math.min(MAX_WAIT_S, Number(raw));
}

export async function registerTaskRoutes(app: FastifyInstance, deps: TaskRouteDeps): Promise<void> {
  const { store, publicUrl } = deps;

  /** Resolves with the task once it has ended, or as it is when `seconds` pass. */
  async function waitForEnd(task: TaskRecord, seconds: number): Promise<TaskRecord> {
    if (isFinal(task)) return task;
    return new Promise((resolve) => {
      const finish = (t: TaskRecord) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(t);
      };
      const unsubscribe = store.onTaskChanged((t) => {
        if (t.id === task.id && isFinal(t)) finish(t);
      });
      const timer = setTimeout(async () => finish((await store.getTask(task.id)) ?? task), seconds * 1000);
      // It may have ended between the read and the subscription.
      void store.getTask(task.id).then((t) => t && isFinal(t) && finish(t));
    });
  }

  app.post(TASKS_PATH, async (request, reply) => {
    const type = request.headers['content-type'];
    if (!type || !/^application\/(.+\+)?json\b/i.test(type)) {
      throw new HttpError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
    }
    if (request.body === undefined) {
      throw new HttpError('invalid_json', 'The request body is empty; send a JSON object such as {"prompt": "a red fox"}.');
    }
    const idem = request.headers['idempotency-key'];
    if (idem !== undefined && (typeof idem !== 'string' || idem.length < 1 || idem.length > 255)) {
      throw new HttpError('invalid_params', undefined, {
        invalid_params: [{ name: 'Idempotency-Key', reason: 'must be 1 to 255 characters' }],
      });
    }
    const outcome = await createTask(store, {
      keyId: request.apiKey.id,
      body: request.body,
      idempotencyKey: idem,
      now: deps.now(),
      maxInlineBytes: deps.maxReferenceBytes,
    });
    if (!outcome.ok) throw new HttpError('invalid_params', undefined, { invalid_params: outcome.invalidParams });
    if (!outcome.created) reply.header('idempotent-replayed', 'true');
    const wait = waitSeconds(request.headers.prefer, (request.query as Record<string, unknown>).wait);
    const task = wait ? await waitForEnd(outcome.task, wait) : outcome.task;
    return { data: presentTask(task, publicUrl) };
  });

  // The model-specific path, and the generic one that real Magnific clients poll whatever endpoint
  // made the task (docs/api.md, "Routes"): the same answer on both.
  for (const path of [`${TASKS_PATH}/:taskId`, `${GENERIC_TASKS_PATH}/:taskId`]) {
    app.get(path, async (request) => {
      const { taskId } = request.params as { taskId: string };
      if (!UUID.test(taskId)) throw new HttpError('not_found');
      const task = await store.getTask(taskId.toLowerCase(), request.apiKey.id);
      if (!task) throw new HttpError('not_found');
      const wait = waitSeconds(request.headers.prefer, (request.query as Record<string, unknown>).wait);
      return { data: presentTask(wait ? await waitForEnd(task, wait) : task, publicUrl) };
    });
  }

  /** `?task_id=`: the list envelope holding that one task of the caller's (and status), or none. */
  async function oneTaskPage(taskId: string, keyId: string, q: { page: number; status?: TaskRecord['status'] }) {
    const task = await store.getTask(taskId.toLowerCase(), keyId);
    const found = task && (!q.status || task.status === q.status) ? [task] : [];
    return { tasks: q.page === 1 ? found : [], total: found.length };
  }

  app.get(TASKS_PATH, async (request) => {
    const parsed = listQuerySchema.safeParse(request.query);
    if (!parsed.success) {
      throw new HttpError('invalid_params', undefined, {
        invalid_params: parsed.error.issues.map((i) => ({ name: paramName(i.path), reason: i.message })),
      });
    }
    const q = parsed.data;
    const { tasks, total } = q.task_id
      ? await oneTaskPage(q.task_id, request.apiKey.id, q)
      : await store.listTasks(request.apiKey.id, { page: q.page, perPage: q.per_page, status: q.status });
    return {
      data: tasks.map((t) => presentTask(t, publicUrl)),
      meta: { current_page: q.page, per_page: q.per_page, last_page: Math.max(1, Math.ceil(total / q.per_page)), total },
    };
  });

  // Extension: cancel a task that has not ended. It ends FAILED with error.code `cancelled`, so a
  // Magnific client still sees only the four statuses.
  app.post(`${TASKS_PATH}/:taskId/cancel`, async (request) => {
    const { taskId } = request.params as { taskId: string };
    if (!UUID.test(taskId)) throw new HttpError('not_found');
    const task = await store.getTask(taskId.toLowerCase(), request.apiKey.id);
    if (!task) throw new HttpError('not_found');
    if (task.status === 'COMPLETED' || task.status === 'FAILED') {
      throw new HttpError('conflict', `The task has already ended with status ${task.status}; only CREATED or IN_PROGRESS tasks can be cancelled.`);
    }
    const cancelled = await store.fail(task.id, deps.now(), { code: 'cancelled', message: 'The task was cancelled at the request of its API key.' });
    if (cancelled) deps.abortRunning(task.id);
    return { data: presentTask(cancelled ?? (await store.getTask(task.id))!, publicUrl) };
  });

  // Extension: live status as Server-Sent Events. Each status change sends `event: task` with the
  // task object; the stream ends after COMPLETED or FAILED. (Browsers read it with fetch, since
  // EventSource cannot send the key header.)
  app.get(`${TASKS_PATH}/:taskId/events`, async (request, reply) => {
    const { taskId } = request.params as { taskId: string };
    if (!UUID.test(taskId)) throw new HttpError('not_found');
    const task = await store.getTask(taskId.toLowerCase(), request.apiKey.id);
    if (!task) throw new HttpError('not_found');
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-request-id': request.id,
      'x-accel-buffering': 'no',
    });
    let lastStatus = '';
    const send = (t: TaskRecord) => {
      if (t.status === lastStatus) return;
      lastStatus = t.status;
      res.write(`event: task\nid: ${t.status}\ndata: ${JSON.stringify(presentTask(t, publicUrl))}\n\n`);
      if (isFinal(t)) close();
    };
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    const unsubscribe = store.onTaskChanged((t) => {
      if (t.id === task.id) send(t);
    });
    function close() {
      clearInterval(heartbeat);
      unsubscribe();
      res.end();
    }
    request.raw.on('close', close);
    send(task);
    // A change between the first read and the subscription is not missed.
    const fresh = await store.getTask(task.id);
    if (fresh && !res.writableEnded) send(fresh);
  });
}
