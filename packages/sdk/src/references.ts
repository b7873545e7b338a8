import type { CreateImageParams, ReferenceImage } from './wire.js';

/**
 * What a reference image may be given as: a string the server reads as it is (an https:// or
 * http:// URL, a gs:// URI, a data URI or base64), bytes (a Node `Buffer` is a `Uint8Array`), an
 * `ArrayBuffer`, a `Blob` or `File`, or (Node, Deno and Bun only) a file on disk as `{ path }` or a
 * `file:` URL. Bytes become a data URI whose type is read from the bytes: PNG, JPEG or WebP.
 */
export type ImageInput = string | Uint8Array | ArrayBuffer | Blob | URL | { path: string };

/** A reference image whose `image` may be any {@link ImageInput}. */
export type ReferenceImageInput = Omit<ReferenceImage, 'image'> & { image: ImageInput };

/** The body of `images.create` with references given as any {@link ImageInput}. */
export type CreateImageInput = Omit<CreateImageParams, 'reference_images'> & { reference_images?: ReferenceImageInput[] | null };

/** PNG, JPEG or WebP from the first bytes; undefined for anything else. */
export function sniffImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | undefined {
  const at = (i: number, ...values: number[]) => values.every((v, j) => bytes[i + j] === v);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A data URI of image bytes, typed from the bytes; `name` says which input in the error. */
export function imageDataUri(bytes: Uint8Array, name = 'image'): string {
  const type = sniffImageType(bytes);
  if (!type) {
    throw new TypeError(`${name}: the bytes are not a PNG, JPEG or WebP image (${bytes.length} bytes; the first are ${Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ') || 'none'}).`);
  }
  return `data:${type};base64,${base64(bytes)}`;
}

/** Reads a file with node:fs, loaded only when a path is given so that browsers never load it. */
async function readFileBytes(path: string | URL, name: string): Promise<Uint8Array> {
  // A specifier in a variable keeps bundlers from trying to resolve node:fs for the browser.
  const specifier = 'node:fs/promises';
  let fs: { readFile(p: string | URL): Promise<Uint8Array> };
  try {
    fs = (await import(/* @vite-ignore */ specifier)) as typeof fs;
  } catch {
    throw new TypeError(`${name}: a file path needs a runtime with node:fs (Node, Deno, Bun); in a browser pass a Blob, File or bytes.`);
  }
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (err) {
    throw new TypeError(`${name}: could not read ${String(path)}: ${(err as Error).message}`, { cause: err });
  }
}

/** One {@link ImageInput} as the string the wire carries. */
export async function imageToWire(input: ImageInput, name = 'image'): Promise<string> {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return imageDataUri(input, name);
  if (input instanceof ArrayBuffer) return imageDataUri(new Uint8Array(input), name);
  if (typeof Blob !== 'undefined' && input instanceof Blob) return imageDataUri(new Uint8Array(await input.arrayBuffer()), name);
  if (input instanceof URL) {
    if (input.protocol === 'file:') return imageDataUri(await readFileBytes(input, name), name);
    return input.toString();
  }
  if (input && typeof (input as { path?: unknown }).path === 'string') {
    return imageDataUri(await readFileBytes((input as { path: string }).path, name), name);
  }
  throw new TypeError(`${name}: must be a URL or data URI string, a Uint8Array or Buffer, an ArrayBuffer, a Blob or File, or { path }.`);
}

/** The create body with every reference turned into a wire string. */
export async function toWireParams(params: CreateImageInput): Promise<CreateImageParams> {
  if (!params.reference_images) return params as CreateImageParams;
  const reference_images = await Promise.all(
    params.reference_images.map(async (ref, i) => ({ ...ref, image: await imageToWire(ref.image, `reference_images[${i}].image`) })),
  );
  return { ...params, reference_images };
}
