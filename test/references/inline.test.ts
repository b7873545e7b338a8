import { beforeAll, describe, expect, it } from 'vitest';
import { classifyReference, decodeInlineReference, readMimeHint } from '../../src/references/inline.js';
import { sampleImages } from './images.js';

let png: Buffer, jpeg: Buffer, webp: Buffer;
beforeAll(async () => ({ png, jpeg, webp } = await sampleImages()));

describe('classifyReference', () => {
  it('tells the accepted forms apart', () => {
    expect(classifyReference('https://images.example.com/cat.png')).toBe('url');
    expect(classifyReference('HTTP://images.example.com/cat.png')).toBe('url');
    expect(classifyReference('gs://my-bucket/refs/cat.png')).toBe('gs');
    expect(classifyReference('data:image/png;base64,iVBORw0KGgo=')).toBe('data');
    expect(classifyReference(png.toString('base64'))).toBe('base64');
  });

  it.each(['ftp://example.com/cat.png', 'cat.png', 'hello world', '', 'https://', 'gs://Bucket/x.png', 'gs://bucket', 'gs://bucket/', 'iVBORw0KGgo-_'])(
    'calls %j invalid',
    (image) => {
      expect(classifyReference(image)).toBe('invalid');
    },
  );
});

describe('decodeInlineReference', () => {
  it('decodes data URIs of each accepted type to the exact bytes', () => {
    for (const [mime, bytes] of [['image/png', png], ['image/jpeg', jpeg], ['image/webp', webp]] as const) {
      const res = decodeInlineReference(`data:${mime};base64,${bytes.toString('base64')}`);
      expect(res).toEqual({ ok: true, bytes, mimeType: mime });
    }
  });

  it('decodes raw base64, reading the type from the bytes', () => {
    expect(decodeInlineReference(jpeg.toString('base64'))).toEqual({ ok: true, bytes: jpeg, mimeType: 'image/jpeg' });
  });

  it('accepts base64 wrapped at 76 characters, and image/jpg for JPEG', () => {
    const wrapped = jpeg.toString('base64').replace(/.{76}/g, '$&\r\n');
    expect(decodeInlineReference(`data:image/jpg;base64,${wrapped}`)).toEqual({ ok: true, bytes: jpeg, mimeType: 'image/jpeg' });
  });

  it.each([
    ['data:image/png;base64,', () => jpeg, 'image/jpeg'],
    ['data:image/jpeg;base64,', () => png, 'image/png'],
    ['data:IMAGE/JPG;base64,', () => webp, 'image/webp'],
    ['data:image/gif;base64,', () => png, 'image/png'],
    ['data:;base64,', () => png, 'image/png'],
  ] as const)('reads the type from the bytes, not the label: %s + %#', (prefix, bytes, mimeType) => {
    expect(decodeInlineReference(`${prefix}${bytes().toString('base64')}`)).toEqual({ ok: true, bytes: bytes(), mimeType });
  });

  it.each([
    [() => Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64'), 'is not a PNG, JPEG or WebP image: the bytes are a GIF image'],
    [() => `data:image/png;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`, 'is not a PNG, JPEG or WebP image: the bytes are an SVG image (vector images are not accepted)'],
    [() => Buffer.from('just some words').toString('base64'), 'is not a PNG, JPEG or WebP image: the bytes are text'],
    [() => Buffer.from([0, 0, 0, 0x1c, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]).toString('base64'), 'is not a PNG, JPEG or WebP image: the bytes are a HEIC image'],
    [() => 'data:image/png,%89PNG', 'data URI must be base64-encoded, as in data:image/png;base64,…'],
    [() => 'data:image/png;base64', 'is not a complete data URI (no comma before the data)'],
    [() => 'data:image/png;base64,', 'has no image data'],
    [() => png.toString('base64').replace(/\+|\//g, '-').replace(/=+$/, '') + '_', 'is not valid base64: it has characters outside A-Z, a-z, 0-9, + and /'],
    [() => `${png.toString('base64').slice(0, 40)}!${png.toString('base64').slice(40)}`, 'is not valid base64: it has characters outside A-Z, a-z, 0-9, + and /'],
    [() => 'iVBORw0KG', 'is not valid base64: its length or padding is wrong (truncated?)'],
    [() => 'iVBORw0KGg=', 'is not valid base64: its length or padding is wrong (truncated?)'],
  ])('refuses %#: %s', (image, reason) => {
    expect(decodeInlineReference(image())).toEqual({ ok: false, reason });
  });

  it('refuses an image over maxBytes before decoding it', () => {
    const big = Buffer.concat([png, Buffer.alloc(3 * 1024 * 1024)]);
    expect(decodeInlineReference(big.toString('base64'), { maxBytes: 2 * 1024 * 1024 })).toEqual({
      ok: false,
      reason: `${(big.length / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB is over the 2 MiB limit`,
    });
  });
});

describe('readMimeHint', () => {
  it.each([
    ['image/png', 'image/png'],
    ['IMAGE/JPEG', 'image/jpeg'],
    ['image/jpg', 'image/jpeg'],
    ['Image/Jpg', 'image/jpeg'],
    ['image/webp; q=1', 'image/webp'],
    ['image/gif', undefined],
    ['', undefined],
    [null, undefined],
  ] as const)('%j → %j', (label, mime) => {
    expect(readMimeHint(label)).toBe(mime);
  });
});
