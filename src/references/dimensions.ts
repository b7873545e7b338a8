import { ascii, sniffImageType } from './sniff.js';

/**
 * Width and height from an image's header alone, without decoding a pixel (docs/api.md,
 * "Reference images"): PNG's IHDR, JPEG's first SOF marker, WebP's VP8 / VP8L / VP8X header. A
 * few bytes are read (a JPEG's markers are walked by their lengths), so a 16383² "pixel bomb" is
 * refused before anything allocates its 1 GB of pixels. Undefined when the header is unreadable.
 */
export function readImageDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  const type = sniffImageType(bytes);
  if (type === 'image/png') return png(bytes);
  if (type === 'image/jpeg') return jpeg(bytes);
  if (type === 'image/webp') return webp(bytes);
  return undefined;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);

function png(b: Uint8Array) {
  if (b.length < 24 || ascii(b, 12, 16) !== 'IHDR') return undefined;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array) {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    // Fill bytes, and markers that stand alone (RSTn, TEM) without a length.
    if (marker === 0xff) {
      at++;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or scan data before any frame
    const length = u16be(b, at + 2);
    if (length < 2) return undefined;
    if (isSof(marker)) {
      if (at + 9 > b.length) return undefined;
      return { width: u16be(b, at + 7), height: u16be(b, at + 5) };
    }
    at += 2 + length;
  }
  return undefined;
}

function webp(b: Uint8Array) {
  if (b.length < 30) return undefined;
  const chunk = ascii(b, 12, 16);
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  return undefined;
}

const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);

/**
 * Why an image is refused for its size, or undefined when it may be decoded: over `maxPixels`
 * (width × height from the header), or a header that gives no size at all.
 */
export function pixelLimitReason(bytes: Uint8Array, maxPixels: number): string | undefined {
  const size = readImageDimensions(bytes);
  if (!size) return 'has no readable image header (width and height), so it was not decoded';
  if (size.width * size.height > maxPixels) {
    const mp = (n: number) => `${+(n / 1_000_000).toFixed(1)} megapixels`;
    return `is ${size.width}×${size.height} (${mp(size.width * size.height)}), over the limit of ${mp(maxPixels)} per reference image (BANANASTAND_MAX_REFERENCE_MEGAPIXELS); send a smaller image`;
  }
  return undefined;
}
