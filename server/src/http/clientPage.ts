import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isJoinCode, Language, normalizeJoinCode } from '@aquarium/shared';
import type { SessionRegistry } from '../engine/registry.js';
import type { Allowance } from '../security/limits.js';
import { addressKey } from '../security/trustProxy.js';
import type { Storage } from '../storage/storage.js';

/** The page in one language, with its compressed copies (made once, at start). */
interface Page {
  html: string;
  br: Buffer;
  gzip: Buffer;
}

/**
 * The single-page app's page (the client's index.html) in each language it may open in: `<html lang>` names the
 * language, and a modulepreload fetches that language's strings beside the entry script. The entry carries no strings
 * of its own (a Swedish phone never downloads the Finnish) and renders once they are here, so the preload spares the
 * first render a round trip. Without the build's manifest (or that chunk in it) the page is sent without the preload.
 */
export const clientPages = (clientDir: string): ((language: Language) => Page) => {
  const template = readFileSync(join(clientDir, 'index.html'), 'utf8');
  let manifest: Record<string, { file?: string } | undefined> = {};
  try {
    manifest = JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8')) as typeof manifest;
  } catch {
    // A client built without its manifest: no preload, the strings come after the entry.
  }
  const pages = new Map<Language, Page>();
  for (const language of Language.options) {
    const strings = manifest[`src/i18n/core.${language}.ts`]?.file;
    let html = template.replace(/<html lang="[^"]*"/, `<html lang="${language}"`);
    if (strings)
      html = html.replace('</head>', `  <link rel="modulepreload" crossorigin href="/${strings}">\n  </head>`);
    pages.set(language, { html, br: brotliCompressSync(html), gzip: gzipSync(html) });
  }
  return (language) => pages.get(language)!;
};

/** Sends a page compressed as the browser accepts; the page itself is asked for again each time. */
export const sendPage = (request: FastifyRequest, reply: FastifyReply, page: Page) => {
  const accepts = String(request.headers['accept-encoding'] ?? '');
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(page.br);
  if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(page.gzip);
  return reply.send(page.html);
};

/**
 * The language a join link's page opens in: its session's when the code names one, else Finnish. A code that names
 * none counts against the address as a wrong code typed into the join form does (`sessionByCode`), and an address past
 * that limit gets Finnish without a look-up, so the page tells a guesser nothing the join form would not. A storage
 * failure gives Finnish too: the page always loads.
 */
export const joinPageLanguage = async (
  deps: { storage: Storage; registry: SessionRegistry; joinFailures: Allowance },
  request: FastifyRequest,
  input: string,
): Promise<Language> => {
  const code = normalizeJoinCode(input.slice(0, 20));
  if (!isJoinCode(code)) return 'fi';
  try {
    const key = addressKey(request.ip);
    if (await deps.joinFailures.spent(key)) return 'fi';
    const id = await deps.storage.sessionIdByJoinCode(code);
    const runtime = id ? await deps.registry.get(id) : null;
    if (!runtime) {
      await deps.joinFailures.take(key);
      return 'fi';
    }
    return runtime.current.setup.language;
  } catch {
    return 'fi';
  }
};
