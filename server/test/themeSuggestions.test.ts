import { composeSummary, defaultAquariumSetup, type ThemeSuggestAck, type ThemeSuggestion } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** 45 notes a scribe might write under the three default questions, five to a theme. */
const notes: Record<string, Record<string, string[]>> = {
  q1: {
    palvelukuvaus: [
      'Palvelukuvaukset päivitettiin yhdessä asiakkaiden kanssa',
      'Yhteiset palvelukuvaukset helpottivat työtä',
      'Palvelukuvauksen selkeä kieli auttoi asiakkaita',
      'Palvelukuvauksista tuli yhtenäiset koko alueella',
      'Palvelujen kuvaaminen selkokielellä onnistui',
    ],
    kokemus: [
      'Kokemusasiantuntijat olivat mukana suunnittelussa',
      'Kokemusasiantuntijan näkökulma muutti prosessin',
      'Kokemusasiantuntijoiden koulutus kannatti',
      'Kokemusasiantuntijoita saatiin kehittäjäryhmiin',
      'Kokemusasiantuntijuus tuli osaksi arkea',
    ],
    järjestö: [
      'Yhteistyö järjestöjen kanssa tiivistyi',
      'Järjestöt toivat osaamista kuntiin',
      'Järjestöyhteistyö sujui kaikissa kunnissa',
      'Järjestön vapaaehtoiset tavoittivat ihmisiä',
      'Järjestöjen tapaamiset olivat hyödyllisiä',
    ],
  },
  q2: {
    vaihtuvuus: [
      'Työntekijät vaihtuivat kesken hankkeen',
      'Henkilöstön vaihtuvuus katkaisi kehittämisen',
      'Uusien työntekijöiden perehdytys vei aikaa',
      'Vaihtuvat työntekijät eivät tunteneet mallia',
      'Työntekijöiden vaihtuminen hidasti kaikkea',
    ],
    järjestelmä: [
      'Tietojärjestelmät eivät keskustelleet keskenään',
      'Asiakastietojärjestelmä ei taipunut malliin',
      'Kirjaaminen kahteen järjestelmään vei aikaa',
      'Järjestelmien yhteensopimattomuus haittasi',
      'Tietojärjestelmän tunnuksia odotettiin kuukausia',
    ],
    aikataulu: [
      'Aikataulu oli liian tiukka',
      'Aikataulu venyi rekrytoinnin takia',
      'Tiukka aikataulu esti kokeilut',
      'Aikataulusta lipsuttiin jatkuvasti',
      'Aikataulun kiire uuvutti',
    ],
  },
  q3: {
    jalkautuva: [
      'Jalkautuva työ kauppojen pihoilla kannattaa levittää',
      'Jalkautuminen kyliin tavoitti ihmisiä',
      'Jalkautuvan työn malli jaetaan',
      'Jalkautuvat työntekijät tavoittavat syrjäkylät',
      'Jalkautuva palvelu kiersi kylissä',
    ],
    verkosto: [
      'Verkostotapaamiset jatkuvat hankkeen jälkeen',
      'Verkostopalaverien malli sopii muillekin',
      'Alueellinen verkosto kokoontuu jatkossakin',
      'Verkoston kalenteri jaetaan',
      'Monialainen verkosto on paras käytäntö',
    ],
    opas: [
      'Opas julkaistaan verkossa',
      'Oppaan tekeminen yhdessä kannatti',
      'Opasta päivitetään vuosittain',
      'Oppaasta tehdään selkokielinen versio',
      'Opas jaetaan kaikille kunnille',
    ],
  },
};

const noteId = (q: string, theme: string, i: number) =>
  `${q}-${theme.slice(0, 4)}-${i}`.replace(/[^A-Za-z0-9_-]/g, 'x');

const setUp = async () => {
  server = await startServer();
  const created = await server.createSession();
  const facilitator = await server.connect(created.tokens.facilitator);
  const scribe = await server.connect(created.tokens.scribe);
  await facilitator.send('session:start');
  for (const [q, themes] of Object.entries(notes)) {
    for (const [theme, texts] of Object.entries(themes)) {
      for (const [i, text] of texts.entries()) {
        const ack = await scribe.send('note:add', { noteId: noteId(q, theme, i), text, questionId: q });
        expect(ack.ok).toBe(true);
      }
    }
  }
  return { created, facilitator, scribe };
};

