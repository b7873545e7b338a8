// The fjord and the Greek temple: reachable from their words, drawn by their own painters, and
// described as a picture in themselves when nothing else is named.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string) => composePicture({ plan: planScene(prompt), width: 768, height: 512, seed: 0 });

describe('a fjord and a Greek temple', () => {
  it.each([
    ['a fjord at sunrise', 'fjord'], ['norwegian fjords in summer', 'fjord'], ['a Norwegian fjord with a red cabin', 'fjord'],
    ['a sailboat in a fjord', 'fjord'],
    ['the parthenon at sunset', 'greek-temple'], ['the acropolis of athens', 'greek-temple'], ['a greek temple on a hill', 'greek-temple'],
    ['a philosopher in ancient greece', 'greek-temple'], ['an ancient greek temple, oil painting', 'greek-temple'],
  ])('"%s" is set %s', (prompt, setting) => {
    expect(planScene(prompt).setting).toBe(setting);
  });

  it('keeps a plain temple a building and a monk in it a monk', () => {
    expect(planScene('a monk in a temple').setting).not.toBe('greek-temple');
    expect(planScene('a sea cliff').setting).toBe('coast');
  });

  it('says what the place is when nothing else is named, and puts a boat on the fjord water', () => {
    expect(compose('a norwegian fjord').description).toMatch(/^a landscape with no figures, in a fjord between steep dark cliffs, snowy peaks beyond/);
    expect(compose('the parthenon').description).toContain('before a Greek temple with columns and a pediment on a hill');
    expect(compose('the parthenon').description).not.toContain('empty scene');
    // A place asked for alone is the picture; "empty scene" is kept for prompts that name no place
    // and nothing drawable.
    expect(compose('a canyon').description).toMatch(/^a landscape with no figures, in a red(-| )rock canyon|^a landscape with no figures, in a canyon/);
    expect(compose('A snowy mountain range at sunrise').description).toMatch(/^a landscape with no figures, in the mountains/);
    expect(compose('an empty living room').description).toMatch(/^an empty room with no figures, in a living room/);
    expect(compose('a zorblat').description).toMatch(/^an empty scene \(no drawable subject recognised\).*not drawn: zorblat/);
    const boat = compose('a sailboat in a fjord');
    expect(boat.description).toMatch(/^sailboat \(main\), in a fjord/);
    // The boat floats on the water, above the rocky shore that begins 60% of the way down the ground.
    const main = boat.layout.find((p) => p.role === 'main')!;
    expect(main.box.y + main.box.h).toBeLessThan(512 * 0.58 + (512 - 512 * 0.58) * 0.6 + 4);
  });

  it('paints the fjord and the temple with their own painters', () => {
    const fjord = compose('a fjord').svg, temple = compose('the acropolis').svg, coast = compose('a sea cliff').svg;
    expect(new Set([fjord, temple, coast]).size).toBe(3);
    // The temple's pediment: a marble triangle over its columns (a polygon of three points).
    const triangles = (svg: string) => (svg.match(/<polygon points="[\d. ]+"/g) ?? []).filter((p) => p.split(' ').length === 7).length;
    expect(triangles(temple)).toBeGreaterThanOrEqual(triangles(coast) + 2);
  });
});
