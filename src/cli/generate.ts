import fs from 'node:fs';
import path from 'node:path';
import { sniffImageType } from '../references/sniff.js';
import { TaskFailedError, type CreateImageParams, type Task } from '@bananastand/sdk';
import { parseCommandLine } from './args.js';
import { CliError, EXIT, type Io } from './io.js';
import { Progress, formatSeconds } from './progress.js';
import { apiKeyFrom, createClient, describeError, exitCodeFor, serverFrom } from './remote.js';
import { saveFiles, type GeneratedFile } from './save-files.js';

export const GENERATE_HELP = `Usage: bananastand generate "<prompt>" [options]

Makes one image and saves it. With --server (or BANANASTAND_SERVER) it asks that server;
without, it generates in this process on the embedded default (BANANASTAND_DATA_DIR,
the engine from BANANASTAND_ENGINE / GEMINI_API_KEY), with no HTTP server at all.

Options:
  --aspect-ratio R     1:1 (default), 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9,
                       1:4, 4:1, 1:8, 8:1
  --resolution R       512, 1K (default), 2K, 4K
  --ref FILE_OR_URL    a reference image: a local PNG/JPEG/WebP file (sent inline)
                       or an http(s):// or gs:// URL; repeat for more (up to 14)
  --ref-text TEXT      what the reference at the same position is for; repeatable
  --search             ground the image in Google Search (engines that can search)
  --seed N             0 to 4294967295: same request and seed, same picture (local engine)
  -o, --output PATH    where to save: a file name, or a folder (default: the current
                       folder, as bananastand-<id prefix>.png)
  --json               print the final task object as JSON on stdout
  --no-wait            create the task, print its id (or, with --json, the task) and exit
                       at once; needs a server. Later: bananastand tasks get|download ID
  --timeout SECONDS    stop waiting after this long (the task goes on on a server)
  --server URL         the server to use (env BANANASTAND_SERVER)
  --api-key KEY        the API key (env BANANASTAND_API_KEY, read only with a server);
                       in process it picks the key that owns the task (default: the
                       data folder's oldest key)
  -h, --help           this help

Exit codes: 0 done, 2 bad usage or parameters, 3 bad key, 4 task failed,
5 network or server trouble, 6 not found.
`;

/** A --ref value as the API takes it: URLs pass through; local files become data URIs. */
function referenceImage(ref: string): string {
  if (/^(https?:\/\/|gs:\/\/|data:)/i.test(ref)) return ref;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(ref);
  } catch (err) {
    throw new CliError(`--ref ${ref}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`, EXIT.usage);
  }
  const type = sniffImageType(bytes);
  if (!type) throw new CliError(`--ref ${ref}: not a PNG, JPEG or WebP image.`, EXIT.usage);
  return `data:${type};base64,${bytes.toString('base64')}`;
}

