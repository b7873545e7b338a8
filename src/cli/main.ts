#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config.js';
import { unknownCommand } from './args.js';
import { CliError, EXIT, processIo, type Io } from './io.js';

// Commands load on demand: a client command starts without the server's modules (SQLite, sharp).

const HELP = `Usage: bananastand <command> [options]

Commands:
  generate "<prompt>"  make an image: through a server (--server) or in this process
  tasks ...            list | get ID | cancel ID | download ID: your tasks on a server
  serve                start the API server (same as npm start); --port, --host, --role
  keys ...             manage API keys: create --name NAME | list | update ID | revoke ID

Options:
  -v, --version        print the version
  -h, --help           this help

Environment: BANANASTAND_SERVER, BANANASTAND_API_KEY (client commands, with a server);
BANANASTAND_DATA_DIR and the rest of docs/configuration.md (serve, keys, in-process generate).

Run "bananastand <command> --help" for a command's options.
`;

const COMMANDS = ['generate', 'tasks', 'serve', 'keys', 'help'];

/** The version of the package (package.json sits two folders up from src/cli/ and dist/cli/). */
export function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await (await import('./serve.js')).serveCommand(rest, io);
      case 'keys':
        return await (await import('./keys.js')).keysCommand(rest, io);
      case 'generate':
        return await (await import('./generate.js')).generateCommand(rest, io);
      case 'tasks':
        return await (await import('./tasks.js')).tasksCommand(rest, io);
      case '--version':
      case '-v':
      case 'version':
        io.out(`bananastand ${version()}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return command ? EXIT.ok : EXIT.usage;
      default:
        if (command.startsWith('-')) throw new CliError(`unknown option ${command}; the options before a command are --version and --help`, EXIT.usage);
        throw unknownCommand(command, COMMANDS);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`bananastand${command && !command.startsWith('-') && COMMANDS.includes(command) ? ` ${command}` : ''}: ${err.message}\n\nRun "bananastand ${COMMANDS.includes(command ?? '') ? `${command} ` : ''}--help" for the options.\n`);
      return err.exitCode;
    }
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
