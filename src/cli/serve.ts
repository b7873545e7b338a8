import { closest, parseCommandLine } from './args.js';
import { CliError, EXIT, type Io } from './io.js';

export const SERVE_HELP = `Usage: bananastand serve [--port N] [--host ADDRESS] [--role all|api|worker]

Starts the API server, the playground (/) and the API reference (/docs). Everything else is
configured with environment variables (docs/configuration.md).

Options:
  --port N          the port to listen on (env PORT; default 8080)
  --host ADDRESS    the address to listen on (env HOST; default 127.0.0.1; 0.0.0.0 for every
                    interface)
  --role ROLE       what this process does (env BANANASTAND_ROLE; default all): all; api
                    (HTTP API only); worker (tasks and webhooks; only /healthz, /readyz,
                    /metrics). api and worker need BANANASTAND_DATABASE_URL (docs/deploy.md)
  -h, --help        this help
`;

const ROLES = ['all', 'api', 'worker'];

/** `bananastand serve`: the options win over PORT, HOST and BANANASTAND_ROLE (and so also set the default public URL). */
export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommandLine(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    role: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(SERVE_HELP);
    return EXIT.ok;
  }
  const env = { ...io.env };
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port) || Number(values.port) < 1 || Number(values.port) > 65535) {
      throw new CliError(`--port must be a whole number from 1 to 65535, not ${JSON.stringify(values.port)}`, EXIT.usage);
    }
    env.PORT = values.port;
  }
  if (values.host !== undefined) env.HOST = values.host;
  if (values.role !== undefined) {
    if (!ROLES.includes(values.role)) {
      const guess = closest(values.role, ROLES);
      throw new CliError(`--role must be one of ${ROLES.join(', ')}, not ${JSON.stringify(values.role)}${guess ? `; did you mean ${guess}?` : ''}`, EXIT.usage);
    }
    env.BANANASTAND_ROLE = values.role;
  }
  await (await import('../server.js')).serve(env);
  return -1; // keeps running
}
