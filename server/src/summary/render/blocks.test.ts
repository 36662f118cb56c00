import { describe, expect, it } from 'vitest';
import { paragraphs, toBlocks, type Block } from './blocks.js';
import { finnishLabels, sampleSummary } from '../../../test/kit/summaryFixture.js';

const L = finnishLabels;

const headings = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.kind === 'heading' ? [`${block.level} ${block.text}`] : []));

describe('toBlocks', () => {
  it('orders the document as DESIGN §3 says', () => {
    const outline = headings(toBlocks(sampleSummary({ thoughts: 20, notes: 6 })));
    expect(outline.filter((line) => /^[12] /.test(line))).toEqual([
      '1 OSMO – Etelä-Pohjanmaa: alueellinen yhteenveto ja arviointi',
      `2 ${L.participants}`,
      `2 ${L.background}`,
      `2 ${L.discussion}`,
      `2 ${L.goodPractices}`,
      `2 ${L.closingView}`,
      `2 ${L.appendix}`,
    ]);
    const q2 = outline.indexOf('3 Kysymys 2: Mitä palvelukuvauksissa ja ohjauksessa pitäisi muuttaa?');
    expect(outline.slice(q2, q2 + 6)).toEqual([
      '3 Kysymys 2: Mitä palvelukuvauksissa ja ohjauksessa pitäisi muuttaa?',
      '4 Palvelukuvaukset',
      '4 Ohjaus ja neuvonta',
      '4 Kaksikielisyys',
      `4 ${L.otherPoints}`,
      `4 ${L.groupPoints}`,
    ]);
  });

  it('describes each thought by group, author only when named, votes only when any', () => {
    const doc = sampleSummary({ thoughts: 0, notes: 0 });
    doc.questions[0]!.themes[0]!.items.thoughts = [
      { text: 'A', group: 'Asukkaat', author: null, votes: 0 },
      { text: 'B', group: 'Kunta', author: 'Örjan Åström', votes: 3 },
      { text: 'C', group: '', author: null, votes: 1 },
    ];
    const lists = toBlocks(doc).filter((block) => block.kind === 'bullets' && block.label === L.thoughts);
    expect(lists).toEqual([
      {
        kind: 'bullets',
        label: L.thoughts,
        items: [
          { text: 'A', meta: '(Asukkaat)' },
          { text: 'B', meta: '(Kunta, Örjan Åström, 3 pistettä)' },
          { text: 'C', meta: '(1 piste)' },
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
    expect(headings(toBlocks(doc))).not.toContain(`2 ${L.discussion}`);
  });
});
