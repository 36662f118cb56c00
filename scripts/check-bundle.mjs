#!/usr/bin/env node
// Phone page weight: the JavaScript a participant's phone needs for `/j/<code>` must stay within the
// budget (gzip), measured from the production build (`run build` first). Reads Vite's manifest
// (client/dist/.vite/manifest.json), gzips every chunk at level 9 and exits 1 over budget, or when a
// staff/projector view has slipped into the phone's set. `DIST=file:///path/to/dist/` measures another build.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Issue #8's target is at most 90 kB gzip of JavaScript for the participant's route, in every situation a phone meets
 * (below, SCENARIOS). On React 18 and socket.io-client it is met in eight of the ten; the check holds at the lowest
 * honest figure, 94 (issue #15). The entry is 76.8 kB and carries no strings: react-dom 41.6, react and scheduler 3.5;
 * socket.io-client with engine.io-client (websocket only), both parsers (no binary attachments) and the emitter 10.4;
 * the shared reducer 4.5 and other shared code 1.5; the phone's own code 14.8; zustand and nanoid 0.5. Each language's
 * strings are a chunk (Finnish 2.8), preloaded by the page beside the entry. The two over 90 are the small-group phone
 * with plain language chosen on it: 93.5 in Finnish (the entry, the strings 2.9, the small-group view 7.9 and its
 * strings 2.0, and the plain overrides of both, 2.1 and 1.7), 93.2 in Swedish. What was measured and not taken, and
 * what is left: docs/PERFORMANCE.md, "Page weight".
 */
const BUDGET_KB = 94;
/** 1 kB = 1000 bytes, as Vite prints sizes; stricter than 1024. */
const KB = 1000;

const dist = new URL(process.env.DIST ?? '../client/dist/', import.meta.url);
const manifestUrl = new URL('.vite/manifest.json', dist);
if (!existsSync(manifestUrl)) {
  console.error('check-bundle: no client/dist/.vite/manifest.json; run `node scripts/pnpm.mjs run build` first.');
  process.exit(1);
}
/** @type {Record<string, {file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));

/**
 * Lazy chunks that `/j/<code>` loads on its first render in every language, before the join form and the participant
 * view are usable (by source file, as the manifest names them). Everything else every phone shows (the join flow, the
 * participant view with its countdown and phase) is in the entry chunk or its static imports, which are counted
 * anyway. The phone parts below in PHONE_LATER (the strings of the language shown among them) load only when needed.
 */
const PHONE_IMMEDIATE = [];
/**
 * The aquarium phone's top card: fetched as soon as the join form knows the session's method, or on the first render
 * of a joined aquarium phone (small-group phones never need it).
 */
const NOW_CARD = 'src/views/phone/now/NowCard.tsx';
const NOW_FI = 'src/i18n/nowCard.fi.ts';
/** The entry's strings in Finnish: a chunk like Swedish and English, so phones in those never download it. */
const CORE_FI = 'src/i18n/core.fi.ts';

/**
 * Lazy chunks a phone may load later, only in some situations. They are printed one by one, and SCENARIOS adds
 * them up per situation (an English session: the join form asks for the English strings before it shows).
 */
const PHONE_LATER = {
  'src/i18n/core.fi.ts': 'Finnish strings (a Finnish session, or FI chosen; the page preloads them beside the entry)',
  'src/i18n/core.sv.ts': 'Swedish strings (Swedish session or SV chosen)',
  'src/i18n/core.en.ts': 'English strings (English session or EN chosen)',
  'src/i18n/groups.fi.ts': 'Finnish strings of the small-group view',
  'src/i18n/groups.sv.ts': 'Swedish strings of the small-group view',
  'src/i18n/groups.en.ts': 'English strings of the small-group view',
  'src/views/phone/now/NowCard.tsx': 'aquarium: the top card (fetched while the join form shows, or on first render)',
  'src/i18n/nowCard.fi.ts': 'Finnish strings of the aquarium phone (top card, circle, thoughts, vote)',
  'src/i18n/nowCard.sv.ts': 'Swedish strings of the aquarium phone',
  'src/i18n/joinClosed.fi.ts': 'Finnish strings of the join-closed page',
  'src/i18n/plain/fi.ts': 'plain-language Finnish (selkokieli: chosen on the phone or offered by the session)',
  'src/i18n/plain/sv.ts': 'plain-language Swedish (lättläst: chosen on the phone or offered by the session)',
  'src/i18n/plain/nowCard.fi.ts': 'plain-language Finnish of the aquarium phone',
  'src/i18n/plain/joinClosed.fi.ts': 'plain-language Finnish of the join-closed page',
  'src/i18n/plain/nowCard.sv.ts': 'plain-language Swedish of the aquarium phone',
  'src/i18n/plain/groups.fi.ts': 'plain-language Finnish of the small-group view',
  'src/i18n/plain/groups.sv.ts': 'plain-language Swedish of the small-group view',
  'src/views/phone/capture/PhoneVote.tsx': 'dot vote (only while a vote exists)',
  'src/views/phone/groups/PhoneGroups.tsx': 'small-group method: my group and its steps (only in such sessions)',
  'src/views/summary/SummaryReady.tsx': 'summary download (only once published)',
  'src/views/summary/JoinClosed.tsx': 'joining closed / summary by code',
  'src/views/info/InfoView.tsx': 'privacy and accessibility pages (their texts: one more chunk per language)',
  'src/i18n/pages/fi.ts': 'the texts of those pages in Finnish',
};
const VOTE = 'src/views/phone/capture/PhoneVote.tsx';
const GROUPS = 'src/views/phone/groups/PhoneGroups.tsx';

/**
 * What a phone has loaded, at most, in each situation; every one must fit the budget. Plain language counts the
 * standard strings too: the plain catalogs hold only what reads differently and are fetched beside them (`load.ts`),
 * whether plain language is chosen on the phone or offered by the facilitator.
 */
const SCENARIOS = {
  'aquarium, Finnish': [CORE_FI, NOW_CARD, NOW_FI],
  'aquarium, Swedish, while a dot vote is open': [NOW_CARD, 'src/i18n/nowCard.sv.ts', 'src/i18n/core.sv.ts', VOTE],
  'aquarium, English, while a dot vote is open': [NOW_CARD, 'src/i18n/nowCard.en.ts', 'src/i18n/core.en.ts', VOTE],
  'aquarium, plain Finnish, while a dot vote is open': [
    CORE_FI,
    NOW_CARD,
    NOW_FI,
    'src/i18n/plain/fi.ts',
    'src/i18n/plain/nowCard.fi.ts',
    VOTE,
  ],
  'aquarium, plain Swedish, while a dot vote is open': [
    NOW_CARD,
    'src/i18n/nowCard.sv.ts',
    'src/i18n/core.sv.ts',
    'src/i18n/plain/sv.ts',
    'src/i18n/plain/nowCard.sv.ts',
    VOTE,
  ],
  'small groups, Finnish': [CORE_FI, GROUPS, 'src/i18n/groups.fi.ts'],
  'small groups, Swedish': [GROUPS, 'src/i18n/core.sv.ts', 'src/i18n/groups.sv.ts'],
  'small groups, English': [GROUPS, 'src/i18n/core.en.ts', 'src/i18n/groups.en.ts'],
  'small groups, plain Finnish': [
    CORE_FI,
    GROUPS,
    'src/i18n/groups.fi.ts',
    'src/i18n/plain/fi.ts',
    'src/i18n/plain/groups.fi.ts',
  ],
  'small groups, plain Swedish': [
    GROUPS,
    'src/i18n/core.sv.ts',
    'src/i18n/groups.sv.ts',
    'src/i18n/plain/sv.ts',
    'src/i18n/plain/groups.sv.ts',
  ],
};

/** The staff views' strings, in Finnish: a chunk each of those views fetches beside its own. */
const STAFF_STRINGS = 'src/i18n/staff/fi.ts';

/** Views that must be chunks of their own, never part of the phone's set. */
const SEPARATE = {
  facilitator: 'src/views/facilitator/FacilitatorView.tsx',
  scribe: 'src/views/scribe/ScribeView.tsx',
  screen: 'src/views/screen/ScreenView.tsx',
  create: 'src/views/create/CreateView.tsx',
  'project pages (router)': 'src/views/project/ProjectRoutes.tsx',
  'project pages (owner)': 'src/views/project/ProjectPages.tsx',
  'project report (published)': 'src/views/project/PublicReportPage.tsx',
};

const failures = new Set();
const chunk = (src) => {
  const entry = manifest[src];
  if (!entry) failures.add(`${src} is not a chunk in the manifest (renamed, or no longer lazy?)`);
  return entry;
};

/** The chunk files of `sources` plus all their static imports, recursively. */
const closure = (sources) => {
  const files = new Set();
  const visit = (key) => {
    const entry = chunk(key);
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const src of sources) visit(src);
  return files;
};

const sizes = new Map();
const sizeOf = (file) => {
  if (!sizes.has(file)) {
    const bytes = readFileSync(new URL(file, dist));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
};
const kb = (n) => (n / KB).toFixed(2).padStart(8);
const sum = (files) =>
  [...files].reduce(
    (t, f) => {
      const s = sizeOf(f);
      return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip };
    },
    { raw: 0, gzip: 0 },
  );
const table = (title, files) => {
  console.log(`\n${title}`);
  console.log(`  ${'chunk'.padEnd(44)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}`);
  for (const f of [...files].sort()) {
    const s = sizeOf(f);
    console.log(`  ${f.padEnd(44)} ${kb(s.raw)} ${kb(s.gzip)}`);
  }
  const total = sum(files);
  console.log(`  ${'total'.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)}`);
  return total;
};

const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
if (entries.length !== 1) failures.add(`expected one entry in the manifest, found ${entries.length}`);
const phone = closure([...entries, ...PHONE_IMMEDIATE]);
const phoneTotal = table('Phone, /j/<code> on arrival (entry + static imports + first-render lazy chunks)', phone);

console.log('\nLoaded by the phone only when needed:');
for (const [src, why] of Object.entries(PHONE_LATER)) {
  const own = [...closure([src])].filter((f) => !phone.has(f));
  const s = sum(own);
  console.log(`  ${src.padEnd(44)} ${kb(s.raw)} ${kb(s.gzip)}  ${why}`);
}

console.log(`\nWhat a phone loads in all, by situation (budget ${BUDGET_KB} kB gzip each):`);
const budget = BUDGET_KB * KB;
const totals = Object.entries(SCENARIOS).map(([situation, lazy]) => {
  const total = sum(new Set([...phone, ...closure(lazy)]));
  console.log(`  ${situation.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)}`);
  if (total.gzip > budget)
    failures.add(`phone JavaScript (${situation}) ${kb(total.gzip).trim()} kB gzip > ${BUDGET_KB} kB`);
  return total.gzip;
});

for (const [name, src] of Object.entries(SEPARATE)) {
  const entry = chunk(src);
  if (!entry) continue;
  if (!entry.isDynamicEntry) failures.add(`${name} (${src}) is not a lazy chunk`);
  if (phone.has(entry.file)) failures.add(`${name} (${entry.file}) is part of the phone's JavaScript`);
  table(
    `${name}: its own chunks (beyond the phone's), with the staff strings in Finnish`,
    [...closure([src, STAFF_STRINGS])].filter((f) => !phone.has(f)),
  );
}

// zod (the set-up form's validation) is large; the shared contract must not drag it onto phones.
for (const f of phone) {
  if (/\$ZodType|ZodError/.test(readFileSync(new URL(f, dist), 'utf8'))) failures.add(`zod is in ${f}`);
}

if (failures.size > 0) {
  console.error(`\ncheck-bundle: FAILED\n  ${[...failures].join('\n  ')}`);
  process.exit(1);
}
console.log(
  `\ncheck-bundle: OK, phone ${kb(phoneTotal.gzip).trim()} kB gzip on arrival, at most ${kb(Math.max(...totals)).trim()} kB in any situation ≤ ${BUDGET_KB} kB`,
);
