import sharp from 'sharp';

/** Small real images of each accepted type. */
export async function sampleImages(): Promise<{ png: Buffer; jpeg: Buffer; webp: Buffer }> {
  const base = () => sharp({ create: { width: 4, height: 3, channels: 3, background: { r: 200, g: 40, b: 40 } } });
  const [png, jpeg, webp] = await Promise.all([base().png().toBuffer(), base().jpeg().toBuffer(), base().webp().toBuffer()]);
  return { png, jpeg, webp };
}
