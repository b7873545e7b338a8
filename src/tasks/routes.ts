import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError } from '../api/errors.js';
import { route } from '../api/route.js';
import { createTaskBodySchema, listQuerySchema, listResponseSchema, TASK_ID, taskResponseSchema } from '../contract/task.js';
import type { TaskRecord } from '../domain/task.js';
import type { Store } from '../store/ports.js';
import { createTask, validateCreateRequest, type CreateCheckOptions } from './create-task.js';
import { presentTask } from './present.js';
import { QueuePositions } from './queue-positions.js';
import { isFinal, MAX_WAIT_SECONDS, streamTaskEvents, waitForEnd, waitSeconds } from './watch.js';

export const TASKS_PATH = '/v1/ai/text-to-image/nano-banana-pro-flash';
export const GENERIC_TASKS_PATH = '/v1/ai/tasks';

export interface TaskRouteDeps {
  store: Store;
  publicUrl: string;
  now: () => number;
  /** The largest inline (data URI or base64) reference image, decoded. */
  maxReferenceBytes: number;
  /** The largest reference image in pixels, from its header. */
  maxReferencePixels?: number;
  /** Aborts a task this process is running (cancel). */
  abortRunning(taskId: string): void;
  /** Tasks in flight per key unless the key has its own cap (0: none). */
  defaultMaxInFlight: number;
  /** Request fields the engine's configured model cannot serve (per-model limits). */
  checkParams?: CreateCheckOptions['checkParams'];
}

const taskParams = z.object({
  taskId: z.string().regex(TASK_ID).meta({ format: 'uuid' }).describe('The task_id from the create response.'),
});

// `Prefer: wait` and `?wait` are read leniently (an unreadable value means no wait), as RFC 7240 asks of preferences.
const waitHeaders = z.object({
  prefer: z
    .unknown()
    .optional()
    .meta({ type: 'string', examples: ['wait=30'] })
    .describe(`Extension: \`wait=N\` (RFC 7240) holds the answer until the task has ended or N seconds (at most ${MAX_WAIT_SECONDS}) have passed.`),
});
const waitQuery = z.object({
  wait: z
    .unknown()
    .optional()
    .meta({ type: 'integer', minimum: 0, maximum: MAX_WAIT_SECONDS })
    .describe('Extension: the same as `Prefer: wait=N`, for clients that cannot set headers.'),
});

const idempotencyKey = z
  .string({ error: 'must be 1 to 255 characters' })
  .min(1, 'must be 1 to 255 characters')
  .max(255, 'must be 1 to 255 characters')
  .optional()
  .describe(
    'Extension: 1 to 255 characters. The same key from the same API key with the same body returns the first task instead of creating another; with another body it answers 409 `idempotency_key_reused`.',
  );

const oneTask = (description: string) => ({ 200: { description, schema: taskResponseSchema } });

