/** The image types the service reads as references and writes as results. */
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

/** A reference image after the reference pipeline: checked bytes (or, on vertex, a gs:// URI). */
export interface ReferenceImage {
  /** Position in the request's `reference_images`, for messages. */
  index: number;
  /** Checked bytes; absent only for a `gs://` reference passed through to Vertex as `fileUri`. */
  bytes?: Buffer;
  /** Sniffed from the bytes (or declared, for a pass-through gs:// URI). */
  mimeType: ImageMimeType;
  /** `gs://bucket/object` when the engine takes Cloud Storage URIs directly. */
  fileUri?: string;
  /** What the reference is for (`reference_images[].text`). */
  text?: string;
}
