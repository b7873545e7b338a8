// Senses that unseen prompts drew wrong: a country is no bird, the camera a picture is taken with
// no camera in it. Each beside the literal sense it must keep.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

// Every picture drawn for the prompt: subjects, what they hold and what they ride.
const icons = (prompt: string) => planScene(prompt).subjects.flatMap((s) =>
  [s.thing.icon ?? s.thing.key, ...s.holding.map((h) => h.icon ?? h.key), ...(s.riding ? [s.riding.icon ?? s.riding.key] : [])]);
const describeOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).description;
const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe('a country that shares a name with a thing', () => {
  it.each([
    'hot air balloons over Cappadocia, Turkey',
    'a busy bazaar in Istanbul, Turkey',
    'a travel poster for a trip to Turkey',
    'the blue mosque at sunset in turkey',
  ])('"%s" names the country, not the bird', (prompt) => {
    expect(icons(prompt)).not.toContain('turkey');
    expect(describeOf(prompt)).toMatch(/not drawn: .*turkey/);
  });

  it('keeps the bird where it is one', () => {
    expect(icons('a roast turkey on a table')).toContain('turkey');
    expect(icons('a wild turkey in the forest')).toContain('turkey');
    expect(icons('Thanksgiving dinner, Turkey with gravy')).toContain('turkey');
  });
});

describe('the camera a picture is taken with', () => {
  it.each([
    'a cup of coffee on a table, the camera fully focused on the cup',
    'portrait of a woman, shot on a DSLR camera, 50mm',
    'a skyscraper seen from a low camera angle',
    'a man smiling at the camera',
    'a dog looking towards the camera',
  ])('"%s" draws no camera', (prompt) => {
    expect(icons(prompt)).not.toContain('camera');
    expect(describeOf(prompt)).not.toContain('camera');
  });

  it('keeps a camera that is in the picture', () => {
    expect(icons('a photographer holding a camera')).toContain('camera');
    expect(icons('a vintage camera on a desk')).toContain('camera');
    expect(icons('a camera on a tripod in a field')).toContain('camera');
  });
});
