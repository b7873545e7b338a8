// The bananastand playground: one page, no framework. It speaks the public API only, exactly as any
// client would (x-magnific-api-key, Prefer: wait long polls), so what works here works everywhere.

const TASKS = '/v1/ai/text-to-image/nano-banana-pro-flash';
const KEY_STORAGE = 'bananastand.apiKey';
const PER_PAGE = 24;
const $ = (id) => document.getElementById(id);

/** Builds an element: h('div', { class: 'x' }, 'text', child, …). Strings become text nodes. */
function h(tag, attrs = {}, ...children) {
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

const state = {
  key: localStorage.getItem(KEY_STORAGE) ?? '',
  ratio: '1:1',
  resolution: '1K',
  refs: [],
  current: null,
  follow: null,
  page: 1,
  lastPage: 1,
  ticker: 0,
};

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, body, requestId) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code;
    this.invalidParams = body?.invalid_params ?? [];
    this.requestId = requestId;
  }
}

async function api(method, path, { body, wait, signal, headers = {} } = {}) {
  const h = { accept: 'application/json', ...headers };
  if (state.key) h['x-magnific-api-key'] = state.key;
  if (body !== undefined) h['content-type'] = 'application/json';
  if (wait) h.prefer = `wait=${wait}`;
  let res;
  try {
    res = await fetch(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, { message: `Could not reach the server (${err.message}). Is it running?` });
  }
  let json;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const e = new ApiError(res.status, json, res.headers.get('x-request-id'));
    if (res.status === 429) e.retryAfter = Number(res.headers.get('retry-after')) || undefined;
    throw e;
  }
  return json;
}

/** An error box: the API's message, each invalid parameter, and what to do next. */
function showError(box, err) {
  const items = [h('b', {}, err.message)];
  if (err.invalidParams?.length) {
    items.push(h('ul', {}, err.invalidParams.map((p) => h('li', {}, h('code', {}, p.name), ' ', p.reason))));
  }
  if (err.status === 401) items.push(h('div', {}, h('button', { class: 'btn btn-small', type: 'button', onclick: openKeyDialog, style: 'margin-top:8px' }, 'Set API key')));
  if (err.status === 429 && err.retryAfter) items.push(h('div', {}, `Try again in ${err.retryAfter} s.`));
  if (err.requestId && err.status >= 500) items.push(h('div', { class: 'mono' }, `request id ${err.requestId}`));
  box.replaceChildren(...items);
  box.hidden = false;
}

/** A random Idempotency-Key (crypto.randomUUID exists only on https and localhost pages). */
function randomKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function toast(text) {
  const t = $('toast');
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (t.hidden = true), 2200);
}

// ---------------------------------------------------------------- API key

function renderKeyButton() {
  $('key-button').textContent = state.key ? `Key ••••${state.key.slice(-4)}` : 'Set API key';
  $('key-button').classList.toggle('btn-primary', !state.key);
}
function openKeyDialog() {
  $('key-input').value = state.key;
  $('key-dialog').showModal();
  $('key-input').focus();
}
$('key-button').addEventListener('click', openKeyDialog);
$('key-close').addEventListener('click', () => $('key-dialog').close());
$('key-forget').addEventListener('click', () => {
  state.key = '';
  localStorage.removeItem(KEY_STORAGE);
  renderKeyButton();
  $('key-dialog').close();
  loadGallery();
});
$('key-form').addEventListener('submit', () => {
  state.key = $('key-input').value.trim();
  if (state.key) localStorage.setItem(KEY_STORAGE, state.key);
  else localStorage.removeItem(KEY_STORAGE);
  renderKeyButton();
  loadGallery();
});

// ---------------------------------------------------------------- composer

const ratioValue = (r) => {
  const [w, h] = String(r).split(':').map(Number);
  return w && h ? w / h : 1;
};

function renderChoices(ratios, resolutions) {
  $('ratios').replaceChildren(...ratios.map((r) => {
    const v = ratioValue(r);
    const w = v >= 1 ? 26 : Math.max(5, 26 * v);
    const hh = v >= 1 ? Math.max(4, 26 / v) : 26;
    return h('button', { type: 'button', role: 'radio', class: 'ratio', 'data-value': r, 'aria-checked': String(r === state.ratio), title: r, onclick: () => pick('ratios', r) },
      h('span', { class: 'shape', style: `width:${w.toFixed(1)}px;height:${hh.toFixed(1)}px` }), r);
  }));
  $('resolutions').replaceChildren(...resolutions.map((r) =>
    h('button', { type: 'button', role: 'radio', 'data-value': r, 'aria-checked': String(r === state.resolution), onclick: () => pick('resolutions', r) }, r)));
}
function pick(group, value) {
  if (group === 'ratios') state.ratio = value;
  else state.resolution = value;
  for (const b of $(group).children) b.setAttribute('aria-checked', String(b.dataset.value === value));
}

