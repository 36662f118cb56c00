import { createRequire } from 'node:module';
import type * as Koffi from 'koffi';

/** One reading of a Finnish word: its base form and, for a compound, the base forms of its parts. */
export interface Analysis {
  baseform: string;
  /** Base forms of the compound's parts (one element for a simple word). */
  parts: string[];
  /** The words it is derived from (`kuvaus` → kuvata, `palvelu` → palvella): related words meet on these. */
  roots: string[];
  /** Voikko's word class: nimisana (noun), laatusana (adjective), teonsana (verb), ... */
  wordClass: string;
}

/** Finnish morphology from libvoikko (Debian `libvoikko1` + `voikko-fi`), or null where it is not installed. */
export interface Voikko {
  analyze(word: string): Analysis | null;
}

/**
 * The parts of a compound in base form, from Voikko's STRUCTURE (`=ppppppp=ppppppppp`: a `=` starts a part
 * of the surface word). The last part is the rest of the base form; earlier parts are analysed on their
 * own (`työn` → `työ`); a part Voikko does not know alone (`yhteis`) stays as written.
 */
export const compoundParts = (
  surface: string,
  structure: string,
  baseform: string,
  partBase: (part: string) => string,
): string[] => {
  const pieces: string[] = [];
  let at = 0;
  for (const ch of structure) {
    if (ch === '=') {
      pieces.push('');
      continue;
    }
    if (pieces.length === 0) pieces.push('');
    pieces[pieces.length - 1] += surface[at] ?? '';
    at += 1;
  }
  const heads = pieces.slice(0, -1).filter((p) => p.length > 0);
  if (heads.length === 0) return [baseform];
  const prefix = heads.join('');
  if (!baseform.startsWith(prefix)) return [baseform];
  const last = baseform.slice(prefix.length).replace(/^-/, '');
  return [...heads.map((h) => partBase(h.replace(/-$/, ''))), ...(last ? [last] : [])];
};

/** `+palvel(palvella)+u(+u)+kuva(kuvata)+us(+us)` → [palvella, kuvata]; suffixes (`+u`) are not words. */
export const derivationRoots = (wordbases: string): string[] =>
  [...wordbases.matchAll(/\(([^)+][^)]*)\)/g)].map((m) => (m[1] ?? '').toLowerCase()).filter(Boolean);

let loaded: Voikko | null | undefined;

const LIBRARY_NAMES = ['libvoikko.so.1', 'libvoikko.so'];

/** Loads libvoikko once; null (with no error) when the library or its Finnish dictionary is missing. */
export const loadVoikko = (): Voikko | null => {
  if (loaded !== undefined) return loaded;
  loaded = process.env.AQUARIUM_NO_VOIKKO === '1' ? null : open();
  return loaded;
};

const open = (): Voikko | null => {
  // koffi ships its own prebuilt binary in the npm package; nothing is compiled or fetched.
  const koffi = createRequire(import.meta.url)('koffi') as typeof Koffi;
  let lib: ReturnType<typeof koffi.load> | null = null;
  for (const name of LIBRARY_NAMES) {
    try {
      lib = koffi.load(name);
      break;
    } catch {
      // not installed under this name
    }
  }
  if (!lib) return null;
  const init = lib.func('void *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)');
  const analyzeWord = lib.func('void **voikkoAnalyzeWordCstr(void *handle, const char *word)');
  const value = lib.func('void *voikko_mor_analysis_value_cstr(void *analysis, const char *key)');
  const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void *value)');
  const freeAnalyses = lib.func('void voikko_free_mor_analysis(void **analyses)');
  // No Finnish dictionary (voikko-fi) gives no handle.
  const handle: unknown = init([null], 'fi', null);
  if (!handle) return null;
  const read = (analysis: unknown, key: string): string => {
    const ptr: unknown = value(analysis, key);
    if (!ptr) return '';
    const text = koffi.decode(ptr, 'char', -1) as string;
    freeValue(ptr);
    return text;
  };
  const firstReading = (word: string) => {
    const list: unknown = analyzeWord(handle, word);
    if (!list) return null;
    const [reading] = koffi.decode(list, 'void *', 1) as unknown[];
    const found = reading
      ? {
          baseform: read(reading, 'BASEFORM').toLowerCase(),
          structure: read(reading, 'STRUCTURE'),
          wordClass: read(reading, 'CLASS'),
          wordbases: read(reading, 'WORDBASES'),
        }
      : null;
    freeAnalyses(list);
    return found;
  };
  const cache = new Map<string, Analysis | null>();
  const analyze = (word: string): Analysis | null => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const reading = firstReading(word);
    const result = reading
      ? {
          baseform: reading.baseform,
          wordClass: reading.wordClass,
          roots: derivationRoots(reading.wordbases),
          parts: compoundParts(word, reading.structure, reading.baseform, (p) => analyze(p)?.baseform ?? p),
        }
      : null;
    // Bounded: a session's vocabulary is a few thousand words; a flood of made-up words starts over.
    if (cache.size > 50_000) cache.clear();
    cache.set(word, result);
    return result;
  };
  return { analyze };
};
