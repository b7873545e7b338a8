import sharp from 'sharp';

/**
 * Our own small pictures for the recorded answers (no recorded image bytes are reused): a flat
 * colour with a lighter band, at the size the answer had.
 */
export async function ownPicture(width: number, height: number, format: 'jpeg' | 'png', colour = '#4a7bd0'): Promise<string> {
  const band = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect y="${Math.round(height * 0.4)}" width="${width}" height="${Math.max(1, Math.round(height * 0.2))}" fill="white" fill-opacity="0.4"/></svg>`,
  );
  const image = sharp({ create: { width, height, channels: 3, background: colour } }).composite([{ input: band }]);
  const bytes = format === 'jpeg' ? await image.jpeg({ quality: 70 }).toBuffer() : await image.png().toBuffer();
  return bytes.toString('base64');
}

/** A thoughtSignature-shaped value: opaque base64, as Google sends on final image parts. */
export function signature(seed: string): string {
  return Buffer.from(`bananastand-fixture-signature:${seed}`).toString('base64');
}
