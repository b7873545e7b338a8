#!/usr/bin/env node
import { ConfigError } from '../config.js';
import { EXIT, processIo, type Io } from './io.js';

// Commands load on demand: a client command starts without the server's modules (SQLite, sharp).

const HELP = `Usage: bananastand <command> [options]

Commands:
  generate "<prompt>"  make an image: through a server (--server) or in this process
  tasks ...            list | get ID | cancel ID: your tasks on a server
  serve                start the API server (same as npm start)
  keys ...             manage API keys: create --name NAME | list | revoke ID

Environment: BANANASTAND_SERVER, BANANASTAND_API_KEY (client commands);
BANANASTAND_DATA_DIR and the rest of docs/configuration.md (serve, keys, in-process generate).

Run "bananastand <command> --help" for a command's options.
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        if (rest.includes('--help') || rest.includes('-h')) {
          io.out('Usage: bananastand serve\n\nStarts the server. Configure it with environment variables (see docs/configuration.md).\n');
          return EXIT.ok;
        }
        await (await import('../server.js')).serve(io.env);
        return -1; // keeps running
      case 'keys':
        return await (await import('./keys.js')).keysCommand(rest, io);
      case 'generate':
        return await (await import('./generate.js')).generateCommand(rest, io);
      case 'tasks':
        return await (await import('./tasks.js')).tasksCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return command ? EXIT.ok : EXIT.usage;
      default:
        io.err(`bananastand: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
        return EXIT.usage;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(`bananastand: ${err.message}\n`);
      return EXIT.usage;
    }
    io.err(`bananastand: ${(err as Error).stack ?? err}\n`);
    return EXIT.error;
  }
}

const code = await main(process.argv.slice(2), processIo);
if (code >= 0) process.exitCode = code;
