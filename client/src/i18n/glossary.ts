import type { Language } from '@aquarium/shared';
import { withoutSoftHyphens } from './softHyphen';

/** One concept, its one term per language, and the synonyms that must not appear beside it in a catalog. */
export interface GlossaryEntry {
  concept: string;
  term: Record<Language, string>;
  /** Lower-case word stems that name the same concept differently (matched at the start of a word). */
  banned: Partial<Record<Language, readonly string[]>>;
  /** The plain-language catalogs may use a commoner word (Selkokeskus: common words); then it is theirs alone. */
  plain?: { term: Partial<Record<Language, string>>; banned: Partial<Record<Language, readonly string[]>> };
}

/**
 * One term per concept across the phone, the consoles, the projector and the summary (DESIGN.md §5). The catalogs
 * are tested against it (`glossary.test.ts`): a banned synonym in any catalog fails.
 */
export const glossary: readonly GlossaryEntry[] = [
  {
    concept: 'the person who runs the session',
    term: { fi: 'fasilitaattori', sv: 'handledare', en: 'facilitator' },
    banned: {
      fi: ['ohjaaja', 'ohjaaji', 'vetäjä', 'moderaattori'],
      sv: ['facilitator', 'moderator'],
      en: ['moderator'],
    },
    plain: { term: { fi: 'ohjaaja' }, banned: { fi: ['fasilitaattor'] } },
  },
  {
    concept: 'what a participant gives in a dot vote',
    term: { fi: 'piste', sv: 'poäng', en: 'dot' },
    banned: { fi: ['ääntä', 'äänesi', 'ääniä'], sv: ['röster', 'rösterna'], en: ['votes left'] },
  },
  {
    concept: 'a participant without a name',
    term: { fi: 'Osallistuja {n}', sv: 'Deltagare {n}', en: 'Participant {n}' },
    banned: { fi: ['jäsen {n}'], sv: ['medlem {n}'], en: ['member {n}'] },
  },
  {
    concept: 'a stakeholder group (who a participant is: client, worker, partner…), chosen on joining',
    term: { fi: 'sidosryhmä', sv: 'intressentgrupp', en: 'stakeholder group' },
    banned: {
      fi: ['taustaryhm', 'kohderyhm', 'intressiryhm', 'viiteryhm'],
      sv: ['målgrupp', 'bakgrundsgrupp', 'referensgrupp'],
      en: ['target group', 'background group', 'reference group'],
    },
  },
  {
    concept: 'a small group (people who work together in the small-group method), with its chair',
    term: { fi: 'ryhmä', sv: 'grupp', en: 'group' },
    banned: {
      fi: ['työryhm', 'tiimi', 'porukk', 'joukkue', 'ryhmänvetäjä', 'ryhmänjohtaja'],
      sv: ['team', 'arbetsgrupp', 'gruppledare'],
      en: ['team', 'breakout', 'group leader'],
    },
  },
  {
    concept: 'time past the planned end of a phase',
    term: { fi: 'Aika ylittyi', sv: 'Tiden har gått ut', en: 'Over time' },
    banned: { fi: ['-0:', 'jäljellä -'], sv: ['kvar -'], en: ['left -'] },
  },
];

/** Where a banned synonym stands in a string: at the start of a word (so "ohjaaja" is not found in "tuohjaaja"). */
export const findBanned = (text: string, banned: readonly string[]): string[] => {
  // A placeholder's name ("{facilitators}") is code, not words; "{n}" stays, as in "Osallistuja {n}".
  const lower = withoutSoftHyphens(text)
    .replace(/\{\w{2,}\}/g, '{}')
    .toLowerCase();
  return banned.filter((word) => {
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      if (i === 0 || !/[\p{L}]/u.test(lower[i - 1]!)) return true;
    }
    return false;
  });
};

/**
 * The stakeholder group and the small group are both "groups" in everyday words; the catalogs tell them apart. A string
 * that speaks of the stakeholder group does so in every language ("sidosryhmä", "intressentgrupp", "stakeholder
 * group"), never as a bare "ryhmä"/"grupp"/"group", which is the small group's word.
 */
export const stakeholderWords: Record<Language, RegExp> = {
  fi: /sidosryhm/i,
  sv: /intressentgrupp/i,
  en: /stakeholder/i,
};
