import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_ERRORS, TASK_ERROR_CODES } from '../../src/domain/error-codes.js';

const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/errors.md'), 'utf8');

function codesInSection(heading: string): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
}

describe('docs/errors.md lists exactly the registry (as fastify checks its Errors.md)', () => {
  it('HTTP error codes, with their statuses', () => {
    expect(codesInSection('HTTP error codes').sort()).toEqual(Object.keys(HTTP_ERRORS).sort());
    for (const [code, { status }] of Object.entries(HTTP_ERRORS)) {
      expect(doc).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
    }
  });

  it('task error codes', () => {
    expect(codesInSection('Task error codes').sort()).toEqual([...TASK_ERROR_CODES].sort());
  });
});
