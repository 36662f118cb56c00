import { describe, expect, it } from 'vitest';
import { publicReportFi } from '../projectReport.fi';
import { plainPublicReportFi } from './projectReport.fi';
import { plainPublicReportSv } from './projectReport.sv';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['fi', plainPublicReportFi],
  ['sv', plainPublicReportSv],
] as const)('the published project report in plain language (%s)', (_language, plain: Record<string, string>) => {
  it('has every key of the standard strings, with their placeholders', () => {
    expect(Object.keys(plain).sort()).toEqual(Object.keys(publicReportFi).sort());
    for (const [key, text] of Object.entries(publicReportFi))
      expect(placeholders(plain[key]!), key).toEqual(placeholders(text));
  });

  it('writes short sentences (Selkokeskus: at most about 12 words a sentence)', () => {
    const long = Object.values(plain).flatMap((text) =>
      text.split(/[.!?…]\s+/).filter((sentence) => sentence.split(/\s+/).length > 12),
    );
    expect(long).toEqual([]);
  });
});
