import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LoopbackServer } from '../net/loopback-server.js';
import { sampleImages } from '../references/images.js';
import { TASKS } from '../helpers/runtime.js';
import { call, create, poll, startServed, type Served } from './client.js';

// Real clients label every upload image/jpeg (PNG bytes too), write image/jpg, or shout IMAGE/PNG:
// the bytes decide (docs/api.md, "Reference images").
let served: Served;
let images: LoopbackServer;
let png: Buffer, jpeg: Buffer, webp: Buffer;
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;', 'latin1');

beforeAll(async () => {
  ({ png, jpeg, webp } = await sampleImages());
  // Served with the wrong content-type on purpose: neither the header nor the label decides.
  images = await startServer((req, res) => {
    const bytes = { '/photo.jpg': png, '/photo.png': jpeg, '/photo.webp': webp, '/anim.gif': GIF }[req.url!];
    if (!bytes) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'image/jpeg' }).end(bytes);
  });
  served = await startServed({ BANANASTAND_ALLOW_PRIVATE_URLS: 'true' });
});
afterAll(async () => {
  await served?.close();
  await images?.close();
});

const prompt = 'a red fox in the snow, in the style of the references';

describe('loosely labelled reference images', () => {
  it('by URL: PNG labelled image/jpeg, JPEG labelled image/jpg, WebP labelled IMAGE/PNG all complete', async () => {
    const task = await create(served, {
      prompt,
      resolution: '512',
      reference_images: [
        { image: `${images.origin}/photo.jpg`, mime_type: 'image/jpeg' },
        { image: `${images.origin}/photo.png`, mime_type: 'image/jpg' },
        { image: `${images.origin}/photo.webp`, mime_type: 'IMAGE/PNG' },
      ],
    });
    const done = await poll(served, task.task_id);
    expect(done.status, JSON.stringify(done)).toBe('COMPLETED');
    expect(images.requests.map((r) => r.url).sort()).toEqual(['/photo.jpg', '/photo.png', '/photo.webp']);
  });

  it('by data URI and raw base64, whatever the label says', async () => {
    const task = await create(served, {
      prompt,
      resolution: '512',
      reference_images: [
        { image: `data:image/jpeg;base64,${png.toString('base64')}`, mime_type: 'image/jpeg' },
        { image: `data:image/jpg;base64,${webp.toString('base64')}` },
        { image: `DATA:IMAGE/PNG;BASE64,${jpeg.toString('base64')}`, mime_type: 'Image/Webp' },
        { image: png.toString('base64'), mime_type: 'image/JPG' },
      ],
    });
    expect((await poll(served, task.task_id)).status).toBe('COMPLETED');
  });

  it('refuses bytes that are not PNG, JPEG or WebP, naming the image and what it is', async () => {
    const byUrl = await create(served, { prompt, reference_images: [{ image: `${images.origin}/photo.jpg` }, { image: `${images.origin}/anim.gif`, mime_type: 'image/png' }] });
    const failed = await poll(served, byUrl.task_id);
    expect(failed).toMatchObject({ status: 'FAILED', error_code: 'invalid_reference_image' });
    expect(failed.error).toBe(`reference_images[1]: ${images.origin}/anim.gif (it sent image/jpeg) is not a PNG, JPEG or WebP image: the bytes are a GIF image`);

    const inline = await call(served, 'POST', TASKS, { body: { prompt, reference_images: [{ image: `data:image/png;base64,${GIF.toString('base64')}` }] } });
    expect(inline.status).toBe(400);
    expect(inline.body.invalid_params).toEqual([{ name: 'reference_images[0].image', reason: 'is not a PNG, JPEG or WebP image: the bytes are a GIF image' }]);
  });
});
