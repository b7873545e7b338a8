/** Exit codes of the CLI, distinct per kind of trouble (documented in docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** An unexpected error. */
  error: 1,
  /** Bad command-line usage or bad input (a 400 from the server). */
  usage: 2,
  /** Missing or invalid API key (401). */
  auth: 3,
  /** The task ended FAILED. */
  taskFailed: 4,
  /** The server could not be reached, or answered 5xx / 429 after retries. */
  network: 5,
  /** Not found (404). */
  notFound: 6,
} as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY),
};

/** A failure the CLI reports as one message with its exit code (no stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
