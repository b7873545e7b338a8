import { z } from 'zod';

/** The body of every error answer (docs/errors.md): 401s carry `message` only, as Magnific's do. */
export const errorBodySchema = z.object({
  message: z.string(),
  code: z.string().optional(),
  invalid_params: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});

/** `reference_images[3].mime_type` from a zod issue path. */
export function paramName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}
