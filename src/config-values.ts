import { z } from 'zod';

/**
 * The value types of the environment variables (durations, sizes, rates, booleans, URLs), each
 * parsed once with a message that says what to write instead (docs/configuration.md).
 */

/** Parses `500ms`, `5s`, `5m`, `2h`, `30d` (or a bare number of milliseconds) into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? 'ms']!;
  return Math.round(Number(m[1]) * unit);
}

/** Parses a rate such as `10/s`, `600/m`, `5000/h` (or a bare number per second) into requests per second. */
export function parseRate(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(s|sec|second|m|min|minute|h|hour))?\s*$/i.exec(text);
  if (!m) return undefined;
  const per = m[2]?.toLowerCase().charAt(0) ?? 's';
  const perSecond = Number(m[1]) / { s: 1, m: 60, h: 3600 }[per as 's' | 'm' | 'h'];
  return perSecond > 0 && perSecond <= 1_000_000 ? perSecond : undefined;
}

/** Parses `64MiB`, `20MB`, `512KiB` or a bare number of bytes. */
export function parseBytes(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i.exec(text);
  if (!m) return undefined;
  const units: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
  return Math.round(Number(m[1]) * units[(m[2] ?? 'b').toLowerCase()]!);
}

export const duration = (example: string) =>
  z.string().transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `must be a duration such as ${example} (units ms, s, m, h, d)` });
      return z.NEVER;
    }
    return ms;
  });

export const bytes = z.string().transform((value, ctx) => {
  const n = parseBytes(value);
  if (n === undefined || n <= 0) {
    ctx.addIssue({ code: 'custom', message: 'must be a size such as 64MiB, 20MB or 1048576' });
    return z.NEVER;
  }
  return n;
});

export const bool = z
  .string()
  .transform((value, ctx) => {
    const v = value.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
    ctx.addIssue({ code: 'custom', message: 'must be true or false' });
    return z.NEVER;
  });

export const positiveInt = (max = 1_000_000) =>
  z.string().transform((value, ctx) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${max}` });
      return z.NEVER;
    }
    return n;
  });

export const rate = z.string().transform((value, ctx) => {
  const n = parseRate(value);
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a rate above 0 such as 10/s, 600/m or 5000/h' });
    return z.NEVER;
  }
  return n;
});

/** A whole number from 0 to `max`, where 0 means "no cap". */
export const capOrZero = (max = 1_000_000) =>
  z.string().transform((value, ctx) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from 0 (no cap) to ${max}` });
      return z.NEVER;
    }
    return n;
  });

export const url = z.string().transform((value, ctx) => {
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
    return value.replace(/\/+$/, '');
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be an absolute http(s) URL such as https://images.example.com' });
    return z.NEVER;
  }
});

export const databaseUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/./.test(v), 'must be a postgres:// or postgresql:// URL such as postgres://user:password@db:5432/bananastand');

export const schedule = z.string().transform((value, ctx) => {
  const parts = value.split(',').map((s) => parseDuration(s));
  if (parts.length === 0 || parts.some((p) => p === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of durations such as 5s,5m,30m,2h' });
    return z.NEVER;
  }
  return parts as number[];
});
