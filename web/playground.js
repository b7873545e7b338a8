// The bananastand playground: one page, no framework. It speaks the public API only, exactly as any
// client would (x-magnific-api-key, the event stream, Prefer: wait long polls), so what works here
// works everywhere.

import { follow } from './follow.js';
import { initGallery, loadGallery, markCurrentTile } from './gallery.js';
import { $, TASKS, api, copyText, h, randomKey, ratioValue, remember, settingsOf, showError, state, toast } from './lib.js';
import { loadDeliveries, renderTask } from './task-view.js';

const KEY_STORAGE = 'bananastand.apiKey';
const form = $('composer');
let following = null;

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
function setKey(key) {
  state.key = key;
  if (key) localStorage.setItem(KEY_STORAGE, key);
  else localStorage.removeItem(KEY_STORAGE);
  renderKeyButton();
  loadGallery(1);
}
$('key-button').addEventListener('click', openKeyDialog);
$('key-close').addEventListener('click', () => $('key-dialog').close());
$('key-forget').addEventListener('click', () => {
  $('key-dialog').close();
  setKey('');
});
$('key-form').addEventListener('submit', () => setKey($('key-input').value.trim()));

// ---------------------------------------------------------------- composer

/** Native radios: one Tab stop per group, arrow keys move the choice. */
function renderChoices(ratios, resolutions) {
  $('ratios').replaceChildren(...ratios.map((r, i) => {
    const v = ratioValue(r);
    const w = v >= 1 ? 26 : Math.max(4, 26 * v);
    const hh = v >= 1 ? Math.max(4, 26 / v) : 26;
    return h('label', { class: 'ratio', title: r },
      h('input', { type: 'radio', name: 'aspect_ratio', value: r, checked: r === '1:1' || (i === 0 && !ratios.includes('1:1')) }),
      h('span', { class: 'shape', 'aria-hidden': 'true', style: `width:${w.toFixed(1)}px;height:${hh.toFixed(1)}px` }),
      h('span', {}, r));
  }));
  $('resolutions').replaceChildren(...resolutions.map((r) =>
    h('label', {}, h('input', { type: 'radio', name: 'resolution', value: r, checked: r === '1K' }), h('span', {}, r))));
}
function pick(name, value) {
  const input = [...form.elements[name]].find((i) => i.value === value);
  if (input) input.checked = true;
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
    // the defaults above match the API's table
  }
  renderChoices(ratios, resolutions);
}

const codePoints = (s) => [...s].length;
function countPrompt() {
  const n = codePoints($('prompt').value);
  $('prompt-count').textContent = `${n} / 3000`;
  $('prompt-count').classList.toggle('over', n > 3000);
}
$('prompt').addEventListener('input', countPrompt);
$('prompt').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) form.requestSubmit();
});
$('seed-dice').addEventListener('click', () => {
  $('seed').value = String(crypto.getRandomValues(new Uint32Array(1))[0]);
});

