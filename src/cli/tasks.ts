import path from 'node:path';
import type { Task, TaskStatus } from '@bananastand/sdk';
import { parseCommandLine, unknownCommand } from './args.js';
import { CliError, EXIT, type Io } from './io.js';
import { apiKeyFrom, createClient, describeError, exitCodeFor, serverFrom } from './remote.js';
import { saveFiles } from './save-files.js';

export const TASKS_HELP = `Usage: bananastand tasks <list|get|cancel|download> [options]

Reads and cancels the tasks of your API key on a server.

  tasks list [--page N] [--per-page N] [--status S] [--all]
                        newest first; S is CREATED, IN_PROGRESS, COMPLETED or FAILED;
                        --all walks every page from --page on
  tasks get ID          one task
  tasks cancel ID       cancel a task that has not ended (it ends FAILED, code cancelled)
  tasks download ID [-o PATH]
                        save the task's image (waiting for the task to end first): -o is a
                        file name or a folder; default bananastand-<id prefix>.png here

Options for all:
  --json                print JSON (the task object, or a list page's {data, meta})
  --server URL          the server (env BANANASTAND_SERVER; default http://localhost:$PORT,
                        PORT defaulting to 8080)
  --api-key KEY         the API key (env BANANASTAND_API_KEY)
  -h, --help            this help

Exit codes: 0 done, 2 bad usage, 3 bad key, 4 the task FAILED (download),
5 network or server trouble, 6 not found.
`;

const STATUSES: TaskStatus[] = ['CREATED', 'IN_PROGRESS', 'COMPLETED', 'FAILED'];
const SUBCOMMANDS = ['list', 'get', 'cancel', 'download'];

function line(t: Task): string {
  const size = t.images?.[0] ? `${t.images[0].width}x${t.images[0].height}` : `${t.aspect_ratio ?? ''} ${t.resolution ?? ''}`.trim();
  const extra = t.status === 'FAILED' ? (t.error_code ?? '') : (t.generated[0] ?? '');
  const seed = t.seed === undefined ? '' : `seed ${t.seed}`;
  return `${t.task_id}  ${t.status.padEnd(11)}  ${(t.created_at ?? '').slice(0, 19).replace('T', ' ')}  ${size.padEnd(11)}  ${seed.padEnd(15)}  ${shortPrompt(t.prompt)}  ${extra}\n`;
}

/** The prompt on one line, cut at 40 characters (code points), for the list. */
function shortPrompt(prompt: string | undefined): string {
  if (!prompt) return '';
  const flat = [...prompt.replace(/\s+/g, ' ').trim()];
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 39).join('')}…` : flat.join(''));
}

function details(t: Task): string {
  const rows: [string, string | undefined][] = [
    ['task', t.task_id],
    ['status', t.status],
    ['prompt', t.prompt],
    ['created', t.created_at],
    ['updated', t.updated_at],
    ['ratio', t.aspect_ratio],
    ['resolution', t.resolution],
    ['seed', t.seed?.toString()],
    ['engine', t.engine ? `${t.engine}${t.model ? ` (${t.model})` : ''}` : undefined],
    ['error', t.error ? `${t.error_code ?? 'internal'}: ${t.error}` : undefined],
    ...(t.images ?? []).map((i): [string, string] => ['image', `${i.url}  ${i.width}x${i.height} ${i.mime_type} ${i.bytes} bytes`]),
    ['expires', t.expires_at],
    ['text', t.text],
  ];
  return rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k.padEnd(11)}${v}\n`).join('');
}

export async function tasksCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(TASKS_HELP);
    return sub ? EXIT.ok : EXIT.usage;
  }
  if (!SUBCOMMANDS.includes(sub)) throw unknownCommand(sub, SUBCOMMANDS);
  const args = parseCommandLine(rest, {
    page: { type: 'string' },
    'per-page': { type: 'string' },
    status: { type: 'string' },
    all: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
    server: { type: 'string' },
    'api-key': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const v = args.values;
  if (v.help) {
    io.out(TASKS_HELP);
    return EXIT.ok;
  }
  const server = serverFrom(v.server, io) ?? `http://localhost:${io.env.PORT || 8080}`;
  const client = createClient(server, apiKeyFrom(v['api-key'], io));
  const json = (value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);
  try {
    switch (sub) {
      case 'list': {
        const int = (name: string, value: string | undefined) => {
          if (value === undefined) return undefined;
          if (!/^\d+$/.test(value)) throw new CliError(`--${name} must be a whole number`, EXIT.usage);
          return Number(value);
        };
        const status = v.status?.toUpperCase() as TaskStatus | undefined;
        if (status && !STATUSES.includes(status)) throw new CliError(`--status must be one of ${STATUSES.join(', ')}`, EXIT.usage);
        const pages = client.tasks.list({ page: int('page', v.page), perPage: int('per-page', v['per-page']), status });
        if (v.all) {
          const all: Task[] = [];
          for await (const t of pages) {
            if (v.json) all.push(t);
            else io.out(line(t));
          }
          if (v.json) json(all);
          return EXIT.ok;
        }
        const page = await pages;
        if (v.json) {
          json({ data: page.data, meta: page.meta });
          return EXIT.ok;
        }
        for (const t of page.data) io.out(line(t));
        const m = page.meta;
        io.err(m.total ? `page ${m.current_page} of ${m.last_page} (${m.total} tasks)${page.hasNextPage() ? `; next: --page ${m.current_page + 1}` : ''}\n` : 'No tasks yet.\n');
        return EXIT.ok;
      }
      case 'get':
      case 'cancel': {
        const id = args.positionals[0];
        if (!id) throw new CliError(`give the task id: bananastand tasks ${sub} ID`, EXIT.usage);
        const task = sub === 'get' ? await client.tasks.get(id) : await client.tasks.cancel(id);
        if (v.json) json(task);
        else io.out(details(task));
        return EXIT.ok;
      }
      case 'download': {
        const id = args.positionals[0];
        if (!id) throw new CliError('give the task id: bananastand tasks download ID [-o PATH]', EXIT.usage);
        let task = await client.tasks.get(id);
        while (task.status === 'CREATED' || task.status === 'IN_PROGRESS') task = await client.tasks.get(id, { wait: 60 });
        if (task.status === 'FAILED') throw new CliError(`the task ended FAILED (${task.error_code}): ${task.error}`, EXIT.taskFailed);
        const files = [];
        for (const url of task.generated) {
          const file = await client.files.download(url);
          files.push({ url, bytes: await file.bytes(), contentType: file.contentType });
        }
        const paths = saveFiles(files, task.task_id, v.output);
        if (v.json) json({ task_id: task.task_id, files: paths });
        else for (const p of paths) io.out(`saved ${path.relative(process.cwd(), p) || p}\n`);
        return EXIT.ok;
      }
      default:
        throw unknownCommand(sub, SUBCOMMANDS);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`bananastand tasks ${sub}: ${err.message}\n`);
      return err.exitCode;
    }
    io.err(`bananastand tasks ${sub}: ${describeError(err, { server })}`);
    return exitCodeFor(err);
  }
}
