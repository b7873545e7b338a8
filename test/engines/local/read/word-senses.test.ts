// Word senses: the drawn thing is the sense the prompt means, never a homonym, and the description
// names what the art shows.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const icons = (prompt: string) => planScene(prompt).subjects.map((s) => s.thing.icon ?? s.thing.key);
const describeOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).description;

describe('word senses from context', () => {
  it.each([
    ['a busy market square with fruit stalls', 'graduation-cap'],
    ['a gourmet dish in a fancy restaurant', 'satellite-antenna'],
    ['our marketing team celebrating a launch', 'rugby-football'],
    ['a banner about clean energy for our website', 'battery'],
    ['boost your social media engagement', 'ring'],
    ['drive more traffic to your online store', 'children-crossing'],
    ['social media hearts floating over a phone', 'stethoscope'],
    ['ten easy steps to better sleep', 'man-walking'],
    ['24/7 customer support for your business', 'reminder-ribbon'],
    ['a stack of business cards on a desk', 'joker'],
    ['a big play button for a video thumbnail', 'computer-mouse'],
    ['a giant question mark on a blue background', 'round-pushpin'],
    ['a banner for a photography course', 'framed-picture'],
    ['a map of the city with pins marking our store locations', 'bowling'],
    ['a travel website banner with map pins', 'bowling'],
    ['a sales dashboard banner for our team', 'credit-card'],
    ['boost your sales this summer', 'credit-card'],
    ['Aerial photography of the great barrier reef in Australia', 'boomerang'],
    ['an aerial view of a beach', 'boomerang'],
    ['A cute, silly portrait of a baby panda laughing while eating bamboo', 'flute'],
    ['a luminous command center with screens', 'department-store'],
    ['lifestyle fashion photography, person wearing trendy outfit in urban environment', 'national-park'],
    ['a clean environment with trees', 'national-park'],
    ['a poster for a rock concert in the park', 'rock'],
    ['a girl lying among blades of grass', 'kitchen-knife'],
    ['an icon of a microchip on a circuit board', 'skateboard'],
    ['a space scene with a planet and its rings', 'ring'],
    ['a lipstick in a ruby red shade', 'gem-stone'],
    ['the home screen of a messaging app', 'house'],
    ['a notebook and a gold pen on a desk', '1st-place-medal'],
  ])('"%s" never draws %s', (prompt, wrong) => {
    expect(icons(prompt)).not.toContain(wrong);
    expect(describeOf(prompt)).not.toContain(wrong.replace(/-/g, ' '));
  });

  it('reads a peach as a shade of colour beside colour words, and says it drew none', () => {
    expect(icons('a sunset sky fading from warm peach to blue')).not.toContain('peach');
    expect(describeOf('a sunset sky fading from warm peach to blue')).toMatch(/not drawn: .*peach/);
    expect(icons('a ripe peach on a plate')).toContain('peach');
  });

  it('draws the sense the context picks', () => {
    expect(icons('a rock guitarist at a rock concert')).toContain('guitar');
    expect(icons('a big rock on the beach')).toContain('rock');
    expect(icons('a ringed planet with rings of ice in space')).toContain('ringed-planet');
    expect(icons('a pile of gold coins in a treasure chest')).not.toContain('1st-place-medal');
    expect(icons('a gourmet dish in a fancy restaurant')).toContain('fork-and-knife-with-plate');
    expect(icons('a satellite dish on a roof')).toContain('satellite-antenna');
    expect(icons('a diamond engagement ring')).toContain('ring');
    expect(icons('a big play button for a video thumbnail')).toContain('play-button');
    expect(icons('a giant question mark on a blue background')).toContain('red-question-mark');
    expect(icons('a stack of business cards on a desk')).toContain('card-index');
    expect(icons('social media hearts floating over a phone')).toContain('red-heart');
  });

  it('leaves abstract nouns out and says so', () => {
    const plan = planScene('a banner about growth, strategy and success for our brand');
    expect(plan.subjects).toEqual([]);
    const text = describeOf('boost your social media engagement');
    expect(text).toMatch(/not drawn: .*engagement/);
  });

  it('reads pins, bamboo and centres by their context', () => {
    expect(icons('a map of the city with pins marking our store locations')).toContain('round-pushpin');
    expect(icons('three bowling pins at the bowling alley')).toContain('bowling');
    expect(planScene('a panda eating bamboo in a forest').subjects[0].holding.map((t) => t.icon)).toEqual(['herb']);
    expect(icons('a bamboo flute on a table')).toContain('flute');
    expect(icons('a big shopping center')).toContain('department-store');
    expect(describeOf('a luminous command center with screens')).not.toContain('department store');
  });

  it('reads "marketing" as marketing, not as a market', () => {
    // The root of "marketing" is "market": the setting tables must not see it.
    expect(planScene('our marketing team meeting in an office').setting).toBe('office');
    expect(planScene('a marketing team photo').setting).not.toBe('market');
    expect(planScene('a farmers market with fruit stalls').setting).toBe('market');
    expect(planScene('a car in a parking lot').setting).not.toBe('park');
    expect(icons('a training session for new staff')).not.toContain('locomotive');
  });

  it('names a drawn thing by the art, not by the prompt word', () => {
    // "dish" by itself is still a plate of food; a loose emojilib keyword is named by its emoji.
    expect(describeOf('a satellite dish on a roof')).toContain('satellite antenna');
    expect(describeOf('a gourmet dish in a fancy restaurant')).toContain('fork and knife with plate');
  });

  it('draws nothing that follows "without" or "no"', () => {
    expect(icons('Generate an image for a banner ad on the theme of fitness, without text or human face.')).toEqual([]);
    const plan = planScene('a cat on a sofa, NO neon colors');
    expect(plan.lighting).not.toContain('neon');
    expect(plan.subjects.map((s) => s.thing.icon)).toContain('cat');
  });
});
