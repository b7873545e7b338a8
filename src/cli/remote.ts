import { Bananastand, BananastandError } from '@bananastand/sdk';
import { EXIT, type Io } from './io.js';

/** The server named by --server or BANANASTAND_SERVER, if any. */
export function serverFrom(flag: string | undefined, io: Io): string | undefined {
  return flag ?? (io.env.BANANASTAND_SERVER || undefined);
}

/** The key named by --api-key or BANANASTAND_API_KEY, if any. */
export function apiKeyFrom(flag: string | undefined, io: Io): string | undefined {
  return flag ?? (io.env.BANANASTAND_API_KEY || undefined);
}

export function createClient(server: string, apiKey: string | undefined): Bananastand {
  return new Bananastand({ baseUrl: server, apiKey, maxRetries: 3 });
}

/** The exit code for an error (docs/cli.md, "Exit codes"). */
export function exitCodeFor(err: unknown): number {
  if (!(err instanceof BananastandError)) return EXIT.error;
  switch (err.kind) {
    case 'invalid':
      return EXIT.usage;
    case 'auth':
      return EXIT.auth;
    case 'not_found':
      return EXIT.notFound;
    case 'task_failed':
      return EXIT.taskFailed;
    case 'network':
    case 'server':
    case 'rate_limit':
    case 'timeout':
      return EXIT.network;
    default:
      return EXIT.error;
  }
}

/** The error as lines for stderr: the message, each invalid parameter, and a hint where one helps. */
export function describeError(err: unknown, context: { server?: string } = {}): string {
  if (!(err instanceof BananastandError)) return `${(err as Error).stack ?? String(err)}\n`;
  const lines = [err.message];
  for (const p of err.invalidParams ?? []) lines.push(`  - ${p.name}: ${p.reason}`);
  if (err.kind === 'auth') lines.push('Give a key with --api-key or BANANASTAND_API_KEY (make one with: bananastand keys create --name NAME).');
  if (err.kind === 'network' && context.server) lines.push(`Is the server running at ${context.server}? Start one with: bananastand serve`);
  if (err.requestId && (err.kind === 'server' || err.kind === 'network')) lines.push(`request id: ${err.requestId}`);
  return `${lines.join('\n')}\n`;
}
