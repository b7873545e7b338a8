import fs from 'node:fs';
import { loadConfig } from '../config.js';
import { createApiKey } from '../keys/keys.js';
import { presentTask } from '../tasks/present.js';
import { createStore } from '../store/create-store.js';
import { NO_KEY_LIMITS, type ApiKeyRecord } from '../store/ports.js';
import { parseCommandLine, unknownCommand } from './args.js';
import { EXIT, type Io } from './io.js';
import { describeLimits, effectiveLimits, LIMIT_OPTIONS, readLimitOptions } from './key-limits.js';

export const KEYS_HELP = `Usage: bananastand keys <create|list|update|revoke> [options]

Manage API keys in the store (BANANASTAND_DATABASE_URL, else BANANASTAND_DATA_DIR, default ./data).

  keys create --name NAME [limits]  make a key; prints the key and its webhook secret once
  keys list [--json]                list keys (id, name, prefix, created, revoked, limits)
  keys update ID [limits]           change a key's limits (at once, on every server)
  keys revoke ID                    revoke a key: it answers 401 from then on

Limits (each also takes "default": the server's BANANASTAND_KEY_* setting):
  --rate 10/s            sustained requests (token bucket refill; also 600/m, 5000/h)
  --burst 50             requests at once (the bucket's size)
  --max-in-flight 20     tasks CREATED or IN_PROGRESS at once (0: no cap); more answer 429
  --max-running 4        tasks IN_PROGRESS at once, deployment-wide (0: no cap)
`;

const SUBCOMMANDS = ['create', 'list', 'update', 'revoke'];

export async function keysCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(KEYS_HELP);
    return sub ? EXIT.ok : EXIT.usage;
  }
  if (!SUBCOMMANDS.includes(sub)) throw unknownCommand(sub, SUBCOMMANDS);
  const args = parseCommandLine(rest, {
    name: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...LIMIT_OPTIONS,
  });
  if (args.values.help) {
    io.out(KEYS_HELP);
    return EXIT.ok;
  }
  const config = loadConfig(io.env);
  const limits = readLimitOptions(args.values);
  const limitsOf = (record: ApiKeyRecord) => effectiveLimits(record, config.keyDefaults);
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
        const { key, record } = await createApiKey(store, name, Date.now(), { ...NO_KEY_LIMITS, ...limits });
        if (args.values.json) {
          io.out(`${JSON.stringify({ id: record.id, name: record.name, key, webhook_secret: record.webhookSecret, limits: limitsOf(record) })}\n`);
        } else {
          io.out(
            `Created key ${record.id} (${record.name}). It is shown only this once:\n\n  API key:        ${key}\n  webhook secret: ${record.webhookSecret}\n  limits:         ${describeLimits(record, config.keyDefaults)}\n\n`,
          );
        }
        return EXIT.ok;
      }
      case 'list': {
        const keys = await store.listKeys();
        if (args.values.json) {
          const rows = keys.map((k) => ({
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            created_at: new Date(k.createdAt).toISOString(),
            revoked_at: k.revokedAt ? new Date(k.revokedAt).toISOString() : null,
            limits: limitsOf(k),
          }));
          io.out(`${JSON.stringify(rows)}\n`);
        } else {
          for (const k of keys) {
            io.out(
              `${k.id}  ${k.name.padEnd(16)}  ${k.prefix}  created ${new Date(k.createdAt).toISOString()}${k.revokedAt ? `  REVOKED ${new Date(k.revokedAt).toISOString()}` : ''}  ${describeLimits(k, config.keyDefaults)}\n`,
            );
          }
          if (keys.length) io.out('(* the server\'s default, BANANASTAND_KEY_*)\n');
          if (!keys.length) io.out('No keys yet. Make one with: bananastand keys create --name NAME\n');
        }
        return EXIT.ok;
      }
      case 'update': {
        const id = args.positionals[0];
        if (!id || !Object.keys(limits).length) {
          io.err('bananastand keys update: give the key id (see keys list) and at least one of --rate, --burst, --max-in-flight, --max-running\n');
          return EXIT.usage;
        }
        const record = await store.updateKeyLimits(id, limits);
        if (!record) {
          io.err(`bananastand keys update: no key with id ${id}\n`);
          return EXIT.notFound;
        }
        if (args.values.json) io.out(`${JSON.stringify({ id: record.id, limits: limitsOf(record) })}\n`);
        else io.out(`Updated ${id}: ${describeLimits(record, config.keyDefaults)}\n`);
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
        throw unknownCommand(sub, SUBCOMMANDS);
    }
  } finally {
    await store.close();
  }
}
