import { execFile } from 'node:child_process';
import { CLI } from './child-server.js';
import { tempDir } from './runtime.js';

/** Runs the built binary (`node dist/cli/main.js`) with only the environment given (none of the caller's BANANASTAND_*, Google or PORT/HOST variables). */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = tempDir('bananastand-cli-')): Promise<{ code: number; stdout: string; stderr: string; cwd: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BANANASTAND_|GEMINI_|GOOGLE_|PORT$|HOST$)/.test(k)));
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env }, timeout: 25_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, cwd });
    });
  });
}
