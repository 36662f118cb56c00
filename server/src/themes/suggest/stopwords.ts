import { eng, swe } from 'stopword';

/**
 * Finnish words that say nothing about a theme, as base forms (Voikko) and as the Snowball stems of the
 * same words (the fallback). The stopword package's Finnish list is a newspaper frequency list ("vuonna",
 * "kaudella") and misses the pronouns and auxiliaries that fill spoken notes, so the list is ours.
 */
const finnish = `
ja tai sekä mutta että kun jos koska vaikka kuin eli niin myös vielä jo vain ainakin aina ehkä kyllä
ei olla voida pitää saada tulla tehdä mennä antaa alkaa jäädä käydä ottaa joutua täytyä
minä sinä hän me te he se ne tämä tuo nämä nuo joka jokin joku mikä kuka kaikki jokainen moni muu
itse oma toinen ainoa sama eri kukin mitään mikään kumpi
hyvin paljon vähän liian todella aika ihan melko hieman enemmän vähemmän juuri heti nyt sitten silloin
siellä täällä missä mihin mistä miten miksi milloin kuinka tosi asia juttu kohta osa tapa kerta
mm esim yms jne eikä ettei jotta siis kuitenkin lisäksi esimerkiksi muun muassa noin yli alle
hyvä huono iso pieni uusi suuri koko
`;

/** Swedish and English spoken fillers the general lists miss. */
const swedishExtra = 'också mycket lite bra fick få göra gjorde kunde kan ska skulle finns fanns sak saker';
const englishExtra = 'no not nobody us also lot lots really good bad get got thing things need needs way use used';

export const stopWords: Record<'fi' | 'sv' | 'en', ReadonlySet<string>> = {
  fi: new Set(finnish.split(/\s+/).filter(Boolean)),
  sv: new Set([...swe, ...swedishExtra.split(' ')]),
  en: new Set([...eng, ...englishExtra.split(' ')]),
};