function parse(argv: string[]) {
  const { values, positionals } = parseCommandLine(argv, {
    'aspect-ratio': { type: 'string' },
    resolution: { type: 'string' },
    ref: { type: 'string', multiple: true },
    'ref-text': { type: 'string', multiple: true },
    search: { type: 'boolean' },
    seed: { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
    timeout: { type: 'string' },
    server: { type: 'string' },
    'api-key': { type: 'string' },
    'no-wait': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  return { values, prompt: positionals.join(' ') };
}

export async function generateCommand(argv: string[], io: Io): Promise<number> {
  const args = parse(argv);
  const v = args.values;
  if (v.help) {
    io.out(GENERATE_HELP);
    return EXIT.ok;
  }
  if (!args.prompt) {
    io.err(`bananastand generate: give the prompt, in quotes.\n\n${GENERATE_HELP}`);
    return EXIT.usage;
  }
  let body: CreateImageParams;
  let timeoutMs: number | undefined;
  try {
    body = buildBody(args.prompt, v);
    if (v.timeout !== undefined) {
      if (!/^\d+(\.\d+)?$/.test(v.timeout) || Number(v.timeout) <= 0) throw new CliError('--timeout must be a number of seconds.', EXIT.usage);
      timeoutMs = Number(v.timeout) * 1000;
    }
  } catch (err) {
    io.err(`bananastand generate: ${(err as Error).message}\n`);
    return err instanceof CliError ? err.exitCode : EXIT.usage;
  }

  const server = serverFrom(v.server, io);
  // BANANASTAND_API_KEY is a key of that server: in process only --api-key chooses the key.
  const apiKey = server ? apiKeyFrom(v['api-key'], io) : v['api-key'];
  if (v['no-wait']) {
    if (!server) throw new CliError('--no-wait needs a server (--server URL or BANANASTAND_SERVER): in this process nothing would run the task after the command exits.', EXIT.usage);
    return createOnly(createClient(server, apiKey), body, v.json === true, io, server);
  }
  const progress = new Progress(io, io.isTTY && !v.json);
  const quietProgress = v.json && !io.isTTY;
  let taskId: string | undefined;
  const onStatus = (t: Task) => {
    taskId = t.task_id;
    if (!quietProgress) progress.update(t);
  };
  const controller = new AbortController();
  const onSigint = () => controller.abort(new CliError('Interrupted.', 130));
  process.once('SIGINT', onSigint);
  const timer = timeoutMs ? setTimeout(() => controller.abort(new CliError(`Gave up waiting after ${v.timeout} s.`, EXIT.network)), timeoutMs) : undefined;
  let task: Task;
  let files: GeneratedFile[];
  try {
    if (server) {
      const client = createClient(server, apiKey);
      task = await client.images.generate(body, { onStatus, signal: controller.signal });
      files = [];
      for (const url of task.generated) {
        const file = await client.files.download(url, { signal: controller.signal });
        files.push({ url, bytes: await file.bytes(), contentType: file.contentType });
      }
    } else {
      const { generateInProcess } = await import('./in-process.js');
      ({ task, files } = await generateInProcess(body, { io, apiKey, onStatus, signal: controller.signal }));
    }
  } catch (err) {
    progress.stop();
    if (err instanceof TaskFailedError) {
      if (v.json) io.out(`${JSON.stringify(err.task, null, 2)}\n`);
      io.err(`FAILED (${err.task.error_code}): ${err.message}\n`);
      return EXIT.taskFailed;
    }
    if (err instanceof CliError) {
      const goesOn = server && taskId && controller.signal.aborted ? `\nTask ${taskId} goes on on the server: bananastand tasks get ${taskId}` : '';
      io.err(`bananastand generate: ${err.message}${goesOn}\n`);
      return err.exitCode;
    }
    io.err(`bananastand generate: ${describeError(err, { server })}`);
    return exitCodeFor(err);
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSigint);
  }
  progress.stop();

  const paths = saveFiles(files, task.task_id, v.output);
  if (v.json) {
    io.out(`${JSON.stringify(task, null, 2)}\n`);
    for (const p of paths) io.err(`saved ${path.relative(process.cwd(), p) || p}\n`);
    return EXIT.ok;
  }
  io.out(summary(task, paths, Boolean(server)));
  return EXIT.ok;
}

/** `--no-wait`: the task as created, for a script to follow up with `tasks get` or `tasks download`. */
async function createOnly(client: ReturnType<typeof createClient>, body: CreateImageParams, json: boolean, io: Io, server: string): Promise<number> {
  let task: Task;
  try {
    task = await client.images.create(body);
  } catch (err) {
    io.err(`bananastand generate: ${describeError(err, { server })}`);
    return exitCodeFor(err);
  }
  if (json) io.out(`${JSON.stringify(task, null, 2)}\n`);
  else {
    io.out(`${task.task_id}\n`);
    io.err(`${task.status}: follow it with bananastand tasks get ${task.task_id}, save it with bananastand tasks download ${task.task_id}\n`);
  }
  return EXIT.ok;
}

function buildBody(prompt: string, v: ReturnType<typeof parse>['values']): CreateImageParams {
  const body: CreateImageParams = { prompt };
  if (v['aspect-ratio'] !== undefined) body.aspect_ratio = v['aspect-ratio'] as CreateImageParams['aspect_ratio'];
  if (v.resolution !== undefined) body.resolution = v.resolution as CreateImageParams['resolution'];
  const refs = v.ref ?? [];
  const texts = v['ref-text'] ?? [];
  if (texts.length > refs.length) throw new CliError('each --ref-text belongs to the --ref at the same position: give the --ref first.', EXIT.usage);
  if (refs.length) body.reference_images = refs.map((r, i) => (texts[i] ? { image: referenceImage(r), text: texts[i] } : { image: referenceImage(r) }));
  if (v.search) body.use_google_search_tool = true;
  if (v.seed !== undefined) {
    if (!/^\d+$/.test(v.seed)) throw new CliError(`--seed must be a whole number from 0 to 4294967295, not ${JSON.stringify(v.seed)}.`, EXIT.usage);
    body.seed = Number(v.seed);
  }
  return body;
}

/** What a person reads after a successful run. */
function summary(task: Task, paths: string[], remote: boolean): string {
  const image = task.images?.[0];
  const facts = [
    image ? `${image.width}x${image.height} ${image.mime_type.replace('image/', '')}` : undefined,
    task.engine ? `${task.engine} engine${task.model ? ` (${task.model})` : ''}` : undefined,
    task.metrics ? `in ${formatSeconds(task.metrics.total_ms)}` : undefined,
  ].filter(Boolean);
  const lines = [`COMPLETED  ${facts.join(', ')}`];
  for (const p of paths) lines.push(`saved      ${path.relative(process.cwd(), p) || p}`);
  if (remote) for (const url of task.generated) lines.push(`url        ${url}`);
  lines.push(`task       ${task.task_id}`);
  if (task.seed !== undefined) lines.push(`seed       ${task.seed}`);
  if (task.text) lines.push(`engine     ${task.text.replace(/\s+/g, ' ').trim()}`);
  const g = task.grounding;
  if (g?.status === 'grounded' && g.sources.length) {
    lines.push('sources:');
    g.sources.forEach((s, i) => lines.push(`  ${i + 1}. ${s.title ? `${s.title} — ` : ''}${s.uri}`));
  } else if (g?.status === 'unavailable') {
    lines.push(`search     not used: ${g.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
