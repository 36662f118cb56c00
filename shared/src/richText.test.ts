import { describe, expect, it } from 'vitest';
import { parseRichText, richPlainText } from './richText.js';

describe('parseRichText', () => {
  it('keeps paragraphs (each line its own), bold and italics', () => {
    expect(parseRichText('Eka **lihava** ja *kursiivi*\ntoinen rivi\n\nToinen kappale')).toEqual([
      {
        kind: 'paragraph',
        spans: [{ text: 'Eka ' }, { text: 'lihava', bold: true }, { text: ' ja ' }, { text: 'kursiivi', italic: true }],
      },
      { kind: 'paragraph', spans: [{ text: 'toinen rivi' }] },
      { kind: 'paragraph', spans: [{ text: 'Toinen kappale' }] },
    ]);
  });

  it('nests bulleted and numbered lists', () => {
    const blocks = parseRichText(
      '- Tavoite 1\n  - toimenpide a\n  - toimenpide b\n- Tavoite 2\n\n3. kolmas\n4. neljäs',
    );
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [
            { kind: 'paragraph', spans: [{ text: 'Tavoite 1' }] },
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: [
                [{ kind: 'paragraph', spans: [{ text: 'toimenpide a' }] }],
                [{ kind: 'paragraph', spans: [{ text: 'toimenpide b' }] }],
              ],
            },
          ],
          [{ kind: 'paragraph', spans: [{ text: 'Tavoite 2' }] }],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ kind: 'paragraph', spans: [{ text: 'kolmas' }] }],
          [{ kind: 'paragraph', spans: [{ text: 'neljäs' }] }],
        ],
      },
    ]);
  });

  it('shows a link as its text and address, and everything else literally', () => {
    const text = '# Ei otsikko\n<b>ei html</b> [OSMO](https://osmo.example/ä) `ei koodia` ![kuva](x.png)\n> ei lainaus';
    expect(richPlainText(parseRichText(text))).toBe(
      '# Ei otsikko\n\n<b>ei html</b> OSMO (https://osmo.example/ä) `ei koodia` !kuva (x.png)\n\n> ei lainaus',
    );
  });

  it('gives nothing for a blank text and keeps escaped characters', () => {
    expect(parseRichText(' \n \n')).toEqual([]);
    expect(richPlainText(parseRichText('2 \\* 3 = 6'))).toBe('2 * 3 = 6');
  });
});
