import { describe, expect, it } from 'vitest';
import { paragraphs, toBlocks, type Block } from './blocks.js';
import { sampleSummary } from './fixture.js';

const headings = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.kind === 'heading' ? [`${block.level} ${block.text}`] : []));

describe('toBlocks', () => {
  it('orders the document as DESIGN §3 says', () => {
    const outline = headings(toBlocks(sampleSummary({ thoughts: 20, notes: 6 })));
    expect(outline.filter((line) => /^[12] /.test(line))).toEqual([
      '1 OSMO – Etelä-Pohjanmaa: alueellinen yhteenveto ja arviointi',
      '2 Osallistujat',
      '2 Tausta',
      '2 Arviointikeskustelun yhteenveto',
      '2 Jaettavat hyvät käytännöt',
      '2 Fasilitaattorin loppunäkemys',
      '2 Liite',
    ]);
    const q2 = outline.indexOf('3 Kysymys 2: Mitä palvelukuvauksissa ja ohjauksessa pitäisi muuttaa?');
    expect(outline.slice(q2, q2 + 6)).toEqual([
      '3 Kysymys 2: Mitä palvelukuvauksissa ja ohjauksessa pitäisi muuttaa?',
      '4 Palvelukuvaukset',
      '4 Ohjaus ja neuvonta',
      '4 Kaksikielisyys',
      '4 Muut huomiot',
      '4 Ryhmien nostot',
    ]);
  });

  it('describes each thought by group, author only when named, votes only when any', () => {
    const doc = sampleSummary({ thoughts: 0, notes: 0 });
    doc.questions[0]!.themes[0]!.items.thoughts = [
      { text: 'A', group: 'Asukkaat', author: null, votes: 0 },
      { text: 'B', group: 'Kunta', author: 'Örjan Åström', votes: 3 },
      { text: 'C', group: '', author: null, votes: 1 },
    ];
    const lists = toBlocks(doc).filter(
      (block) => block.kind === 'bullets' && block.label === 'Osallistujien ajatukset',
    );
    expect(lists).toEqual([
      {
        kind: 'bullets',
        label: 'Osallistujien ajatukset',
        items: [
          { text: 'A', meta: '(Asukkaat)' },
          { text: 'B', meta: '(Kunta, Örjan Åström, 3 ääntä)' },
          { text: 'C', meta: '(1 ääni)' },
        ],
      },
    ]);
  });

  it('splits texts into paragraphs at blank lines and keeps single line breaks', () => {
    expect(paragraphs('  Yksi\r\nkaksi\n\n\n Kolme \n')).toEqual([
      { kind: 'paragraph', text: 'Yksi\nkaksi' },
      { kind: 'paragraph', text: 'Kolme' },
    ]);
    expect(paragraphs(' \n ')).toEqual([]);
  });

  it('omits the discussion section when there are no questions', () => {
    const doc = sampleSummary();
    doc.questions = [];
    expect(headings(toBlocks(doc))).not.toContain('2 Arviointikeskustelun yhteenveto');
  });
});
