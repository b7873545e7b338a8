// A compact renderer of the server's OpenAPI 3.1 document (/openapi.json): operations grouped by
// tag, their parameters, bodies, responses with examples, and the component schemas.

/** Builds an element: h('div', { class: 'x' }, 'text', child, …). Strings become text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Inline Markdown of descriptions: `code` only; the rest stays text. */
function md(text = '') {
  return String(text).split(/(`[^`]+`)/).map((part) => (part.startsWith('`') && part.endsWith('`') ? h('code', {}, part.slice(1, -1)) : part));
}

/** Replaces an element's children with nested lists of nodes, skipping empty ones. */
function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
}

let doc;
const refName = (ref) => ref.split('/').pop();
const resolve = (obj) => (obj && obj.$ref ? resolve(ref(obj.$ref)) : obj);
function ref(pointer) {
  return pointer.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

/** `string`, `integer | null`, `Task[]`… */
function typeLabel(s) {
  if (!s) return 'any';
  if (s.$ref) return refName(s.$ref);
  if (s.anyOf || s.oneOf) return (s.anyOf ?? s.oneOf).map(typeLabel).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  const t = Array.isArray(s.type) ? s.type.join(' | ') : s.type;
  if (t === 'array') return `${typeLabel(s.items)}[]`;
  if (s.contentMediaType) return `${t ?? 'string'} (${s.contentMediaType})`;
  return t ?? (s.properties ? 'object' : 'any');
}

function constraints(s) {
  const out = [];
  const c = (label, v) => v !== undefined && out.push(`${label} ${v}`);
  c('min length', s.minLength); c('max length', s.maxLength);
  c('min', s.minimum); c('max', s.maximum > 1e12 ? undefined : s.maximum);
  c('at most', s.maxItems !== undefined ? `${s.maxItems} items` : undefined);
  c('pattern', s.pattern); c('format', s.format);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  return out.length ? h('span', { class: 'constraint' }, ` · ${out.join(' · ')}`) : null;
}

/** The non-null branch of `anyOf: [X, {type:'null'}]`, which zod writes for nullish fields. */
function unwrapNullable(s) {
  const list = s?.anyOf ?? s?.oneOf;
  if (!list) return s;
  const rest = list.filter((x) => x.type !== 'null');
  return rest.length === 1 ? { ...rest[0], description: s.description ?? rest[0].description } : s;
}

function enumOf(s) {
  const e = unwrapNullable(s).enum;
  return e ? h('div', { class: 'enum' }, e.map((v) => h('code', {}, String(v)))) : null;
}

/** An object's properties, recursively; $refs to components link there and expand up to `depth`. */
function schemaView(schema, depth = 0, seen = new Set()) {
  const s = resolve(schema);
  if (!s) return null;
  const inner = unwrapNullable(s);
  const target = inner.type === 'array' ? resolve(inner.items) : inner;
  if (inner.anyOf || inner.oneOf) {
    return h('div', { class: 'schema' }, (inner.anyOf ?? inner.oneOf).map((alt, i) =>
      h('div', { class: 'prop' }, h('span', { class: 'muted' }, `one of (${i + 1}): `), h('span', { class: 'type' }, typeLabel(alt)), schemaView(alt, depth + 1, seen))));
  }
  if (!target?.properties || depth > 4) return null;
  const key = schema.$ref ?? inner.items?.$ref;
  if (key && seen.has(key)) return null;
  const nextSeen = new Set(seen);
  if (key) nextSeen.add(key);
  const required = new Set(target.required ?? []);
  return h('div', { class: 'schema' }, Object.entries(target.properties).map(([name, p]) =>
    h('div', { class: 'prop' },
      h('span', { class: 'pname' }, name), required.has(name) ? h('span', { class: 'req' }, 'required') : null, ' ',
      p.$ref ? h('a', { class: 'schema-ref', href: `#schema-${refName(p.$ref)}` }, refName(p.$ref)) : h('span', { class: 'type' }, typeLabel(p)),
      constraints(unwrapNullable(p)),
      p.description ? h('div', { class: 'desc' }, md(p.description)) : null,
      enumOf(p),
      schemaView(p, depth + 1, nextSeen))));
}

function parametersTable(params) {
  if (!params?.length) return null;
  return [h('div', { class: 'section-label' }, 'Parameters'),
    h('table', { class: 'params' },
      h('tr', {}, h('th', {}, 'name'), h('th', {}, 'in'), h('th', {}, 'type and meaning')),
      params.map((p0) => {
        const p = resolve(p0);
        return h('tr', {},
          h('td', {}, h('span', { class: 'pname' }, p.name), p.required ? h('span', { class: 'req' }, 'required') : null),
          h('td', { class: 'muted' }, p.in),
          h('td', {}, h('span', { class: 'type' }, typeLabel(p.schema)), constraints(p.schema ?? {}), p.description ? h('div', {}, md(p.description)) : null, enumOf(p.schema ?? {})));
      }))];
}