/** The choices come from the server's own OpenAPI document, so they never drift from what it accepts. */
async function loadChoices() {
  let ratios = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9', '1:4', '4:1', '1:8', '8:1'];
  let resolutions = ['512', '1K', '2K', '4K'];
  try {
    const doc = await (await fetch('/openapi.json')).json();
    const props = doc.components.schemas.CreateTaskBody.properties;
    const enumOf = (p) => (p.anyOf ?? [p]).find((x) => x.enum)?.enum;
    ratios = enumOf(props.aspect_ratio) ?? ratios;
    resolutions = (enumOf(props.resolution) ?? resolutions).filter((r) => /^\d/.test(r));
  } catch {
    // the defaults above match the spec's table
  }
  renderChoices(ratios, resolutions);
}

const codePoints = (s) => [...s].length;
$('prompt').addEventListener('input', () => {
  const n = codePoints($('prompt').value);
  $('prompt-count').textContent = `${n} / 3000`;
  $('prompt-count').classList.toggle('over', n > 3000);
});
$('prompt').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) $('composer').requestSubmit();
});

$('seed-dice').addEventListener('click', () => {
  $('seed').value = String(crypto.getRandomValues(new Uint32Array(1))[0]);
});

function renderRefs() {
  $('ref-count').textContent = `${state.refs.length} / 14`;
  $('refs').replaceChildren(...state.refs.map((ref, i) =>
    h('div', { class: 'ref' },
      h('img', { src: ref.image, alt: '' }),
      h('div', {},
        h('div', { class: 'ref-name', title: ref.name }, ref.name),
        h('input', { class: 'input', placeholder: 'What is it for? (optional)', value: ref.text, maxlength: 1000, oninput: (e) => (ref.text = e.target.value) })),
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': `Remove ${ref.name}`, onclick: () => { state.refs.splice(i, 1); renderRefs(); } }, '✕'))));
}
$('ref-file').addEventListener('change', async (e) => {
  for (const file of e.target.files) {
    const image = await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    state.refs.push({ image, name: file.name, text: '' });
  }
  e.target.value = '';
  renderRefs();
});
function addRefUrl() {
  const url = $('ref-url').value.trim();
  if (!url) return;
  state.refs.push({ image: url, name: url, text: '' });
  $('ref-url').value = '';
  renderRefs();
}
$('ref-url-add').addEventListener('click', addRefUrl);
$('ref-url').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    addRefUrl();
  }
});

$('composer').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('form-error').hidden = true;
  if (!state.key) return openKeyDialog();
  const body = { prompt: $('prompt').value, aspect_ratio: state.ratio, resolution: state.resolution };
  if (state.refs.length) body.reference_images = state.refs.map((r) => (r.text.trim() ? { image: r.image, text: r.text.trim() } : { image: r.image }));
  if ($('search').checked) body.use_google_search_tool = true;
  const seed = $('seed').value.trim();
  if (seed !== '') body.seed = Number(seed);
  const button = $('create');
  button.disabled = true;
  button.textContent = 'Creating…';
  try {
    const { data } = await api('POST', TASKS, { body, headers: { 'idempotency-key': randomKey() } });
    openTask(data);
    loadGallery(1);
  } catch (err) {
    showError($('form-error'), err);
  } finally {
    button.disabled = false;
    button.textContent = 'Create image';
  }
});

// ---------------------------------------------------------------- the current task

const isFinal = (t) => t.status === 'COMPLETED' || t.status === 'FAILED';
const seconds = (ms) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** Shows a task and, until it ends, follows it with long polls. */
function openTask(task) {
  state.follow?.abort();
  const controller = new AbortController();
  state.follow = controller;
  if (location.hash !== `#task=${task.task_id}`) history.replaceState(null, '', `#task=${task.task_id}`);
  renderTask(task);
  markCurrentTile();
  if (!isFinal(task)) follow(task, controller.signal);
}

async function follow(task, signal) {
  let queuedWait = 1;
  let failures = 0;
  while (!isFinal(task) && !signal.aborted) {
    // Short waits while queued notice IN_PROGRESS soon; the server's wait ends only when the task does.
    const wait = task.status === 'CREATED' ? queuedWait : 30;
    queuedWait = Math.min(10, queuedWait * 2);
    try {
      task = (await api('GET', `${TASKS}/${task.task_id}`, { wait, signal })).data;
      failures = 0;
      if (!signal.aborted) renderTask(task);
    } catch (err) {
      if (signal.aborted) return;
      if (err.status && err.status < 500 && err.status !== 429) return showError($('task-error'), err);
      failures++;
      showError($('task-error'), err);
      await new Promise((r) => setTimeout(r, Math.min(10_000, 1000 * 2 ** failures)));
      $('task-error').hidden = true;
    }
  }
  if (!signal.aborted) loadGallery();
}

