import { describe, expect, it } from 'vitest';
import { averageLink } from './cluster.js';
import { splitByVocabulary } from './decompound.js';
import { normaliser } from './normalize.js';
import { suggestThemes, type Unthemed } from './suggest.js';
import { loadVoikko } from './voikko.js';

const keys = (language: 'fi' | 'sv' | 'en', text: string, voikko = true) =>
  normaliser(language, { voikko })
    .words(text)
    .map((w) => w.key);

const notes = (...texts: string[]): Unthemed[] => texts.map((text, i) => ({ kind: 'note', id: `n${i}`, text }));

// CI installs libvoikko1 and voikko-fi (.ci/run); a machine without them still runs the stemmer tests.
const withVoikko = loadVoikko() ? it : it.skip;

describe('normalising Finnish, Swedish and English', () => {
  withVoikko('gives one base form for the inflected forms of a Finnish word', () => {
    const forms = ['palvelukuvaus', 'palvelukuvauksia', 'palvelukuvauksen', 'palvelukuvauksista', 'palvelukuvauksiin'];
    expect(new Set(forms.flatMap((f) => keys('fi', f)))).toEqual(new Set(['palvelukuvaus']));
    expect(keys('fi', 'Kokemusasiantuntijoiden koulutus')).toEqual(['kokemusasiantuntija', 'koulutus']);
  });

  withVoikko('splits Finnish compounds into base forms of their parts', () => {
    const [word] = normaliser('fi').words('palvelukuvauksia');
    expect(word?.parts).toEqual(['palvelu', 'kuvaus']);
    const [worker] = normaliser('fi').words('työntekijöille');
    expect(worker?.parts).toEqual(['työ', 'tekijä']);
  });

  it('leaves out stop words, pronouns and auxiliaries', () => {
    expect(keys('fi', 'Se ei ollut meille kovin hyvä asia', false)).not.toContain('se');
    expect(keys('sv', 'Det var inte så bra för oss')).toEqual([]);
    expect(keys('en', 'It was not that good for us')).toEqual([]);
  });

  it('stems Swedish and English, and Finnish without Voikko', () => {
    expect(new Set(['föreningarna', 'föreningar', 'föreningen'].flatMap((w) => keys('sv', w))).size).toBe(1);
    expect(new Set(['volunteers', 'volunteer'].flatMap((w) => keys('en', w))).size).toBe(1);
    expect(
      new Set(['järjestöt', 'järjestöä', 'järjestöille', 'järjestössä'].flatMap((w) => keys('fi', w, false))).size,
    ).toBe(1);
  });

  it('splits a compound where the texts use its last part as a word of its own', () => {
    const sv = normaliser('sv');
    const [compound, simple] = splitByVocabulary(
      [sv.words('servicebeskrivningarna'), sv.words('beskrivningen')],
      sv.stem!,
    );
    expect(compound?.[0]?.parts).toEqual(['servic', 'beskrivning']);
    expect(simple?.[0]?.parts).toEqual(['beskrivning']);
  });
});

describe('average-link clustering', () => {
  it('joins what is similar above the threshold and nothing else', () => {
    // Items 0–1 and 2–3 are close; 4 is alone.
    const n = 5;
    const sim = new Float32Array(n * n);
    const set = (a: number, b: number, s: number) => ((sim[a * n + b] = s), (sim[b * n + a] = s));
    set(0, 1, 0.9);
    set(2, 3, 0.8);
    set(1, 2, 0.1);
    const labels = averageLink(sim, n, 0.3);
    expect(labels[0]).toBe(labels[1]);
    expect(labels[2]).toBe(labels[3]);
    expect(labels[0]).not.toBe(labels[2]);
    expect(new Set(labels).size).toBe(3);
  });
});

describe('suggested themes', () => {
  it('groups inflected forms of one word together and names the group in base form', () => {
    const { suggestions } = suggestThemes(
      'fi',
      notes(
        'Palvelukuvaukset päivitettiin',
        'Palvelukuvauksia luettiin paljon',
        'Palvelukuvauksen kieli oli selkeää',
        'Bussit eivät kulkeneet iltaisin',
        'Bussivuoroja oli liian vähän',
      ),
      [],
    );
    const ids = suggestions.map((s) => s.members.map((m) => m.id).sort());
    expect(ids).toContainEqual(['n0', 'n1', 'n2']);
    if (loadVoikko()) expect(suggestions.find((s) => s.members.length === 3)?.name).toBe('Palvelukuvaus');
  });

  withVoikko('brings compounds together on their shared parts', () => {
    const { suggestions } = suggestThemes(
      'fi',
      notes('Palvelukuvaus valmistui', 'Palvelujen kuvaaminen auttoi', 'Kuljetukset puuttuivat kokonaan'),
      [],
    );
    expect(suggestions.map((s) => s.members.map((m) => m.id))).toEqual([['n0', 'n1']]);
  });

  it('proposes an existing theme for an item that clearly belongs to it', () => {
    const { placements, suggestions } = suggestThemes('sv', notes('Föreningarna hjälpte till', 'Bussen gick inte'), [
      { id: 'th', name: 'Samarbete med föreningar', texts: ['Föreningarna var aktiva'] },
    ]);
    expect(placements.map((p) => [p.item.id, p.themeId])).toEqual([['n0', 'th']]);
    expect(suggestions).toEqual([]);
  });
});
