// A screen that names the night sky (a star map, a stargazing or astronomy app, constellations)
// shows a star map with its constellations and a search bar, not a chart or a street map; the
// words it draws are not listed as not drawn, and a constellation is never the Ophiuchus sign.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string) => composePicture({ plan: planScene(prompt), width: 1376, height: 768, seed: 0 });

describe('star map screens', () => {
  it.each([
    'a stargazing app on an iPhone screen',
    'an astronomy app mockup with constellations, dark mode',
    'mobile app UI for a sky map that finds constellations',
    'a star chart app interface, clean UI',
  ])('"%s" shows a star map', (prompt) => {
    const { description } = compose(prompt);
    expect(description).toMatch(/^screen mockup: a phone showing a star map with constellations and a search bar/);
    expect(description).not.toMatch(/ophiuchus|rising chart|not drawn/);
  });

  it('keeps street maps and other apps as they were', () => {
    expect(compose('a navigation app with a map').description).toMatch(/showing a map with a route/);
    expect(compose('a weather app screen').description).toMatch(/weather forecast/);
  });
});
