// "A row of houses", "a line of ducks": several of the main subject side by side on one line, all
// at the front (not a staggered group); on a city street a row of buildings stands on the pavement.
// "Colourful" gives each its own hue. (docs/local-engine.md, "What it understands")
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 1200, height = 896) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

describe('a row of things', () => {
  it('counts a row or a line, and reads townhouses and plural houses as houses', () => {
    for (const prompt of ['a row of colourful townhouses', 'a row of houses on a modern city street', 'a row of terraced houses in the rain', 'a line of ducks crossing a road']) {
      const main = planScene(prompt).subjects[0];
      expect(main.count, prompt).toBe(5);
      expect(main.row, prompt).toBe(true);
    }
    expect(planScene('a row of houses').subjects[0].thing.key).toBe('house');
    expect(compose('a row of houses').description).toMatch(/^five houses \(main\)/);
    // "in line" and a drawn line are no count.
    expect(planScene('children waiting in line for ice cream').subjects.every((s) => !s.row)).toBe(true);
  });

  it('stands them side by side on one base line, none overlapping', () => {
    for (const [prompt, w, h] of [['a row of colourful townhouses', 1200, 896], ['a row of houses on a city street', 1376, 768], ['a line of ducks by a lake', 896, 1152]] as const) {
      const mains = compose(prompt, w, h).layout.filter((p) => p.role === 'main').sort((a, b) => a.box.x - b.box.x);
      expect(mains.length, prompt).toBe(5);
      const bottoms = mains.map((p) => p.box.y + p.box.h);
      expect(Math.max(...bottoms) - Math.min(...bottoms), prompt).toBeLessThan(h * 0.02);
      for (let i = 1; i < mains.length; i++) expect(mains[i].box.x, prompt).toBeGreaterThanOrEqual(mains[i - 1].box.x + mains[i - 1].box.w - 1);
      for (const p of mains) expect(p.box.x >= 0 && p.box.x + p.box.w <= w, prompt).toBe(true);
    }
  });

  it('puts a row of buildings on the pavement of a street, and colours each when asked', () => {
    const street = compose('a row of houses on a city street', 1200, 896).layout.filter((p) => p.role === 'main');
    for (const p of street) expect(p.box.y + p.box.h).toBeLessThan(896 * 0.72);
    const colourful = compose('a row of colourful townhouses').svg;
    const plain = compose('a row of townhouses').svg;
    expect(colourful).not.toBe(plain);
  });
});
