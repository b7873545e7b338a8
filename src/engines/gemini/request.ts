import { Modality, type GenerateContentParameters, type Part } from '@google/genai';
import { EngineError, type GenerateRequest } from '../engine.js';

/**
 * The `generateContent` call for one task (docs/engines.md): each reference as an optional
 * text part (what it is for) followed by its image, then the prompt last, so the model reads the
 * instruction after the material it refers to.
 */
export function buildGenerateContentParameters(
  model: string,
  request: GenerateRequest,
  target: { vertex: boolean },
): GenerateContentParameters {
  const parts: Part[] = [];
  for (const ref of request.references) {
    if (ref.text) parts.push({ text: ref.text });
    if (ref.bytes) {
      parts.push({ inlineData: { mimeType: ref.mimeType, data: ref.bytes.toString('base64') } });
    } else if (ref.fileUri && target.vertex) {
      parts.push({ fileData: { fileUri: ref.fileUri, mimeType: ref.mimeType } });
    } else if (ref.fileUri) {
      // The Developer API reads only its own File API URIs, not Cloud Storage (docs/engines.md, "Using Vertex AI").
      throw new EngineError(
        'invalid_reference_image',
        `reference_images[${ref.index}] is a gs:// URI, which the gemini engine cannot read; use the vertex engine or give an https URL or base64 data`,
      );
    } else {
      throw new Error(`reference_images[${ref.index}] has neither bytes nor a fileUri`);
    }
  }
  parts.push({ text: request.prompt });

  return {
    model,
    contents: [{ role: 'user', parts }],
    config: {
      responseModalities: [Modality.TEXT, Modality.IMAGE],
      imageConfig: { aspectRatio: request.aspectRatio, imageSize: request.resolution },
      tools: request.useGoogleSearch ? [{ googleSearch: {} }] : undefined,
    },
  };
}