function contentView(content) {
  if (!content) return null;
  return Object.entries(content).map(([type, media]) => [
    h('div', { class: 'muted' }, h('code', {}, type), ' ',
      media.schema?.$ref ? h('a', { class: 'schema-ref', href: `#schema-${refName(media.schema.$ref)}` }, refName(media.schema.$ref)) : h('span', { class: 'type' }, typeLabel(media.schema))),
    schemaView(media.schema),
    Object.entries(media.examples ?? {}).map(([name, ex]) => [h('div', { class: 'section-label' }, `example: ${name}`), h('pre', { class: 'example' }, JSON.stringify(resolve(ex).value, null, 2))]),
  ]);
}

function responsesView(responses) {
  return [h('div', { class: 'section-label' }, 'Responses'),
    Object.entries(responses ?? {}).map(([status, r0]) => {
      const r = resolve(r0);
      const headers = Object.keys(r.headers ?? {});
      return h('details', { class: 'response', open: status.startsWith('2') ? true : undefined },
        h('summary', {}, h('span', { class: `status s${status[0]}` }, status), h('span', {}, md(r.description))),
        h('div', {},
          headers.length ? h('div', { class: 'constraint' }, 'headers: ', headers.map((name, i) => [i ? ', ' : '', h('code', {}, name)])) : null,
          contentView(r.content)));
    })];
}

const slug = (method, path) => `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');

function operationView(method, path, op, kind = method) {
  return h('section', { class: 'op card', id: slug(method, path) },
    h('div', { class: 'op-head' },
      h('span', { class: `method ${kind}` }, kind === 'webhook' ? 'WEBHOOK' : method.toUpperCase()),
      h('span', { class: 'op-path' }, path),
      op['x-bananastand-extension'] ? h('span', { class: 'tag-ext', title: 'Not part of the Magnific API' }, 'extension') : null,
      op.security && op.security.length === 0 ? h('span', { class: 'tag-open' }, 'no key needed') : null),
    h('h3', {}, op.summary),
    op.description ? h('p', {}, md(op.description)) : null,
    parametersTable(op.parameters),
    op.requestBody ? [h('div', { class: 'section-label' }, 'Request body'), contentView(resolve(op.requestBody).content)] : null,
    responsesView(op.responses));
}

function render() {
  const toc = document.getElementById('toc');
  const content = document.getElementById('content');
  const byTag = new Map((doc.tags ?? []).map((t) => [t.name, []]));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const tag = op.tags?.[0] ?? 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ method, path, op });
    }
  }
  const schemes = doc.components?.securitySchemes ?? {};
  fill(content,
    h('h1', {}, doc.info.title, ' ', h('span', { class: 'muted', style: 'font-size:16px;font-weight:500' }, `v${doc.info.version} · OpenAPI ${doc.openapi}`)),
    h('p', { class: 'lede' }, md(doc.info.summary)),
    h('p', { class: 'lede' }, md(doc.info.description)),
    h('h2', { id: 'auth' }, 'Authentication'),
    h('p', {}, 'Send your API key in any one of these:'),
    h('ul', { class: 'auth-list' }, Object.entries(schemes).map(([name, s]) =>
      h('li', {}, s.type === 'apiKey' ? [h('code', {}, `${s.name}: <key>`)] : [h('code', {}, 'Authorization: Bearer <key>')], h('span', { class: 'muted' }, ' — ', md(s.description ?? name))))),
    [...byTag].map(([tag, ops]) => ops.length ? [
      h('h2', { id: `tag-${tag}` }, tag),
      h('p', { class: 'lede' }, md((doc.tags ?? []).find((t) => t.name === tag)?.description ?? '')),
      ops.map(({ method, path, op }) => operationView(method, path, op)),
    ] : null),
    doc.webhooks ? [h('h2', { id: 'webhooks' }, 'Webhooks you receive'),
      Object.entries(doc.webhooks).map(([name, item]) => operationView('post', name, item.post, 'webhook'))] : null,
    h('h2', { id: 'schemas' }, 'Schemas'),
    Object.entries(doc.components?.schemas ?? {}).map(([name, s]) =>
      h('section', { class: 'op card', id: `schema-${name}` }, h('h3', {}, name), s.description ? h('p', {}, md(s.description)) : null, schemaView(s))),
  );
  fill(toc,
    h('h4', {}, 'Start'), h('a', { href: '#auth' }, h('span', {}, 'Authentication')),
    [...byTag].map(([tag, ops]) => ops.length ? [h('h4', {}, tag), ops.map(({ method, path, op }) =>
      h('a', { href: `#${slug(method, path)}`, title: `${method.toUpperCase()} ${path}` }, h('span', { class: `method ${method}` }, method.toUpperCase()), h('span', {}, op.summary)))] : null),
    doc.webhooks ? [h('h4', {}, 'Webhooks you receive'), Object.keys(doc.webhooks).map((n) => h('a', { href: `#${slug('post', n)}` }, h('span', { class: 'method webhook' }, 'HOOK'), h('span', {}, n)))] : null,
    h('h4', {}, 'Schemas'), Object.keys(doc.components?.schemas ?? {}).map((n) => h('a', { href: `#schema-${n}` }, h('span', {}, n))),
  );
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

try {
  const res = await fetch('/openapi.json');
  if (!res.ok) throw new Error(`GET /openapi.json answered ${res.status}`);
  doc = await res.json();
  render();
} catch (err) {
  document.getElementById('content').replaceChildren(h('p', {}, `Could not load the API description: ${err.message}`));
}
