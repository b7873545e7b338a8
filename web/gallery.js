// "Your tasks": the key's tasks newest first, each with its prompt, a way to open it and a
// way to rerun its settings.

import { $, api, h, settingsOf, showError, state, TASKS } from './lib.js';

const PER_PAGE = 24;
const page = { current: 1, last: 1 };
let handlers = { open: () => {}, rerun: () => {}, setKey: () => {} };

export function initGallery(h2) {
  handlers = h2;
  $('prev').addEventListener('click', () => loadGallery(page.current - 1));
  $('next').addEventListener('click', () => loadGallery(page.current + 1));
  $('gallery-refresh').addEventListener('click', () => loadGallery());
  $('gallery-status').addEventListener('change', () => loadGallery(1));
}

export function markCurrentTile() {
  for (const tile of $('gallery').children) tile.classList.toggle('current', tile.dataset.id === state.current?.task_id);
}

const ago = (iso) => {
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
};

export async function loadGallery(n = page.current) {
  const box = $('gallery-error');
  if (!state.key) {
    $('gallery').replaceChildren(h('div', { class: 'gallery-empty muted' }, 'Set your API key to see your tasks.'));
    $('pager').hidden = true;
    return;
  }
  const status = $('gallery-status').value;
  try {
    const q = new URLSearchParams({ page: String(n), per_page: String(PER_PAGE) });
    if (status) q.set('status', status);
    const { data, meta } = await api('GET', `${TASKS}?${q}`);
    box.hidden = true;
    page.current = meta.current_page;
    page.last = meta.last_page;
    $('gallery').replaceChildren(...(data.length ? data.map(tile) : [h('div', { class: 'gallery-empty muted' }, status ? 'No tasks with this status.' : 'No tasks yet: your images will gather here.')]));
    $('pager').hidden = meta.last_page <= 1;
    $('page-label').textContent = `Page ${meta.current_page} of ${meta.last_page} · ${meta.total} tasks`;
    $('prev').disabled = meta.current_page <= 1;
    $('next').disabled = meta.current_page >= meta.last_page;
    markCurrentTile();
  } catch (err) {
    showError(box, err, { onSetKey: handlers.setKey });
  }
}

function tile(t) {
  const url = t.images?.[0]?.url ?? t.generated?.[0];
  const { prompt } = settingsOf(t);
  const label = prompt ? `Open: ${prompt}` : `Open task ${t.task_id.slice(0, 8)}`;
  return h('figure', { class: 'tile', 'data-id': t.task_id },
    h('button', { type: 'button', class: 'tile-open', 'aria-label': label, title: label, onclick: () => handlers.open(t.task_id) },
      url ? h('img', { src: url, alt: '', loading: 'lazy' }) : h('span', { class: 'placeholder', 'aria-hidden': 'true' }, t.status === 'FAILED' ? '⚠️' : '⏳'),
      t.status === 'COMPLETED' ? null : h('span', { class: `pill ${t.status.toLowerCase()}` }, t.status.replace('_', ' '))),
    h('figcaption', {},
      h('p', { class: prompt ? 'tile-prompt' : 'tile-prompt muted' }, prompt ?? 'prompt not known in this browser'),
      h('div', { class: 'tile-foot' },
        h('span', { class: 'muted' }, `${t.aspect_ratio ?? ''} · ${t.resolution ?? ''} · ${ago(t.created_at)}`),
        h('button', { type: 'button', class: 'btn btn-small btn-ghost tile-rerun', 'aria-label': `Rerun the settings of task ${t.task_id.slice(0, 8)}`, onclick: () => handlers.rerun(t) }, 'Rerun'))));
}
