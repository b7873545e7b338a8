import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { Canvas } from '../../../../src/engines/local/paint/canvas.js';
import { createGrade } from '../../../../src/engines/local/paint/grade.js';

describe('canvas', () => {
  it('leaves an outline-only shape unfilled (grading "none" used to paint it black)', () => {
    const c = new Canvas(100, 100, { style: 'illustrated', grade: createGrade({ time: 'night', lighting: [], style: 'illustrated', vintageDecor: false, indoor: false }) });
    c.circle(50, 50, 10, 'none', { extra: 'stroke="#fff"' });
    expect(c.toSvg()).toContain('fill="none"');
  });
});

describe('vertical gradients drawn as bands', () => {
  const look = { style: 'illustrated' as const, grade: createGrade({ time: 'day', lighting: [], style: 'illustrated', vintageDecor: false, indoor: false }) };
  const draw = (bands: boolean, opacity?: number) => {
    const c = new Canvas(300, 240, look);
    c.rect(0, 0, 300, 240, '#224466', { bare: true });
    const fill = c.linear([[0, '#0a1f4d'], [0.6, '#f08a4b', 0.8], [1, '#fce3a8', 0.3]], [0, 0.1, 0, 0.9]);
    if (!bands) (c as unknown as { bandable: () => boolean }).bandable = () => false;
    c.rect(10, 20.3, 280, 200.6, fill, { bare: true, opacity });
    return c.toSvg();
  };
  const pixels = (svg: string) => new Resvg(svg).render().pixels;

  it('a large bare rectangle gets solid rectangles, no gradient', () => {
    const svg = draw(true);
    expect(svg).not.toContain('<linearGradient');
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThan(50);
    expect(draw(false)).toContain('<linearGradient');
  });

  it('the bands give the gradient\'s pixels (within one level), with and without opacity', () => {
    for (const opacity of [undefined, 0.5]) {
      const a = pixels(draw(true, opacity)), b = pixels(draw(false, opacity));
      let max = 0;
      for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
      expect(max).toBeLessThanOrEqual(1);
    }
  });

  it('small, rounded or horizontal gradients stay gradients', () => {
    const c = new Canvas(300, 240, look);
    c.rect(0, 0, 40, 40, c.linear([[0, '#000000'], [1, '#ffffff']]), { bare: true });
    c.rect(0, 0, 300, 240, c.linear([[0, '#000000'], [1, '#ffffff']]), { bare: true, rx: 4 });
    c.rect(0, 0, 300, 240, c.linear([[0, '#000000'], [1, '#ffffff']], [0, 0, 1, 0]), { bare: true });
    expect((c.toSvg().match(/<linearGradient/g) ?? []).length).toBe(3);
  });
});
