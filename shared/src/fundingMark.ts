import { z } from 'zod';
import { lineText } from './text.js';

/**
 * The funding mark (e.g. "Vipuvoimaa EU:lta 2014–2020" with the EU emblem, required on ESF project documents):
 * an image the facilitator uploads, drawn on every page of the summary's DOCX and PDF. PNG or SVG up to
 * FUNDING_MARK_MAX_BYTES; the server keeps only a PNG (an SVG is rasterised, so no script, link or external
 * reference in it ever reaches a document). It is stored in the session's own event log, so it is erased
 * with the session.
 */
export const FUNDING_MARK_MAX_BYTES = 100_000;
/** Base64 grows by a third. */
const MAX_BASE64 = Math.ceil(FUNDING_MARK_MAX_BYTES / 3) * 4;

export const FundingMarkUpload = z.strictObject({
  type: z.enum(['png', 'svg']),
  /** The file's bytes, base64. */
  data: z
    .string()
    .max(MAX_BASE64, 'the image is too large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  /** What the image says, for screen readers and for the web page and Markdown (which show it as text). */
  alt: lineText().min(1).max(200),
});
export type FundingMarkUpload = z.infer<typeof FundingMarkUpload>;

/** The stored mark: always a PNG, with its size in pixels. */
export interface FundingMark {
  png: string;
  width: number;
  height: number;
  alt: string;
}

/** The width and height of a PNG from its header, or null when the bytes are not a PNG. */
export const pngSize = (bytes: Uint8Array): { width: number; height: number } | null => {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 33 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
};
