import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIRE_PATH, generateWire } from '../../scripts/gen-sdk-types.js';
import { TASK_STAGES, TASK_STATUSES } from '../../src/domain/task.js';
import { TASK_ERROR_CODES } from '../../src/domain/error-codes.js';
import { ASPECT_RATIOS } from '../../src/domain/output-size.js';
import * as wire from '../../packages/sdk/src/wire.js';

describe('the SDK wire types (packages/sdk/src/wire.ts)', () => {
  it('are what scripts/gen-sdk-types.ts prints from src/contract/ now (run it after changing a schema)', () => {
    expect(fs.readFileSync(WIRE_PATH, 'utf8')).toBe(generateWire());
  });

  it('carry every enum of the domain as literals', () => {
    expect(wire.TASK_STATUSES).toEqual(TASK_STATUSES);
    expect(wire.TASK_STAGES).toEqual(TASK_STAGES);
    expect(wire.TASK_ERROR_CODES).toEqual(TASK_ERROR_CODES);
    expect(wire.ASPECT_RATIOS).toEqual(ASPECT_RATIOS);
    expect(wire.RESOLUTIONS).toEqual(expect.arrayContaining(['512', '1K', '2K', '4K', 'low', 'medium', 'high']));
    const source = fs.readFileSync(WIRE_PATH, 'utf8');
    expect(source).toMatch(/queue_position\?: number;/);
    expect(source).toMatch(/stage\?: "fetching_references" \| "generating" \| "storing";/);
  });
});
