// The fonts resvg loads for a picture with words. `loadSystemFonts` scans and parses every font on
// the machine for each render (10–16 ms, whatever the picture's size); the pictures only ever ask for
// DejaVu Sans, regular and bold, so those two files are found once per thread and loaded alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEXT_FONT = 'DejaVu Sans';
const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', path.join(os.homedir(), '.local/share/fonts'), path.join(os.homedir(), '.fonts')];
/**
 * Characters DejaVu Sans draws: Latin (with Extended-A/B), Greek, Cyrillic, general punctuation.
 * Text with anything else (CJK, emoji) goes to the system fonts, so a font installed for it is used.
 */
const DEJAVU_COVERS = /^[\u0000-\u024f\u0370-\u04ff\u2000-\u206f\u20a0-\u20bf]*$/;

export type FontOptions = { loadSystemFonts: boolean; fontFiles?: string[]; defaultFontFamily: string };

let found: string[] | null | undefined;

/** The DejaVu Sans files, searched for once; null when the machine does not have both. */
function dejaVuFiles(): string[] | null {
  if (found !== undefined) return found;
  const hits = new Map<string, string>();
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < 4) walk(path.join(dir, e.name), depth + 1);
      else if (FILES.includes(e.name) && !hits.has(e.name)) hits.set(e.name, path.join(dir, e.name));
    }
  };
  for (const dir of FONT_DIRS) walk(dir, 0);
  found = FILES.every((f) => hits.has(f)) ? FILES.map((f) => hits.get(f)!) : null;
  return found;
}

/** resvg's font options for this SVG: none without text, DejaVu alone when it covers the text. */
export function fontsFor(svg: string): FontOptions {
  if (!svg.includes('<text')) return { loadSystemFonts: false, defaultFontFamily: TEXT_FONT };
  const files = DEJAVU_COVERS.test(svg) ? dejaVuFiles() : null;
  return files ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: TEXT_FONT } : { loadSystemFonts: true, defaultFontFamily: TEXT_FONT };
}
