import { createRequire } from 'node:module';
import type * as ResvgTypes from '@resvg/resvg-js';
import {
  ErrorCode,
  FUNDING_MARK_MAX_BYTES,
  pngSize,
  type AppError,
  type FundingMark,
  type FundingMarkUpload,
} from '@aquarium/shared';

const require = createRequire(import.meta.url);
type ResvgModule = typeof ResvgTypes;
let resvg: ResvgModule | undefined;
// Loaded on the first SVG: a native module most sessions never need.
const loadResvg = (): ResvgModule => (resvg ??= require('@resvg/resvg-js') as ResvgModule);

/** A mark this wide (pixels) prints sharp at the few centimetres a page footer gives it. */
const RASTER_WIDTH = 800;
const MAX_SIDE = 4000;

const refuse = (message: string): AppError => ({ code: ErrorCode.InvalidPayload, message });

/**
 * Checks an uploaded funding mark and turns it into the stored PNG. A PNG must be one (its signature and header)
 * of a sane size; an SVG is rasterised with resvg, which draws shapes and text only: scripts, links and external
 * references (it never fetches anything) do not survive into the stored pixels.
 */
export function storedFundingMark(upload: FundingMarkUpload): FundingMark | AppError {
  const bytes = Buffer.from(upload.data, 'base64');
  if (bytes.length === 0 || bytes.length > FUNDING_MARK_MAX_BYTES) return refuse('the image is empty or too large');
  if (upload.type === 'png') {
    const size = pngSize(bytes);
    if (!size) return refuse('the file is not a PNG image');
    if (size.width > MAX_SIDE || size.height > MAX_SIDE) return refuse('the image is too large');
    return { png: bytes.toString('base64'), ...size, alt: upload.alt };
  }
  const text = bytes.toString('utf8');
  if (!/<svg[\s>]/i.test(text)) return refuse('the file is not an SVG image');
  try {
    const { Resvg } = loadResvg();
    const image = new Resvg(text, {
      fitTo: { mode: 'width', value: RASTER_WIDTH },
      font: { loadSystemFonts: true },
      background: 'rgba(255, 255, 255, 0)',
    }).render();
    if (image.width > MAX_SIDE || image.height > MAX_SIDE) return refuse('the image is too tall');
    const png = image.asPng();
    return { png: png.toString('base64'), width: image.width, height: image.height, alt: upload.alt };
  } catch {
    return refuse('the SVG image could not be read');
  }
}
