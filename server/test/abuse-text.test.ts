import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandSchemas, JoinRequest, MAX_COMBINING_MARKS, normalizeText } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

const RLO = '\u202E';
const ESC = '\u001B';
const zalgo = `a${'\u0301'.repeat(900)}`;
/** NFC composes the first mark into the letter (á); at most the cap of marks stay on it. */
const capped = `\u00E1${'\u0301'.repeat(MAX_COMBINING_MARKS)}`;
const longWord = 'Pitkä'.repeat(60); // 300 letters, no break opportunity

describe('text is normalised at the boundary', () => {
  it('strips bidi controls and control characters, caps combining marks, keeps newlines only where multi-line', () => {
    expect(normalizeText(`kuva${RLO}gnp.exe`, false)).toBe('kuvagnp.exe');
    expect(normalizeText(`${ESC}[31mpunainen${ESC}[0m`, true)).toBe('[31mpunainen[0m');
    expect(normalizeText(zalgo, false)).toBe(capped);
    expect(normalizeText('rivi 1\r\nrivi 2\u2028rivi 3', true)).toBe('rivi 1\nrivi 2\nrivi 3');
    expect(normalizeText('nimi\nkaksi', false)).toBe('nimi kaksi');
    expect(normalizeText('\u0000\u0007\u009Bx\uFEFF\u200F', true)).toBe('x');
    // Finnish, Swedish, emoji (joiners kept), Vietnamese and Hindi pass unchanged.
    for (const text of ['Äänestys ja yhteenveto', 'Smörgåsbord', '👩‍👩‍👧 perhe', 'Tiếng Việt', 'हिन्दी']) {
      expect(normalizeText(text, true)).toBe(text.normalize('NFC'));
    }
  });

  it('every user text field of the shared schema is normalised', () => {
    const thought = commandSchemas['thought:submit'].parse({
      commandId: 'abcdefgh1',
      thoughtId: 't1',
      text: `${RLO}exe.png${ESC}[31m\nrivi`,
      questionId: 'q1',
      showName: false,
    });
    expect(thought.text).toBe('exe.png[31m\nrivi');
    const theme = commandSchemas['theme:create'].parse({
      commandId: 'abcdefgh1',
      themeId: 'th',
      questionId: 'q1',
      name: `Teema\n${zalgo}`,
    });
    expect(theme.name).toBe(`Teema ${capped}`);
    expect(JoinRequest.parse({ code: 'X', stakeholderGroupId: 'g1', displayName: `${RLO}Pia` }).displayName).toBe(
      'Pia',
    );
  });

  it('no file of the summary carries a raw control or bidi character, and a 300-letter word wraps in the PDF', async () => {
    server = await startServer();
    const created = await server.createSession({ title: `Otsikko${RLO}fdp.exe` });
    const facilitator = await server.connect(created.tokens.facilitator);
    const phone = await server.connect((await server.join(created.joinCode, 'g1', `Nimi${ESC}[31m`)).token);
    await facilitator.send('session:start');
    for (const [i, text] of [longWord, `${ESC}[31mpunainen`, zalgo, `kuva${RLO}gnp.exe`].entries()) {
      const ack = await phone.send('thought:submit', { thoughtId: `t${i}`, text, questionId: 'q1', showName: true });
      expect(ack.ok).toBe(true);
      await facilitator.send('thought:moderate', { thoughtId: `t${i}`, status: 'approved' });
    }
    await facilitator.send('session:end');
    await facilitator.send('summary:publish');
    const files: Record<string, Buffer> = {};
    for (const format of ['md', 'html', 'pdf', 'docx']) {
      const res = await fetch(`${server.url}/api/summary/${created.joinCode}/v1.${format}`);
      expect(res.status).toBe(200);
      files[format] = Buffer.from(await res.arrayBuffer());
    }
    for (const format of ['md', 'html'] as const) {
      const text = files[format]!.toString('utf8');
      const raw = [...text].filter((c) => /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(c) && c !== '\n' && c !== '\t');
      expect(raw, format).toEqual([]);
      expect(text, format).toMatch(/kuvagnp\\?\.exe/);
      expect(text, format).not.toMatch(new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1}}`, 'u'));
    }
    // The web summary's stylesheet wraps long words.
    const css = await (await fetch(`${server.url}/summary.css`)).text();
    expect(css).toContain('overflow-wrap: anywhere');
    // In the PDF the word is broken over lines that fit the page: no line of the text is longer than 120.
    const dir = mkdtempSync(join(tmpdir(), 'aquarium-pdf-'));
    writeFileSync(join(dir, 's.pdf'), files.pdf!);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
    const longest = Math.max(...text.split('\n').map((l) => l.trim().length));
    expect(text.replace(/\s+/g, '')).toContain(longWord);
    expect(longest).toBeLessThan(120);
    recordFigures('text', { longestPdfLine: longest, wordLength: longWord.length });
  });
});
