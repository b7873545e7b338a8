import fs from 'node:fs';
import path from 'node:path';

/** A generated image as downloaded (or read in process). */
export interface GeneratedFile {
  url: string;
  bytes: Uint8Array;
  contentType: string;
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/**
 * Where each image goes: `-o FILE` names the first (the next get `-2`, `-3`, … before the
 * extension), `-o DIR/` or an existing folder takes the default names, and without `-o` the
 * default `bananastand-<task id prefix>.<ext>` lands in the current folder.
 */
function outputPaths(files: GeneratedFile[], taskId: string, output: string | undefined, cwd = process.cwd()): string[] {
  const defaultName = (f: GeneratedFile, i: number) =>
    `bananastand-${taskId.slice(0, 8)}${i ? `-${i + 1}` : ''}.${EXTENSIONS[f.contentType.split(';')[0].trim()] ?? 'bin'}`;
  if (!output) return files.map((f, i) => path.resolve(cwd, defaultName(f, i)));
  const target = path.resolve(cwd, output);
  const isDir = /[\\/]$/.test(output) || (fs.existsSync(target) && fs.statSync(target).isDirectory());
  if (isDir) return files.map((f, i) => path.join(target, defaultName(f, i)));
  const ext = path.extname(target);
  const stem = ext ? target.slice(0, -ext.length) : target;
  return files.map((_, i) => (i === 0 ? target : `${stem}-${i + 1}${ext}`));
}

/** Writes the images, making folders as needed; returns the paths written. */
export function saveFiles(files: GeneratedFile[], taskId: string, output: string | undefined): string[] {
  const paths = outputPaths(files, taskId, output);
  files.forEach((f, i) => {
    fs.mkdirSync(path.dirname(paths[i]), { recursive: true });
    fs.writeFileSync(paths[i], f.bytes);
  });
  return paths;
}
