import { describe, expect, it } from 'vitest';
import { fileNameFrom, publishedUrl } from './files';

describe('summary files', () => {
  it('builds the address of a published version', () => {
    expect(publishedUrl('KQ7FM2XD', 2, 'pdf')).toBe('/api/summary/KQ7FM2XD/v2.pdf');
  });

  it('reads the file name the server suggests', () => {
    expect(fileNameFrom("attachment; filename*=UTF-8''Alueellinen%20arviointi%20%C3%A4%20v1.docx", 'x')).toBe(
      'Alueellinen arviointi ä v1.docx',
    );
    expect(fileNameFrom('attachment; filename="summary.pdf"', 'x')).toBe('summary.pdf');
    expect(fileNameFrom(null, 'draft.md')).toBe('draft.md');
    expect(fileNameFrom("attachment; filename*=UTF-8''%E0%A4%A", 'draft.md')).toBe('draft.md');
  });
});
