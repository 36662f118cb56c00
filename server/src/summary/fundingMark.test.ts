import { ErrorCode, pngSize } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { storedFundingMark } from './fundingMark.js';
import { FUNDING_SVG } from '../../test/kit/osmoDocument.js';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const ONE_PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('the funding mark', () => {
  it('keeps a PNG as it is, with its size from the header', () => {
    const mark = storedFundingMark({ type: 'png', data: ONE_PIXEL, alt: 'EU' });
    expect(mark).toEqual({ png: ONE_PIXEL, width: 1, height: 1, alt: 'EU' });
  });

  it('rasterises an SVG: only pixels remain, no script, link or external reference', () => {
    const mark = storedFundingMark({ type: 'svg', data: b64(FUNDING_SVG), alt: 'Vipuvoimaa EU:lta' });
    if ('code' in mark) throw new Error(mark.message);
    const png = Buffer.from(mark.png, 'base64');
    expect(pngSize(png)).toEqual({ width: mark.width, height: mark.height });
    expect(mark.width).toBe(800);
    expect(png.toString('latin1')).not.toMatch(/script|javascript|example\.invalid|<svg/);
  });

  it('refuses what is not the image it claims to be, with a coded error', () => {
    for (const upload of [
      { type: 'png' as const, data: b64('<svg xmlns="http://www.w3.org/2000/svg"/>'), alt: 'x' },
      { type: 'svg' as const, data: ONE_PIXEL, alt: 'x' },
      { type: 'svg' as const, data: b64('<svg><unclosed'), alt: 'x' },
      { type: 'png' as const, data: '', alt: 'x' },
    ]) {
      const result = storedFundingMark(upload);
      expect('code' in result && result.code, upload.data.slice(0, 20)).toBe(ErrorCode.InvalidPayload);
    }
  });
});