const suggest = async (client: TestClient, payload: unknown): Promise<ThemeSuggestAck> =>
  client.socket.emitWithAck('themes:suggest', payload);

const suggestionsOf = async (client: TestClient, questionId: string, dismissed?: string[]) => {
  const ack = await suggest(client, { questionId, ...(dismissed ? { dismissed } : {}) });
  if (!ack.ok) throw new Error(JSON.stringify(ack.error));
  return ack;
};

/** The suggestion holding most of a hand-made theme's notes. */
const suggestionFor = (suggestions: ThemeSuggestion[], q: string, theme: string) => {
  const ids = new Set(notes[q]![theme]!.map((_, i) => noteId(q, theme, i)));
  return suggestions
    .map((s) => ({ s, hits: s.items.filter((i) => ids.has(i.id)).length }))
    .sort((a, b) => b.hits - a.hits)[0]!;
};

/** What the scribe's "accept" does: the normal commands, a theme and then each of its items. */
const accept = async (client: TestClient, questionId: string, themeId: string, s: ThemeSuggestion, name = s.name) => {
  expect((await client.send('theme:create', { themeId, questionId, name })).ok).toBe(true);
  for (const item of s.items) {
    expect((await client.send('item:theme', { kind: item.kind, itemId: item.id, themeId })).ok).toBe(true);
  }
};

