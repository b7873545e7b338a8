// Marketing and page formats on real prompts (issue 16): covers keep their subject below the title,
// flat and single-colour asks get a plain backdrop, named colours and values are used, icons and
// `text` stay honest.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const mainTop = (prompt: string, headroom: number | undefined, W = 512, H = 768) => {
  const plan = { ...planScene(prompt), headroom };
  const main = composePicture({ plan, width: W, height: H, seed: 1 }).layout.find((p) => p.role === 'main')!;
  return main.box.y / H;
};

describe('local engine: covers keep the subject below the title area', () => {
  it.each(['a dragon in a meadow', 'an astronaut on mars', 'an eagle over mountains', 'a wizard in a forest', 'a giant robot in a city'])('%s stands below the headroom', (prompt) => {
    expect(mainTop(prompt, 0.32)).toBeGreaterThanOrEqual(0.31);
  });
  it('without headroom a flying dragon rises into the top third', () => {
    expect(mainTop('a dragon in a meadow', undefined)).toBeLessThan(0.31);
  });
});
