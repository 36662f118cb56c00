import type { DocumentFormat } from '@aquarium/shared';
import { fileNameFrom } from './files';

/**
 * Downloads the facilitator's draft in one format: the token travels in the request body (never in a
 * URL), and the answer is saved through a temporary blob link.
 */
export const downloadDraft = async (format: DocumentFormat, token: string): Promise<boolean> => {
  let res: Response;
  try {
    res = await fetch(`/api/summary-draft.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
  } catch {
    return false;
  }
  if (!res.ok) return false;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(res.headers.get('content-disposition'), `summary.${format}`);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
};
