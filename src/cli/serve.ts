import { parseCommandLine } from './args.js';
import { CliError, EXIT, type Io } from './io.js';

export const SERVE_HELP = `Usage: bananastand serve [--port N] [--host ADDRESS]

Starts the API server, the playground (/) and the API reference (/docs). Everything else is
configured with environment variables (docs/configuration.md).

Options:
  --port N          the port to listen on (env PORT; default 8080)
  --host ADDRESS    the address to listen on (env HOST; default 127.0.0.1; 0.0.0.0 for every
                    interface)
  -h, --help        this help
`;

/** `bananastand serve`: the options win over PORT and HOST (and so also set the default public URL). */
export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommandLine(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
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
  await (await import('../server.js')).serve(env);
  return -1; // keeps running
}
