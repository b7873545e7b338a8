// Shared pieces of the playground: element building, the API client, error boxes, toasts.

export const TASKS = '/v1/ai/text-to-image/nano-banana-pro-flash';
export const $ = (id) => document.getElementById(id);

/** Builds an element: h('div', { class: 'x' }, 'text', child, …). Strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** What every module reads: the key, the task on show. */
export const state = {
  key: localStorage.getItem('bananastand.apiKey') ?? '',
  current: null,
};

export class ApiError extends Error {
  constructor(status, body, requestId) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code;
    this.invalidParams = body?.invalid_params ?? [];
    this.requestId = requestId;
  }
}

/** The headers of an API request with the user's key. */
export function apiHeaders(extra = {}) {
  const headers = { accept: 'application/json', ...extra };
  if (state.key) headers['x-magnific-api-key'] = state.key;
  return headers;
}

/** Turns a fetch failure or a non-2xx answer into an ApiError with the server's words. */
export async function checked(responsePromise, signal) {
  let res;
  try {
    res = await responsePromise;
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, { message: `Could not reach the server (${err.message}). Is it running?` });
  }
  if (res.ok) return res;
  let json;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  const e = new ApiError(res.status, json, res.headers.get('x-request-id'));
  if (res.status === 429) e.retryAfter = Number(res.headers.get('retry-after')) || undefined;
  throw e;
}

export async function api(method, path, { body, wait, signal, headers = {} } = {}) {
  const extra = { ...headers };
  if (body !== undefined) extra['content-type'] = 'application/json';
  if (wait) extra.prefer = `wait=${wait}`;
  const res = await checked(fetch(path, { method, headers: apiHeaders(extra), body: body === undefined ? undefined : JSON.stringify(body), signal }), signal);
  return res.json();
}

/** An error box: the API's message, each invalid parameter, and what to do next. */
export function showError(box, err, { onSetKey } = {}) {
  const items = [h('b', {}, err.message)];
  if (err.invalidParams?.length) {
    items.push(h('ul', {}, err.invalidParams.map((p) => h('li', {}, h('code', {}, p.name), ' ', p.reason))));
  }
  if (err.status === 401 && onSetKey) items.push(h('div', {}, h('button', { class: 'btn btn-small', type: 'button', onclick: onSetKey, style: 'margin-top:8px' }, 'Set API key')));
  if (err.status === 429 && err.retryAfter) items.push(h('div', {}, `Try again in ${err.retryAfter} s.`));
  if (err.requestId && err.status >= 500) items.push(h('div', { class: 'mono' }, `request id ${err.requestId}`));
  box.replaceChildren(...items);
  box.hidden = false;
}

/** A random Idempotency-Key (crypto.randomUUID exists only on https and localhost pages). */
export function randomKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function toast(text) {
  const t = $('toast');
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (t.hidden = true), 2200);
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Not a secure context (plain http on a LAN address): the old way still works.
    const area = h('textarea', { style: 'position:fixed;opacity:0' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  toast('Copied');
}

export const isFinal = (t) => t.status === 'COMPLETED' || t.status === 'FAILED';
export const seconds = (ms) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);
export const ratioValue = (r) => {
  const [w, hh] = String(r).split(':').map(Number);
  return w && hh ? w / hh : 1;
};

/** What the server says about a waiting task: its place in the queue, or the stage it is at. */
export function progressText(t) {
  if (t.status === 'CREATED') {
    if (typeof t.queue_position !== 'number') return 'Waiting in the queue';
    return t.queue_position <= 1 ? 'Next in the queue' : `#${t.queue_position} in the queue`;
  }
  if (t.status === 'IN_PROGRESS') {
    const stages = { fetching_references: 'Fetching references', generating: 'Generating', storing: 'Storing the image' };
    return t.stage ? (stages[t.stage] ?? t.stage.replace(/_/g, ' ')) : 'Generating';
  }
  return '';
}

/**
 * The settings of the tasks made in this browser, by task id: the API's task object may not
 * carry the prompt, and the gallery shows it and reruns it. At most 300 are kept.
 */
const MEMORY = 'bananastand.tasks';
export function remember(taskId, settings) {
  let all;
  try {
    all = JSON.parse(localStorage.getItem(MEMORY) ?? '{}');
  } catch {
    all = {};
  }
  all[taskId] = settings;
  const ids = Object.keys(all);
  for (const id of ids.slice(0, Math.max(0, ids.length - 300))) delete all[id];
  try {
    localStorage.setItem(MEMORY, JSON.stringify(all));
  } catch {
    // storage full or refused: the gallery then shows what the API returns
  }
}
export function recall(taskId) {
  try {
    return JSON.parse(localStorage.getItem(MEMORY) ?? '{}')[taskId];
  } catch {
    return undefined;
  }
}

/** A task's settings: the API's own fields first, then what this browser remembers of it. */
export function settingsOf(t) {
  const mem = recall(t.task_id) ?? {};
  return {
    prompt: t.prompt ?? mem.prompt,
    aspect_ratio: t.aspect_ratio ?? mem.aspect_ratio,
    resolution: t.resolution ?? mem.resolution,
    seed: t.seed ?? mem.seed,
    use_google_search_tool: t.use_google_search_tool ?? mem.use_google_search_tool,
    webhook_url: t.webhook_url ?? mem.webhook_url,
    reference_images: t.reference_images ?? mem.reference_images,
  };
}
