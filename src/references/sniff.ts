export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp';

/** The image type from its magic bytes (PNG, JPEG, WebP only), or undefined. */
export function sniffImageType(bytes: Uint8Array): ImageMime | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 &&
      bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** File extension for a sniffed type. */
export function extensionFor(mime: ImageMime): 'png' | 'jpg' | 'webp' {
  return mime === 'image/png' ? 'png' : mime === 'image/jpeg' ? 'jpg' : 'webp';
}

/**
 * What bytes that are not PNG, JPEG or WebP look like, for the refusal message: "a GIF image",
 * "an HTML page", "text", or the first bytes in hex. A person fixing the request learns what they sent.
 */
export function describeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'no bytes at all';
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('BM')) return 'a BMP image';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'a TIFF image';
  if (head.startsWith('%PDF')) return 'a PDF document';
  if (head.slice(4, 8) === 'ftyp') {
    const brand = head.slice(8, 12);
    if (brand.startsWith('avi')) return 'an AVIF image';
    if (/^(heic|heix|mif1|msf1|hevc)$/.test(brand)) return 'a HEIC image';
    return `an ISO media file (brand ${JSON.stringify(brand)})`;
  }
  if (head.startsWith('RIFF')) return 'a RIFF file that is not WebP';
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0x01 && bytes[3] === 0x00) return 'an ICO icon';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'an SVG image (vector images are not accepted)';
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'an HTML page';
  if (text.startsWith('<')) return 'XML or HTML text';
  if (text.startsWith('{') || text.startsWith('[')) return 'JSON text';
  if (isPrintable(bytes.subarray(0, 64))) return 'text';
  return `unrecognised bytes starting ${Buffer.from(bytes.subarray(0, 8)).toString('hex')}`;
}

/** Bytes `from`..`to` as Latin-1 characters, for comparing magic numbers and chunk names. */
export function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function isPrintable(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  return true;
}
