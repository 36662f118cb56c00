import type { DocumentFormat } from '@aquarium/shared';

/** A published version's address: reachable with the join code, as the server serves it. */
export const publishedUrl = (joinCode: string, version: number, format: DocumentFormat) =>
  `/api/summary/${encodeURIComponent(joinCode)}/v${version}.${format}`;

/** The file name from a Content-Disposition header (RFC 5987 `filename*` first), else the fallback. */
export const fileNameFrom = (disposition: string | null, fallback: string): string => {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      return fallback;
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]!.trim() : fallback;
};
