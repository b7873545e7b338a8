/**
 * A strict reader of the Prometheus text exposition format 0.0.4 (what prom-client writes, what
 * Prometheus scrapes): every line is a HELP, a TYPE, or a sample of a declared family; anything else
 * throws naming the line. prom-client's own parser is not shipped, so tests use this one.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  types: Map<string, string>;
  samples: Sample[];
  /** The value of the one sample with this name and exactly these labels (undefined if none). */
  value(name: string, labels?: Record<string, string>): number | undefined;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const HELP = new RegExp(`^# HELP (${NAME}) (.*)$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: (-?\\d+))?$`);
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/;
const SUFFIXES: Record<string, string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['', '_sum', '_count'] };

export function parsePrometheusText(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw new Error('the exposition must end with a newline');
  for (const [i, line] of lines.slice(0, -1).entries()) {
    const where = `line ${i + 1}: ${JSON.stringify(line)}`;
    if (line === '') continue;
    if (line.startsWith('#')) {
      const type = TYPE.exec(line);
      if (type) {
        if (types.has(type[1]!)) throw new Error(`${where}: a second TYPE for ${type[1]}`);
        types.set(type[1]!, type[2]!);
      } else if (!HELP.test(line)) throw new Error(`${where}: neither HELP nor TYPE`);
      continue;
    }
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`${where}: not a sample`);
    const [, name, labelText = '', valueText] = m;
    const value = parseValue(valueText!, where);
    const family = familyOf(name!, types);
    if (!family) throw new Error(`${where}: sample of ${name} before any TYPE for its family`);
    const labels: Record<string, string> = {};
    let rest = labelText;
    while (rest.length) {
      const l = LABEL.exec(rest);
      if (!l) throw new Error(`${where}: bad label list at ${JSON.stringify(rest)}`);
      if (l[1]! in labels) throw new Error(`${where}: label ${l[1]} twice`);
      labels[l[1]!] = l[2]!.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
      rest = rest.slice(l[0].length);
    }
    if (types.get(family) === 'histogram' && name!.endsWith('_bucket') && !('le' in labels)) {
      throw new Error(`${where}: a histogram bucket without le`);
    }
    samples.push({ name: name!, labels, value });
  }
  return {
    types,
    samples,
    value(name, labels = {}) {
      const want = Object.entries(labels);
      return samples.find(
        (s) => s.name === name && Object.keys(s.labels).length === want.length && want.every(([k, v]) => s.labels[k] === v),
      )?.value;
    },
  };
}

/** Prometheus reads values with Go's ParseFloat: `NaN` and `Inf` in any case (prom-client writes `Nan`). */
function parseValue(text: string, where: string): number {
  if (/^[+]?inf(inity)?$/i.test(text)) return Infinity;
  if (/^-inf(inity)?$/i.test(text)) return -Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`${where}: bad value ${text}`);
  return Number(text);
}

function familyOf(name: string, types: Map<string, string>): string | undefined {
  if (types.has(name)) return name;
  for (const [family, type] of types) {
    if ((SUFFIXES[type] ?? []).some((s) => s && name === family + s)) return family;
  }
  return undefined;
}