function tick() {
  const t = state.current;
  if (!t) return;
  if (isFinal(t)) {
    $('status-time').textContent = t.metrics ? `in ${seconds(t.metrics.total_ms)}` : '';
  } else {
    $('status-time').textContent = seconds(Math.max(0, Date.now() - Date.parse(t.created_at)));
  }
}

function renderTask(t) {
  const previous = state.current;
  state.current = t;
  $('result-empty').hidden = true;
  $('result-body').hidden = false;
  const pill = $('status-pill');
  pill.textContent = t.status.replace('_', ' ');
  pill.className = `pill ${t.status.toLowerCase()}`;
  $('task-id').textContent = t.task_id;
  clearInterval(state.ticker);
  tick();
  if (!isFinal(t)) state.ticker = setInterval(tick, 100);

  const image = t.images?.[0];
  const url = image?.url ?? t.generated?.[0];
  const frame = $('frame');
  const img = $('image');
  $('stage').hidden = t.status === 'FAILED';
  // The frame has the image's true shape from the start: the ratio asked for while waiting, the
  // image's own width and height once it exists.
  const ar = image ? image.width / image.height : ratioValue(t.aspect_ratio ?? '1:1');
  frame.style.setProperty('--ar', String(ar));
  if (url) {
    if (img.getAttribute('src') !== url) {
      img.classList.remove('loaded');
      $('shimmer').hidden = false;
      img.onload = () => {
        img.classList.add('loaded');
        $('shimmer').hidden = true;
      };
      img.src = url;
      img.alt = `Generated image, ${image ? `${image.width}×${image.height}` : t.aspect_ratio}`;
    }
  } else {
    img.removeAttribute('src');
    img.classList.remove('loaded');
    $('shimmer').hidden = t.status === 'FAILED';
  }

  const err = $('task-error');
  if (t.status === 'FAILED' && t.error) {
    err.replaceChildren(h('b', {}, t.error.message), h('div', { class: 'mono' }, t.error.code));
    err.hidden = false;
  } else if (previous?.task_id !== t.task_id) {
    err.hidden = true;
  }

  $('actions').hidden = !url && isFinal(t);
  for (const id of ['download', 'copy-url', 'open']) $(id).hidden = !url;
  $('open').href = url ?? '#';
  $('cancel').hidden = isFinal(t);

  const facts = [];
  if (image) facts.push(['Size', `${image.width} × ${image.height}`]);
  if (t.aspect_ratio) facts.push(['Aspect ratio', t.aspect_ratio]);
  if (t.resolution) facts.push(['Resolution', t.resolution]);
  if (t.seed !== undefined) facts.push(['Seed', String(t.seed)]);
  if (t.engine) facts.push(['Engine', t.model ? `${t.engine} · ${t.model}` : t.engine]);
  if (t.metrics) facts.push(['Time', `${seconds(t.metrics.total_ms)} (queue ${seconds(t.metrics.queue_ms)})`]);
  if (image) facts.push(['File', `${image.mime_type.replace('image/', '').toUpperCase()} · ${(image.bytes / 1024).toFixed(0)} KiB`]);
  if (t.usage?.estimated_cost_usd !== undefined) facts.push(['Est. cost', `$${t.usage.estimated_cost_usd.toFixed(4)}`]);
  if (t.expires_at) facts.push(['Expires', new Date(t.expires_at).toLocaleDateString()]);
  $('facts').replaceChildren(...facts.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));

  $('engine-text').hidden = !t.text;
  $('engine-text').textContent = t.text ?? '';
  renderGrounding(t.grounding);
}

function renderGrounding(g) {
  const box = $('grounding');
  box.hidden = !g;
  if (!g) return;
  const frame = $('search-entry');
  const note = $('grounding-note');
  if (g.status === 'grounded') {
    box.querySelector('h3').textContent = 'Grounded in Google Search';
    $('sources').replaceChildren(...g.sources.map((s) => {
      let host = '';
      try {
        host = new URL(s.uri).hostname;
      } catch {
        // not a URL: shown as is
      }
      return h('li', {}, h('a', { href: s.uri, target: '_blank', rel: 'noopener noreferrer' }, s.title || s.uri), host ? h('span', { class: 'host' }, host) : null);
    }));
    // Google's search entry point is HTML to show as given; a sandbox without scripts keeps it inert.
    frame.hidden = !g.search_entry_point;
    if (g.search_entry_point && frame.srcdoc !== g.search_entry_point) frame.srcdoc = g.search_entry_point;
    note.hidden = !g.queries?.length;
    note.textContent = g.queries?.length ? `Searched for: ${g.queries.join(' · ')}` : '';
  } else {
    box.querySelector('h3').textContent = 'Search grounding unavailable';
    $('sources').replaceChildren();
    frame.hidden = true;
    note.hidden = false;
    note.textContent = g.reason;
  }
}