describe('theme suggestions', () => {
  it('groups 45 Finnish notes under three questions into their themes, named in base form', async () => {
    const { scribe } = await setUp();
    for (const [q, themes] of Object.entries(notes)) {
      const { suggestions } = await suggestionsOf(scribe, q);
      for (const theme of Object.keys(themes)) {
        const { s, hits } = suggestionFor(suggestions, q, theme);
        expect(hits, `${q} ${theme}: ${JSON.stringify(suggestions)}`).toBeGreaterThanOrEqual(4);
        expect(s.items.length, `${q} ${theme} holds little else`).toBeLessThanOrEqual(6);
      }
    }
    const q1 = (await suggestionsOf(scribe, 'q1')).suggestions;
    expect(suggestionFor(q1, 'q1', 'palvelukuvaus').s.name).toMatch(/^Palvelukuvaus/);
    expect(suggestionFor(q1, 'q1', 'kokemus').s.name).toMatch(/^Kokemusasiantuntija/);
  });

  it('accepting through the normal commands reaches every client and the summary, and deleting the theme undoes it', async () => {
    const { facilitator, scribe } = await setUp();
    const { s } = suggestionFor((await suggestionsOf(scribe, 'q1')).suggestions, 'q1', 'palvelukuvaus');
    await accept(scribe, 'q1', 'thPalvelu', s, 'Palvelukuvaukset');

    // The facilitator's console sees the theme and its notes live.
    await facilitator.until(
      (st) =>
        st.themes.thPalvelu?.name === 'Palvelukuvaukset' &&
        s.items.every((i) => st.notes[i.id]?.themeId === 'thPalvelu'),
    );
    const summary = composeSummary(facilitator.state!, { version: 1, publishedAt: 0 });
    const theme = summary.questions[0]!.themes.find((t) => t.name === 'Palvelukuvaukset');
    expect(theme?.items.notes).toHaveLength(s.items.length);

    // Placed items are not suggested again; a new note that fits is proposed for the existing theme.
    const again = await suggestionsOf(scribe, 'q1');
    expect(again.suggestions.flatMap((x) => x.items).some((i) => s.items.some((m) => m.id === i.id))).toBe(false);
    await scribe.send('note:add', { noteId: 'late', text: 'Palvelukuvauksia täydennettiin vielä', questionId: 'q1' });
    const later = await suggestionsOf(scribe, 'q1');
    expect(later.placements).toContainEqual({ kind: 'note', id: 'late', themeId: 'thPalvelu' });
    const quick = await suggest(scribe, { questionId: 'q1', placementsOnly: true });
    expect(quick).toMatchObject({ ok: true, suggestions: [] });
    expect(quick.ok && quick.placements).toContainEqual({ kind: 'note', id: 'late', themeId: 'thPalvelu' });

    // Undo, like any theme: deleting it puts its notes back under no theme, and they are suggested again.
    expect((await scribe.send('theme:delete', { themeId: 'thPalvelu' })).ok).toBe(true);
    await facilitator.until((st) => !st.themes.thPalvelu && s.items.every((i) => st.notes[i.id]?.themeId === null));
    const undone = await suggestionsOf(facilitator, 'q1');
    expect(suggestionFor(undone.suggestions, 'q1', 'palvelukuvaus').hits).toBeGreaterThanOrEqual(4);
  });

  it('does not suggest again what was dismissed in the view', async () => {
    const { scribe } = await setUp();
    const { s } = suggestionFor((await suggestionsOf(scribe, 'q2')).suggestions, 'q2', 'aikataulu');
    const dismissed = s.items.map((i) => i.id);
    const after = await suggestionsOf(scribe, 'q2', dismissed);
    expect(after.suggestions.flatMap((x) => x.items.map((i) => i.id)).some((id) => dismissed.includes(id))).toBe(false);
    expect(after.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it('uses approved thoughts only, never the text of a pending or hidden one', async () => {
    const { created, facilitator, scribe } = await setUp();
    const phone = await server.connect((await server.join(created.joinCode)).token);
    const say = (thoughtId: string, text: string) =>
      phone.send('thought:submit', { thoughtId, text, questionId: 'q1', showName: false });
    await say('tApproved', 'Kokemusasiantuntijoiden mukanaolo oli tärkeintä');
    await say('tPending', 'Kokemusasiantuntijat toivat rohkeutta');
    await say('tHidden', 'Kokemusasiantuntijoiden palkkiot maksettiin myöhässä');
    await facilitator.send('thought:moderate', { thoughtId: 'tApproved', status: 'approved' });
    await facilitator.send('thought:moderate', { thoughtId: 'tHidden', status: 'hidden' });
    const { suggestions, placements } = await suggestionsOf(scribe, 'q1');
    const ids = [...suggestions.flatMap((s) => s.items.map((i) => i.id)), ...placements.map((p) => p.id)];
    expect(ids).toContain('tApproved');
    expect(ids).not.toContain('tPending');
    expect(ids).not.toContain('tHidden');
  });

  it('suggests themes in a Swedish session, in Swedish', async () => {
    server = await startServer();
    const created = await server.createSession({ ...defaultAquariumSetup('sv'), title: 'Utvärdering' });
    const scribe = await server.connect(created.tokens.scribe);
    const texts = [
      'Föreningarna hade kunnande som kommunerna saknade',
      'Samarbetet med föreningarna blev tätare',
      'Vi träffade föreningarna regelbundet',
      'Tidtabellen var för snäv',
      'Tidtabellen sprack på grund av rekryteringen',
      'En snäv tidtabell stoppade försöken',
    ];
    for (const [i, text] of texts.entries())
      await scribe.send('note:add', { noteId: `sv${i}`, text, questionId: 'q1' });
    const { suggestions } = await suggestionsOf(scribe, 'q1');
    const groups = suggestions.map((s) => ({ name: s.name, ids: s.items.map((i) => i.id).sort() }));
    expect(groups).toContainEqual({ name: expect.stringMatching(/^Förening/), ids: ['sv0', 'sv1', 'sv2'] });
    expect(groups).toContainEqual({ name: expect.stringMatching(/^Tidtabell/), ids: ['sv3', 'sv4', 'sv5'] });
  });

  it('refuses a participant, a malformed request and an unknown question with a code', async () => {
    const { created, scribe } = await setUp();
    const phone = await server.connect((await server.join(created.joinCode)).token);
    expect(await suggest(phone, { questionId: 'q1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await suggest(scribe, { questionId: 'q1', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(await suggest(scribe, { questionId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
