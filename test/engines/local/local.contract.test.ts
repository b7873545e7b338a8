import { createLocalEngine } from '../../../src/engines/local/index.js';
import { engineContract, request } from '../engine-contract.js';

// A PNG signature over bytes that are no picture: the reference decoder must refuse them.
const BROKEN_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

engineContract('local', async () => {
  const engine = createLocalEngine();
  return {
    engine,
    // The largest picture there is: seconds of rendering on one thread.
    slow: () => request({ aspectRatio: '8:1', resolution: '4K' }),
    failures: [
      {
        name: 'an undecodable reference image',
        code: 'invalid_reference_image',
        arrange: () => request({ references: [{ index: 0, bytes: BROKEN_PNG, mimeType: 'image/png' }] }),
      },
    ],
    close: async () => engine.close?.(),
  };
});
