// Rock formations (hoodoos, fairy chimneys, Cappadocia) are a red rock landscape, the canyon's, so
// balloons float over rock; "these balloons" after "two hot air balloons" are the same two, not
// party balloons; "in the style of a DSLR camera" draws no camera. (docs/local-engine.md, "Word senses")
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const describeOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 1200, height: 896, seed: 0 }).description;

describe('rock formations and balloons', () => {
  it.each(['hot air balloons over the fairy chimneys', 'a hiker among strange rock formations', 'hoodoos at sunset', 'three balloons over Cappadocia'])(
    '"%s" is set among red rock', (prompt) => {
      expect(planScene(prompt).setting).toBe('canyon');
    });

  it('reads "these balloons" as the hot air balloons named before', () => {
    const text = describeOf('Two hot air balloons over the rock formations. The colors on these balloons are bright.');
    expect(text).toMatch(/^two hot air balloons \(main\), in a red rock canyon/);
    expect(text).not.toMatch(/three balloons|with .*balloons/);
    // Party balloons named on their own are still drawn beside a hot air balloon.
    expect(describeOf('a hot air balloon and three red balloons at a party')).toMatch(/with three red balloons/);
  });

  it('draws no camera for a camera style, nor the turkey bird for the country', () => {
    const text = describeOf('Shot in the style of a DSLR camera. A photo of a balloon over rock formations in Cappadocia, Turkey.');
    expect(text).not.toMatch(/camera|turkey \(|with a turkey/);
    expect(describeOf('a photographer with a camera in a park')).toMatch(/camera/);
  });
});