async function copyText(text) {
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
$('copy-url').addEventListener('click', () => copyText(state.current?.generated?.[0] ?? ''));
$('task-id').addEventListener('click', () => copyText(state.current?.task_id ?? ''));
$('download').addEventListener('click', async () => {
  const t = state.current;
  const url = t?.images?.[0]?.url ?? t?.generated?.[0];
  if (!url) return;
  const ext = url.split('.').pop();
  try {
    const blob = await (await fetch(url)).blob();
    const href = URL.createObjectURL(blob);
    h('a', { href, download: `bananastand-${t.task_id.slice(0, 8)}.${ext}` }).click();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  } catch {
    window.open(url, '_blank', 'noopener');
  }
});
$('cancel').addEventListener('click', async () => {
  const t = state.current;
  if (!t) return;
  try {
    renderTask((await api('POST', `${TASKS}/${t.task_id}/cancel`)).data);
    loadGallery();
  } catch (err) {
    showError($('task-error'), err);
  }
});

// ---------------------------------------------------------------- gallery

function markCurrentTile() {
  for (const tile of $('gallery').children) tile.setAttribute('aria-current', String(tile.dataset.id === state.current?.task_id));
}

const ago = (iso) => {
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
};

async function loadGallery(page = state.page) {
  const box = $('gallery-error');
  if (!state.key) {
    $('gallery').replaceChildren(h('div', { class: 'gallery-empty muted' }, 'Set your API key to see your tasks.'));
    $('pager').hidden = true;
    return;
  }
  const status = $('gallery-status').value;
  try {
    const q = new URLSearchParams({ page: String(page), per_page: String(PER_PAGE) });
    if (status) q.set('status', status);
    const { data, meta } = await api('GET', `${TASKS}?${q}`);
    box.hidden = true;
    state.page = meta.current_page;
    state.lastPage = meta.last_page;
    $('gallery').replaceChildren(...(data.length ? data.map(tile) : [h('div', { class: 'gallery-empty muted' }, status ? 'No tasks with this status.' : 'No tasks yet: your images will gather here.')]));
    $('pager').hidden = meta.last_page <= 1;
    $('page-label').textContent = `Page ${meta.current_page} of ${meta.last_page} · ${meta.total} tasks`;
    $('prev').disabled = meta.current_page <= 1;
    $('next').disabled = meta.current_page >= meta.last_page;
    markCurrentTile();
  } catch (err) {
    showError(box, err);
  }
}

function tile(t) {
  const url = t.images?.[0]?.url ?? t.generated?.[0];
  return h('button', { type: 'button', class: 'tile', 'data-id': t.task_id, title: `${t.status} · ${t.aspect_ratio ?? ''} ${t.resolution ?? ''}`, onclick: () => openById(t.task_id) },
    url ? h('img', { src: url, alt: '', loading: 'lazy' }) : h('div', { class: 'placeholder' }, t.status === 'FAILED' ? '⚠️' : '⏳'),
    t.status === 'COMPLETED' ? null : h('span', { class: `pill ${t.status.toLowerCase()}` }, t.status.replace('_', ' ')),
    h('div', { class: 'tile-meta' }, `${t.aspect_ratio ?? ''} · ${t.resolution ?? ''} · ${ago(t.created_at)}`));
}

async function openById(id) {
  try {
    openTask((await api('GET', `${TASKS}/${encodeURIComponent(id)}`)).data);
    if (window.matchMedia('(max-width: 900px)').matches) $('result').scrollIntoView({ behavior: 'smooth' });
  } catch (err) {
    $('result-empty').hidden = true;
    $('result-body').hidden = false;
    showError($('task-error'), err);
  }
}

$('prev').addEventListener('click', () => loadGallery(state.page - 1));
$('next').addEventListener('click', () => loadGallery(state.page + 1));
$('gallery-refresh').addEventListener('click', () => loadGallery());
$('gallery-status').addEventListener('change', () => loadGallery(1));

// ---------------------------------------------------------------- start

renderKeyButton();
await loadChoices();
loadGallery(1);
const linked = /^#task=([0-9a-f-]{36})$/i.exec(location.hash);
if (linked && state.key) openById(linked[1]);
if (!state.key) openKeyDialog();
