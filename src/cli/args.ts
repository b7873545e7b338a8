import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;
import { CliError, EXIT } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The edit distance of two short words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The known word closest to what was typed: one it starts (`--aspect` → `--aspect-ratio`), or
 * one within a couple of typos (`--resolutoin` → `--resolution`).
 */
export function closest(typed: string, known: string[]): string | undefined {
  const t = typed.toLowerCase();
  const prefixed = known.filter((k) => k.startsWith(t) || t.startsWith(k));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(t.length / 3)) + 1;
  for (const k of known) {
    const d = distance(t, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

const didYouMean = (typed: string, known: string[]) => {
  const guess = closest(typed, known);
  return guess ? `; did you mean ${guess}?` : '';
};

/** `unknown command "lsit"; did you mean list?` for a sub-command that does not exist. */
export function unknownCommand(typed: string, known: string[]): CliError {
  return new CliError(`unknown command ${JSON.stringify(typed)}${didYouMean(typed, known)} (one of ${known.join(', ')})`, EXIT.usage);
}

/**
 * `parseArgs` in strict mode, with its errors rewritten for people: an unknown option gets the
 * nearest known one ("unknown option --aspect; did you mean --aspect-ratio?"), a missing value
 * names the option. Every mistake is a {@link CliError} with exit code 2.
 */
export function parseCommandLine<O extends Options>(argv: string[], options: O): Parsed<O> {
  const names = Object.entries(options).map(([name]) => `--${name}`);
  for (const arg of argv) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0];
      if (!(name in options)) throw new CliError(`unknown option --${name}${didYouMean(`--${name}`, names)}`, EXIT.usage);
    } else if (/^-[^-\d]/.test(arg)) {
      const letter = arg[1];
      if (!Object.values(options).some((o) => o.short === letter)) {
        const shorts = Object.entries(options).filter(([, o]) => o.short).map(([n, o]) => `-${o.short} (--${n})`);
        throw new CliError(`unknown option -${letter}${shorts.length ? `; the short options are ${shorts.join(', ')}` : ''}`, EXIT.usage);
      }
    }
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as Parsed<O>;
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /'(?:-\w, )?--([\w-]+)/.exec(e.message)?.[1];
      const option = name ? options[name] : undefined;
      if (option?.type === 'boolean') throw new CliError(`option --${name} takes no value`, EXIT.usage);
      if (/ambiguous/.test(e.message)) throw new CliError(`option --${name}: write a value that starts with "-" as --${name}=VALUE`, EXIT.usage);
      throw new CliError(`option --${name ?? '?'} needs a value: --${name ?? '?'} VALUE`, EXIT.usage);
    }
    throw new CliError(e.message, EXIT.usage);
  }
}
