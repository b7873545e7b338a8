import fs from 'node:fs';
import { loadConfig } from '../config.js';
import { createApiKey } from '../keys/keys.js';
import { presentTask } from '../tasks/present.js';
import { createStore } from '../store/create-store.js';
import { parseCommandLine, unknownCommand } from './args.js';
import { EXIT, type Io } from './io.js';

export const KEYS_HELP = `Usage: bananastand keys <create|list|revoke> [options]

Manage API keys in the embedded database (BANANASTAND_DATA_DIR, default ./data).

  keys create --name NAME   make a key; prints the key and its webhook secret once
  keys list [--json]        list keys (id, name, prefix, created, revoked)
  keys revoke ID            revoke a key: it answers 401 from then on
`;

export async function keysCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(KEYS_HELP);
    return sub ? EXIT.ok : EXIT.usage;
  }
  if (!['create', 'list', 'revoke'].includes(sub)) throw unknownCommand(sub, ['create', 'list', 'revoke']);
  const args = parseCommandLine(rest, { name: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (args.values.help) {
    io.out(KEYS_HELP);
    return EXIT.ok;
  }
  const config = loadConfig(io.env);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const store = await createStore(config, (t) => JSON.stringify(presentTask(t, config.publicUrl)));
  try {
    switch (sub) {
      case 'create': {
        const name = args.values.name ?? args.positionals[0];
        if (!name) {
          io.err('bananastand keys create: --name NAME is required\n');
          return EXIT.usage;
        }
        const { key, record } = await createApiKey(store, name);
        if (args.values.json) {
          io.out(`${JSON.stringify({ id: record.id, name: record.name, key, webhook_secret: record.webhookSecret })}\n`);
        } else {
          io.out(
            `Created key ${record.id} (${record.name}). It is shown only this once:\n\n  API key:        ${key}\n  webhook secret: ${record.webhookSecret}\n\n`,
          );
        }
        return EXIT.ok;
      }
      case 'list': {
        const keys = await store.listKeys();
        if (args.values.json) {
          io.out(`${JSON.stringify(keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, created_at: new Date(k.createdAt).toISOString(), revoked_at: k.revokedAt ? new Date(k.revokedAt).toISOString() : null })))}\n`);
        } else {
          for (const k of keys) {
            io.out(`${k.id}  ${k.name.padEnd(16)}  ${k.prefix}  created ${new Date(k.createdAt).toISOString()}${k.revokedAt ? `  REVOKED ${new Date(k.revokedAt).toISOString()}` : ''}\n`);
          }
          if (!keys.length) io.out('No keys yet. Make one with: bananastand keys create --name NAME\n');
        }
        return EXIT.ok;
      }
      case 'revoke': {
        const id = args.positionals[0];
        if (!id) {
          io.err('bananastand keys revoke: give the key id (see keys list)\n');
          return EXIT.usage;
        }
        if (!(await store.revokeKey(id, Date.now()))) {
          io.err(`bananastand keys revoke: no active key with id ${id}\n`);
          return EXIT.notFound;
        }
        io.out(`Revoked ${id}.\n`);
        return EXIT.ok;
      }
      default:
        throw unknownCommand(sub, ['create', 'list', 'revoke']);
    }
  } finally {
    await store.close();
  }
}
