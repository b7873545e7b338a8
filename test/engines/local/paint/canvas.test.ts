import { describe, expect, it } from 'vitest';
import { Canvas } from '../../../../src/engines/local/paint/canvas.js';
import { createGrade } from '../../../../src/engines/local/paint/grade.js';

describe('canvas', () => {
  it('leaves an outline-only shape unfilled (grading "none" used to paint it black)', () => {
    const c = new Canvas(100, 100, { style: 'illustrated', grade: createGrade({ time: 'night', lighting: [], style: 'illustrated', vintageDecor: false, indoor: false }) });
    c.circle(50, 50, 10, 'none', { extra: 'stroke="#fff"' });
    expect(c.toSvg()).toContain('fill="none"');
  });
});
