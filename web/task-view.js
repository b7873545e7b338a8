// The task on show: status with queue position or stage and elapsed time, the image at its true
// shape, its facts, grounding, and the webhook delivery log.

import { $, api, h, isFinal, progressText, ratioValue, seconds, settingsOf, showError, state } from './lib.js';

let ticker = 0;

function tick() {
  const t = state.current;
  if (!t) return;
  if (isFinal(t)) $('status-time').textContent = t.metrics ? `in ${seconds(t.metrics.total_ms)}` : '';
  else $('status-time').textContent = seconds(Math.max(0, Date.now() - Date.parse(t.created_at)));
}

function renderImage(t, previous) {
  const image = t.images?.[0];
  const url = image?.url ?? t.generated?.[0];
  const img = $('image');
  $('stage').hidden = t.status === 'FAILED';
  // The frame has the image's true shape from the start: the ratio asked for while waiting, the
  // image's own width and height once it exists.
  $('frame').style.setProperty('--ar', String(image ? image.width / image.height : ratioValue(t.aspect_ratio ?? '1:1')));
  if (previous?.task_id !== t.task_id || !url) {
    // Another task, or no image yet: nothing of the previous picture (nor its alt text) stays.
    img.onload = null;
    img.removeAttribute('src');
    img.alt = '';
    img.classList.remove('loaded');
  }
  if (url && img.getAttribute('src') !== url) {
    const prompt = settingsOf(t).prompt;
    img.classList.remove('loaded');
    img.onload = () => {
      img.classList.add('loaded');
      $('shimmer').hidden = true;
    };
    img.alt = prompt ? `Generated image: ${prompt}` : `Generated image, ${image ? `${image.width}×${image.height}` : t.aspect_ratio}`;
    img.src = url;
  }
  $('shimmer').hidden = t.status === 'FAILED' || img.classList.contains('loaded');
  return url;
}

function renderFacts(t) {
  const image = t.images?.[0];
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
}

/** Shows a task; called again with each newer state of it. */
export function renderTask(t) {
  const previous = state.current;
  state.current = t;
  $('result-empty').hidden = true;
  $('result-body').hidden = false;
  const pill = $('status-pill');
  pill.textContent = t.status.replace('_', ' ');
  pill.className = `pill ${t.status.toLowerCase()}`;
  $('status-detail').textContent = progressText(t);
  $('task-id').textContent = t.task_id;
  const prompt = settingsOf(t).prompt;
  $('result-prompt').hidden = !prompt;
  $('result-prompt').textContent = prompt ?? '';
  clearInterval(ticker);
  tick();
  if (!isFinal(t)) ticker = setInterval(tick, 100);

  const url = renderImage(t, previous);
  const err = $('task-error');
  if (t.status === 'FAILED' && t.error) {
    err.replaceChildren(h('b', {}, t.error), h('div', { class: 'mono' }, t.error_code ?? ''));
    err.hidden = false;
  } else if (previous?.task_id !== t.task_id) {
    err.hidden = true;
  }
  for (const id of ['download', 'copy-url', 'open']) $(id).hidden = !url;
  $('open').href = url ?? '#';
  $('cancel').hidden = isFinal(t);
  renderFacts(t);
  $('engine-text').hidden = !t.text;
  $('engine-text').textContent = t.text ?? '';
  renderGrounding(t.grounding);
  if (previous?.task_id !== t.task_id || previous?.status !== t.status) loadDeliveries(t);
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

const time = (iso) => (iso ? new Date(iso).toLocaleTimeString() : '');

function deliveryRow(d) {
  const attempts = d.attempts.map((a) =>
    h('li', {}, `${time(a.at)} · `, a.status_code === null ? h('span', { class: 'bad' }, a.error ?? 'no answer') : h('span', { class: a.status_code < 300 ? 'good' : 'bad' }, `HTTP ${a.status_code}`), ` · ${a.duration_ms} ms`));
  const next = d.state === 'pending' && d.next_attempt_at ? ` · next try ${time(d.next_attempt_at)}` : '';
  return h('li', { class: 'delivery' },
    h('div', { class: 'delivery-head' },
      h('span', { class: 'mono' }, d.status),
      h('span', { class: `pill ${d.state === 'delivered' ? 'completed' : d.state === 'exhausted' ? 'failed' : 'created'}` }, d.state),
      h('span', { class: 'muted' }, `${d.attempts.length} attempt${d.attempts.length === 1 ? '' : 's'}${next}`),
      h('button', { type: 'button', class: 'btn btn-small btn-ghost', onclick: () => redeliver(d) }, 'Redeliver')),
    h('div', { class: 'delivery-url mono' }, d.url),
    attempts.length ? h('ol', { class: 'attempts' }, attempts) : null);
}

/** The task's webhook events and their attempts (GET /v1/webhooks/deliveries?task_id=…). */
export async function loadDeliveries(t = state.current) {
  const box = $('deliveries');
  if (!t) return;
  const wanted = settingsOf(t).webhook_url;
  try {
    const { data } = await api('GET', `/v1/webhooks/deliveries?${new URLSearchParams({ task_id: t.task_id })}`);
    if (state.current?.task_id !== t.task_id) return;
    $('deliveries-error').hidden = true;
    box.hidden = !data.length && !wanted;
    $('deliveries-list').replaceChildren(...(data.length ? data.map(deliveryRow) : [h('li', { class: 'muted' }, 'No webhook event yet: one is sent at each status change.')]));
  } catch (err) {
    box.hidden = !wanted;
    showError($('deliveries-error'), err);
  }
}

async function redeliver(d) {
  try {
    await api('POST', `/v1/webhooks/deliveries/${encodeURIComponent(d.id)}/redeliver`);
    await loadDeliveries();
  } catch (err) {
    showError($('deliveries-error'), err);
  }
}