const refs = [];
function renderRefs() {
  $('ref-count').textContent = `${refs.length} / 14`;
  $('refs').replaceChildren(...refs.map((ref, i) =>
    h('div', { class: 'ref' },
      h('img', { src: ref.image, alt: '' }),
      h('div', { class: 'ref-body' },
        h('div', { class: 'ref-name', title: ref.name }, ref.name),
        h('input', { class: 'input', 'aria-label': `What ${ref.name.slice(0, 60)} is for`, placeholder: 'What is it for? (optional)', value: ref.text, maxlength: 1000, oninput: (e) => (ref.text = e.target.value) })),
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': `Remove ${ref.name.slice(0, 60)}`, onclick: () => { refs.splice(i, 1); renderRefs(); } }, '✕'))));
}
$('ref-upload').addEventListener('click', () => $('ref-file').click());
$('ref-file').addEventListener('change', async (e) => {
  for (const file of e.target.files) {
    const image = await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    refs.push({ image, name: file.name, text: '' });
  }
  e.target.value = '';
  renderRefs();
});
function addRefUrl() {
  const url = $('ref-url').value.trim();
  if (!url) return;
  refs.push({ image: url, name: url, text: '' });
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

function requestBody() {
  const body = { prompt: $('prompt').value, aspect_ratio: form.elements.aspect_ratio.value, resolution: form.elements.resolution.value };
  if (refs.length) body.reference_images = refs.map((r) => (r.text.trim() ? { image: r.image, text: r.text.trim() } : { image: r.image }));
  if ($('search').checked) body.use_google_search_tool = true;
  const seed = $('seed').value.trim();
  if (seed !== '') body.seed = Number(seed);
  const webhook = $('webhook-url').value.trim();
  if (webhook) body.webhook_url = webhook;
  return body;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  $('form-error').hidden = true;
  if (!state.key) return openKeyDialog();
  const body = requestBody();
  const button = $('create');
  button.disabled = true;
  button.textContent = 'Creating…';
  try {
    const { data } = await api('POST', TASKS, { body, headers: { 'idempotency-key': randomKey() } });
    // Inline uploads are too big to keep; URLs are kept so that Rerun brings them back.
    const urlRefs = body.reference_images?.filter((r) => !r.image.startsWith('data:'));
    remember(data.task_id, { ...body, reference_images: urlRefs?.length ? urlRefs : undefined });
    openTask(data);
    showResult();
    loadGallery(1);
  } catch (err) {
    showError($('form-error'), err, { onSetKey: openKeyDialog });
  } finally {
    button.disabled = false;
    button.textContent = 'Create image';
  }
});

/** Rerun: the form takes the task's settings (prompt, ratio, resolution, seed, search, webhook, URL references). */
function rerun(t) {
  const s = settingsOf(t);
  if (s.prompt) $('prompt').value = s.prompt;
  countPrompt();
  if (s.aspect_ratio) pick('aspect_ratio', s.aspect_ratio);
  if (s.resolution) pick('resolution', s.resolution);
  $('seed').value = s.seed === undefined || s.seed === null ? '' : String(s.seed);
  $('search').checked = Boolean(s.use_google_search_tool);
  $('webhook-url').value = s.webhook_url ?? '';
  refs.splice(0, refs.length, ...(s.reference_images ?? []).filter((r) => typeof r.image === 'string' && !r.image.startsWith('data:')).map((r) => ({ image: r.image, name: r.image, text: r.text ?? '' })));
  renderRefs();
  form.scrollIntoView({ behavior: 'auto', block: 'start' });
  $('prompt').focus();
  toast(s.prompt ? 'Settings loaded: press Create image' : 'Settings loaded (the prompt is not known in this browser)');
}

// ---------------------------------------------------------------- the current task

/** Brings the result into view when it is off screen or low on it (on a phone it is below the form). */
function showResult() {
  const top = $('result').getBoundingClientRect().top;
  if (top < 0 || top > innerHeight * 0.4) $('result').scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
}

/** Shows a task and, until it ends, follows it live. */
function openTask(task) {
  following?.abort();
  const controller = new AbortController();
  following = controller;
  if (location.hash !== `#task=${task.task_id}`) history.replaceState(null, '', `#task=${task.task_id}`);
  renderTask(task);
  markCurrentTile();
  if (task.status === 'COMPLETED' || task.status === 'FAILED') return;
  const onTrouble = (err) => {
    if (err) showError($('task-error'), err, { onSetKey: openKeyDialog });
    else $('task-error').hidden = true;
  };
  follow(task, { signal: controller.signal, onTask: renderTask, onTrouble }).then(() => {
    if (!controller.signal.aborted) loadGallery();
  });
}

async function openById(id) {
  try {
    openTask((await api('GET', `${TASKS}/${encodeURIComponent(id)}`)).data);
    showResult();
  } catch (err) {
    $('result-empty').hidden = true;
    $('result-body').hidden = false;
    showError($('task-error'), err, { onSetKey: openKeyDialog });
  }
}

$('copy-url').addEventListener('click', () => copyText(state.current?.generated?.[0] ?? ''));
$('task-id').addEventListener('click', () => copyText(state.current?.task_id ?? ''));
$('rerun').addEventListener('click', () => state.current && rerun(state.current));
$('deliveries-refresh').addEventListener('click', () => loadDeliveries());
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
    showError($('task-error'), err, { onSetKey: openKeyDialog });
  }
});

// ---------------------------------------------------------------- start

initGallery({ open: openById, rerun, setKey: openKeyDialog });
renderKeyButton();
await loadChoices();
loadGallery(1);
const linked = /^#task=([0-9a-f-]{36})$/i.exec(location.hash);
if (linked && state.key) openById(linked[1]);
if (!state.key) openKeyDialog();
