// Following a task until it ends: the live event stream (`GET …/{id}/events`, Server-Sent Events
// read with fetch, since EventSource cannot send the key header), and long polls with
// `Prefer: wait` when the stream is not there or breaks.

import { ApiError, TASKS, api, apiHeaders, checked, isFinal } from './lib.js';

/** Reads `event:`/`data:` blocks from an SSE body; each task object in a `data:` goes to onTask. */
async function readStream(body, onTask) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return last;
    buffer += value.replace(/\r\n/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
      if (!data) continue;
      let task;
      try {
        task = JSON.parse(data);
      } catch {
        continue;
      }
      task = task?.data ?? task;
      if (task?.task_id) {
        last = task;
        onTask(task);
      }
    }
  }
}

/** Long polls until the task ends. Short waits while it is queued notice IN_PROGRESS soon. */
async function poll(task, signal, onTask, onTrouble) {
  let queuedWait = 1;
  let failures = 0;
  while (!isFinal(task) && !signal.aborted) {
    const wait = task.status === 'CREATED' ? queuedWait : 30;
    queuedWait = Math.min(5, queuedWait * 2);
    try {
      task = (await api('GET', `${TASKS}/${task.task_id}`, { wait, signal })).data;
      failures = 0;
      onTrouble(null);
      onTask(task);
    } catch (err) {
      if (signal.aborted) return task;
      onTrouble(err);
      if (err.status && err.status < 500 && err.status !== 429) return task;
      failures++;
      await new Promise((r) => setTimeout(r, Math.min(10_000, 1000 * 2 ** failures)));
    }
  }
  return task;
}

/**
 * Calls onTask with every state of the task until it is COMPLETED or FAILED: each event of the
 * stream (queue position, stage, status), or, without a stream, each long poll's answer.
 */
export async function follow(task, { signal, onTask, onTrouble }) {
  try {
    const res = await checked(fetch(`${TASKS}/${task.task_id}/events`, { headers: apiHeaders({ accept: 'text/event-stream' }), signal }), signal);
    if (!res.headers.get('content-type')?.startsWith('text/event-stream')) throw new ApiError(res.status, { message: 'no event stream' });
    task = (await readStream(res.body, (t) => !signal.aborted && onTask(t))) ?? task;
  } catch (err) {
    if (signal.aborted) return task;
    // No stream (an older server, a proxy that drops it): long polls do the same job, and
    // report a 401 or 404 in the server's words.
  }
  return isFinal(task) ? task : poll(task, signal, onTask, onTrouble);
}