export async function registerTaskRoutes(app: FastifyInstance, deps: TaskRouteDeps): Promise<void> {
  const { store, publicUrl } = deps;
  // A CREATED task carries its place in the queue, read from the store at each answer (docs/api.md, "Queue position and stage").
  // Places asked for together, and those of the queued tasks whose event streams are open, are read by one query.
  const positions = new QueuePositions(store);
  const present = async (task: TaskRecord, ahead?: number) =>
    presentTask(task, publicUrl, task.status !== 'CREATED' ? null : (ahead ?? (await positions.placeOf(task.id))));

  /** A page of tasks, the places of its queued ones read in one query. */
  async function presentPage(tasks: TaskRecord[]) {
    const queued = tasks.filter((t) => t.status === 'CREATED').map((t) => t.id);
    const places = queued.length ? await store.queuePositions(queued) : new Map<string, number>();
    return tasks.map((t) => presentTask(t, publicUrl, places.get(t.id) ?? null));
  }

  /** The caller's task with this id; another key's task is as unknown as a missing one (404). */
  async function loadOwnTask(taskId: string, keyId: string): Promise<TaskRecord> {
    const task = await store.getTask(taskId.toLowerCase(), keyId);
    if (!task) throw new HttpError('not_found');
    return task;
  }

  route(
    app,
    {
      method: 'POST',
      url: TASKS_PATH,
      operationId: 'createImageTask',
      summary: 'Create an image generation task',
      description:
        'Stores the task durably and answers at once with status CREATED (or IN_PROGRESS) and `generated: []`. Every invalid field is reported in one 400. ' +
        'Poll the task, long-poll it with `Prefer: wait=N`, or give a `webhook_url`.',
      tag: 'Images',
      authenticated: true,
      extension: false,
      headers: waitHeaders.extend({ 'idempotency-key': idempotencyKey }),
      query: waitQuery,
      body: {
        schema: createTaskBodySchema,
        parse: (raw) => validateCreateRequest(raw, { maxInlineBytes: deps.maxReferenceBytes, maxPixels: deps.maxReferencePixels, checkParams: deps.checkParams }),
      },
      responses: {
        200: {
          description: 'The task, as stored.',
          schema: taskResponseSchema,
          headers: { 'idempotent-replayed': { description: '`true` when an earlier task with the same Idempotency-Key was returned.', schema: { type: 'string', enum: ['true'] } } },
        },
      },
      errors: ['invalid_params', 'invalid_json', 'forbidden_json_key', 'payload_too_large', 'unsupported_media_type', 'idempotency_key_reused', 'too_many_tasks'],
    },
    async ({ headers, query, body }, request, reply) => {
      const outcome = await createTask(store, {
        keyId: request.apiKey.id,
        request: body,
        idempotencyKey: headers['idempotency-key'],
        now: deps.now(),
        maxInFlight: request.apiKey.limits.maxInFlight ?? deps.defaultMaxInFlight,
      });
      if (!outcome.created) reply.header('idempotent-replayed', 'true');
      const wait = waitSeconds(headers.prefer, query.wait);
      return { data: await present(wait ? await waitForEnd(store, outcome.task, wait * 1000) : outcome.task) };
    },
  );

  // The model-specific path, and the generic one that real Magnific clients poll whatever endpoint
  // made the task (docs/api.md, "Get and list"): the same answer on both.
  const getters = [
    { url: `${TASKS_PATH}/:taskId`, operationId: 'getImageTask', summary: 'Get one task' },
    { url: `${GENERIC_TASKS_PATH}/:taskId`, operationId: 'getTask', summary: 'Get one task by the generic path' },
  ];
  for (const getter of getters) {
    route(
      app,
      {
        method: 'GET',
        ...getter,
        description: "Another key's task answers 404, exactly as an unknown id does.",
        tag: 'Images',
        authenticated: true,
        extension: false,
        params: taskParams,
        headers: waitHeaders,
        query: waitQuery,
        responses: oneTask('The task.'),
        errors: ['not_found'],
      },
      async ({ params, headers, query }, request) => {
        const task = await loadOwnTask(params.taskId, request.apiKey.id);
        const wait = waitSeconds(headers.prefer, query.wait);
        return { data: await present(wait ? await waitForEnd(store, task, wait * 1000) : task) };
      },
    );
  }

  /** `?task_id=`: the list envelope holding that one task of the caller's (and status), or none. */
  async function oneTaskPage(taskId: string, keyId: string, q: { page: number; status?: TaskRecord['status'] }) {
    const task = await store.getTask(taskId.toLowerCase(), keyId);
    const found = task && (!q.status || task.status === q.status) ? [task] : [];
    return { tasks: q.page === 1 ? found : [], total: found.length };
  }

  route(
    app,
    {
      method: 'GET',
      url: TASKS_PATH,
      operationId: 'listImageTasks',
      summary: "List the caller's tasks, newest first",
      tag: 'Images',
      authenticated: true,
      extension: false,
      query: listQuerySchema,
      responses: { 200: { description: 'One page of tasks and the pagination meta.', schema: listResponseSchema } },
      errors: ['invalid_params'],
    },
    async ({ query: q }, request) => {
      const { tasks, total } = q.task_id
        ? await oneTaskPage(q.task_id, request.apiKey.id, q)
        : await store.listTasks(request.apiKey.id, { page: q.page, perPage: q.per_page, status: q.status });
      return {
        data: await presentPage(tasks),
        meta: { current_page: q.page, per_page: q.per_page, last_page: Math.max(1, Math.ceil(total / q.per_page)), total },
      };
    },
  );

  route(
    app,
    {
      method: 'POST',
      url: `${TASKS_PATH}/:taskId/cancel`,
      operationId: 'cancelImageTask',
      summary: 'Cancel a task that has not ended',
      description:
        'The task ends FAILED with `error_code` `cancelled`, so a Magnific client still sees only the four statuses. A task that has already ended answers 409.',
      tag: 'Images',
      authenticated: true,
      extension: true,
      params: taskParams,
      responses: oneTask('The cancelled task.'),
      errors: ['not_found', 'conflict'],
    },
    async ({ params }, request) => {
      const task = await loadOwnTask(params.taskId, request.apiKey.id);
      if (isFinal(task)) {
        throw new HttpError('conflict', `The task has already ended with status ${task.status}; only CREATED or IN_PROGRESS tasks can be cancelled.`);
      }
      const cancelled = await store.fail(task.id, deps.now(), { code: 'cancelled', message: 'The task was cancelled at the request of its API key.' });
      if (cancelled) deps.abortRunning(task.id);
      return { data: await present(cancelled ?? (await store.getTask(task.id))!) };
    },
  );

  route(
    app,
    {
      method: 'GET',
      url: `${TASKS_PATH}/:taskId/events`,
      operationId: 'streamImageTaskEvents',
      summary: "Follow a task's status as Server-Sent Events",
      description:
        'Each change of the status, `queue_position` or `stage` sends `event: task` whose `data` is the task object (the first event is the task as it is); the stream ends after COMPLETED or FAILED. ' +
        'Comments (`: keep-alive`) keep idle connections open. Browsers read it with fetch, since EventSource cannot send the key header.',
      tag: 'Images',
      authenticated: true,
      extension: true,
      params: taskParams,
      responses: {
        200: {
          description: 'A `text/event-stream` of `event: task` messages, each `data` a Task.',
          content: { 'text/event-stream': { schema: { type: 'string', description: 'Server-Sent Events; each `data` line is a Task as JSON.' } } },
        },
      },
      errors: ['not_found'],
    },
    async ({ params }, request, reply) => {
      const task = await loadOwnTask(params.taskId, request.apiKey.id);
      reply.hijack();
      reply.raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-request-id': request.id,
        'x-accel-buffering': 'no',
      });
      streamTaskEvents(store, task, reply.raw, { present, positions, onClose: (close) => request.raw.on('close', close) });
    },
  );
}
