import { parseRate } from '../config.js';
import type { Config } from '../config.js';
import type { ApiKeyRecord, KeyLimits } from '../store/ports.js';
import { CliError, EXIT } from './io.js';

/** The options of `keys create` and `keys update` that set a key's limits. */
export const LIMIT_OPTIONS = {
  rate: { type: 'string' },
  burst: { type: 'string' },
  'max-in-flight': { type: 'string' },
  'max-running': { type: 'string' },
} as const;

type LimitValues = { rate?: string; burst?: string; 'max-in-flight'?: string; 'max-running'?: string };

function wholeNumber(option: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > 1_000_000) {
    throw new CliError(`--${option} must be a whole number from ${min}${min === 0 ? ' (no cap)' : ''} to 1000000, or "default"; got ${JSON.stringify(text)}`, EXIT.usage);
  }
  return n;
}

/** The limits given on the command line; `default` sets a field back to the server's default (null). */
export function readLimitOptions(values: LimitValues): Partial<KeyLimits> {
  const out: Partial<KeyLimits> = {};
  const given = (v: string | undefined) => v !== undefined;
  const isDefault = (v: string) => v.trim().toLowerCase() === 'default';
  if (given(values.rate)) {
    const v = values.rate!;
    const rate = isDefault(v) ? null : parseRate(v);
    if (rate === undefined) throw new CliError(`--rate must be a rate such as 10/s, 600/m or 5000/h, or "default"; got ${JSON.stringify(v)}`, EXIT.usage);
    out.ratePerSecond = rate;
  }
  if (given(values.burst)) out.burst = isDefault(values.burst!) ? null : wholeNumber('burst', values.burst!, 1);
  if (given(values['max-in-flight'])) {
    const v = values['max-in-flight']!;
    out.maxInFlight = isDefault(v) ? null : wholeNumber('max-in-flight', v, 0);
  }
  if (given(values['max-running'])) {
    const v = values['max-running']!;
    out.maxRunning = isDefault(v) ? null : wholeNumber('max-running', v, 0);
  }
  return out;
}

/** `10/s`, `0.5/s`: a rate as people write it. */
function formatRate(perSecond: number): string {
  return perSecond >= 1 || perSecond * 60 < 1 ? `${+perSecond.toFixed(3)}/s` : `${+(perSecond * 60).toFixed(3)}/m`;
}

/** A key's limits in force: its own, else the server's defaults (marked), 0 caps shown as none. */
export function effectiveLimits(key: ApiKeyRecord, defaults: Config['keyDefaults']) {
  const l = key.limits;
  const cap = (n: number) => (n === 0 ? null : n);
  return {
    rate_per_second: l.ratePerSecond ?? defaults.ratePerSecond,
    burst: l.burst ?? defaults.burst,
    max_in_flight: cap(l.maxInFlight ?? defaults.maxInFlight),
    max_running: cap(l.maxRunning ?? defaults.maxRunning),
    defaults: (['ratePerSecond', 'burst', 'maxInFlight', 'maxRunning'] as const).filter((f) => l[f] === null),
  };
}

/** `rate 10/s  burst 50  in flight 500*  running 8*` (* = the server's default). */
export function describeLimits(key: ApiKeyRecord, defaults: Config['keyDefaults']): string {
  const e = effectiveLimits(key, defaults);
  const mark = (f: keyof KeyLimits) => (e.defaults.includes(f) ? '*' : '');
  const cap = (n: number | null) => (n === null ? 'no cap' : String(n));
  return `rate ${formatRate(e.rate_per_second)}${mark('ratePerSecond')}  burst ${e.burst}${mark('burst')}  in flight ${cap(e.max_in_flight)}${mark('maxInFlight')}  running ${cap(e.max_running)}${mark('maxRunning')}`;
}
