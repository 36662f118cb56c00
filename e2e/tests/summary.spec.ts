import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import {
  asName,
  createSession,
  expectAccessible,
  fill,
  joinOnPhone,
  openActor,
  openConsoleView,
  text,
} from './support/actors';
import { LiveClient, tokenOf } from '@aquarium/testkit';

const groups = defaultAquariumSetup('fi').stakeholderGroups.map((g) => g.name);

/** The participant token a phone keeps in local storage after joining. */
const phoneToken = async (context: BrowserContext) => {
  const entries = (await context.storageState()).origins.flatMap((o) => o.localStorage);
  const entry = entries.find((e) => e.name.startsWith('aquarium.participant.'))!;
  return (JSON.parse(entry.value) as { token: string }).token;
};

/** Clicks a link or button that downloads a file; returns the file's text and size. */
const downloadOf = async (page: Page, click: () => Promise<void>) => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const body = await readFile((await download.path())!);
  return { name: download.suggestedFilename(), size: body.length, text: body.toString('utf8') };
};

test('the shared summary: background, consolidation, preview, drafts, publishing and downloads', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base, { project: 'OSMO', region: 'Etelä-Pohjanmaa' });
  const lead = await openActor(browser, created.links.facilitator);
  const fac = lead.page;
  const screen = await openActor(browser, created.links.screen, 'projector');
  const anna = await joinOnPhone(browser, base, created.joinCode, { name: 'Anna', group: groups[0]! });
  const ben = await joinOnPhone(browser, base, created.joinCode, { group: groups[1]! });

  // Before the session: the background (its own view), saved as the facilitator types.
  await openConsoleView(fac, text['cockpit.view.background']);
  await fac.getByLabel(text['summary.goals']).fill('Tavoite: yhteistyö yli rajojen');
  await expect(fac.getByTestId('background-save-state')).toHaveText(new RegExp(text['summary.save.saved']));
  await fac.getByRole('button', { name: text['fac.start'] }).click();

  // Content from the scribe and the phones, sent straight over the socket.
  const facilitator = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  const scribe = await LiveClient.connect(base, tokenOf(created.links.scribe));
  const annaSocket = await LiveClient.connect(base, await phoneToken(anna.context));
  const benSocket = await LiveClient.connect(base, await phoneToken(ben.context));
  await scribe.ok('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Sosiaalinen kuntoutus' });
  await scribe.ok('note:add', { noteId: 'n1', text: 'Verkosto toimi hyvin', questionId: 'q1', themeId: 'th1' });
  await scribe.ok('note:add', { noteId: 'n2', text: 'Palvelukuvaukset puuttuivat', questionId: 'q2' });
  const say = (who: typeof annaSocket, thoughtId: string, thoughtText: string, showName: boolean) =>
    who.ok('thought:submit', { thoughtId, text: thoughtText, questionId: 'q1', showName });
  await say(annaSocket, 't1', 'Työllistyminen parani selvästi', true);
  await say(benSocket, 't2', 'Vertaistuki auttoi jaksamaan', false);
  await say(benSocket, 't3', 'Turha ajatus POISJÄTETTY', false);
  for (const id of ['t1', 't2', 't3']) await facilitator.ok('thought:moderate', { thoughtId: id, status: 'approved' });
  await facilitator.ok('item:theme', { kind: 'thought', itemId: 't1', themeId: 'th1' });
  for (const s of [facilitator, scribe, annaSocket, benSocket]) s.close();

  // End the session: the summary editor opens.
  await fac.getByRole('button', { name: text['fac.end'], exact: true }).click();
  await fac.getByRole('button', { name: text['fac.endConfirm'] }).click();
  const editor = fac.getByTestId('summary-editor');
  await expect(editor).toBeVisible();
  const preview = fac.getByTestId('summary-preview');
  await expect(preview).toContainText('OSMO – Etelä-Pohjanmaa');
  await expect(preview).toContainText('Tavoite: yhteistyö yli rajojen');
  await expect(preview).toContainText('Vertaistuki auttoi jaksamaan');
  // Before it is published, a phone says where the summary will come: no dead end at "thank you".
  await expect(anna.page.getByTestId('summary-pending')).toHaveText(text['summary.pending']);
  await expectAccessible(anna.page, 'phone after the end, before the summary');

  // Consolidated texts, saved as typed ("not saved yet" → "saved"), shown in the preview.
  const saveState = fac.getByTestId('summary-save-state');
  await fac
    .getByLabel(fill(text['summary.consolidatedTheme'], { name: 'Sosiaalinen kuntoutus' }))
    .fill('Koottu: kuntoutus vahvistui');
  await expect(saveState).toHaveText(new RegExp(text['summary.save.pending']));
  await expect(saveState).toHaveText(new RegExp(text['summary.save.saved']));
  await fac.getByLabel(text['summary.closingView']).fill('Loppunäkemys: työ jatkuu maakunnassa');
  await fac.getByLabel(text['summary.goodPractices']).fill('Vertaisryhmät jaetaan kaikille kunnille');
  await expect(saveState).toHaveText(new RegExp(text['summary.save.saved']));
  await expect(preview).toContainText('Koottu: kuntoutus vahvistui');
  await expect(preview).toContainText('Loppunäkemys: työ jatkuu maakunnassa');

  // Leave a thought out, and order the other points.
  await fac
    .getByRole('button', { name: fill(text['summary.leaveOutLabel'], { text: 'Turha ajatus POISJÄTETTY' }) })
    .click();
  await expect(preview).not.toContainText('POISJÄTETTY');
  await expect(
    fac.getByRole('button', { name: fill(text['summary.includeLabel'], { text: 'Turha ajatus POISJÄTETTY' }) }),
  ).toBeVisible();
  await fac
    .getByRole('button', { name: fill(text['summary.downLabel'], { text: 'Vertaistuki auttoi jaksamaan' }) })
    .click();
  await expect(
    fac.getByRole('button', { name: fill(text['summary.upLabel'], { text: 'Vertaistuki auttoi jaksamaan' }) }),
  ).toBeEnabled();
  await expectAccessible(fac, 'summary editor');

  // A draft, downloaded before publishing.
  const draft = await downloadOf(fac, () => fac.getByTestId('draft-md').click());
  expect(draft.text).toContain('Koottu: kuntoutus vahvistui');

  // Publish: version 1 for everyone.
  await fac.getByRole('button', { name: text['summary.publish'] }).click();
  await expect(fac.getByTestId('summary-published')).toHaveText(fill(text['summary.published'], { n: 1 }));
  await expect(screen.page.getByTestId('summary-qr')).toBeVisible();
  await expect(screen.page.getByText(text['summary.scan'])).toBeVisible();

  // A phone gets the links and downloads each format.
  const phone = anna.page;
  const links = phone.getByTestId('summary-download');
  await expect(links).toContainText(text['summary.ready']);
  await expect(phone.getByTestId('summary-pending')).toHaveCount(0);
  await expectAccessible(phone, 'phone with the summary links');
  for (const format of ['pdf', 'docx', 'md'] as const) {
    const link = links.getByRole('link', { name: text[`summary.link.${format}`] });
    await expect(link).toHaveAttribute('download', '');
    await expect(link).toHaveAttribute('href', `/api/summary/${created.joinCode}/v1.${format}`);
    const file = await downloadOf(phone, () => link.click());
    expect(file.size, format).toBeGreaterThan(0);
    expect(file.name).toMatch(new RegExp(`\\.${format}$`));
    if (format === 'md') {
      expect(file.text).toContain('Koottu: kuntoutus vahvistui');
      expect(file.text).toContain('Loppunäkemys: työ jatkuu maakunnassa');
      expect(file.text).not.toContain('POISJÄTETTY');
    }
  }
  const [web] = await Promise.all([
    anna.context.waitForEvent('page'),
    links.getByRole('link', { name: new RegExp(asName(text['summary.link.html'])) }).click(),
  ]);
  // The session's own title names the document; project and region stand under it.
  await expect(web.getByRole('heading', { level: 1 })).toHaveText('Alueellinen arviointi');
  await expect(web.getByText('OSMO – Etelä-Pohjanmaa')).toBeVisible();
  await expect(web.getByText('Työllistyminen parani selvästi')).toBeVisible();

  // A newer version: the links follow.
  await fac.getByLabel(text['summary.closingView']).fill('Toinen versio');
  await expect(saveState).toHaveText(new RegExp(text['summary.save.saved']));
  await fac.getByRole('button', { name: text['summary.publishNew'] }).click();
  await expect(fac.getByTestId('summary-published')).toHaveText(fill(text['summary.published'], { n: 2 }));
  await expect(links.getByRole('link', { name: text['summary.link.md'] })).toHaveAttribute(
    'href',
    `/api/summary/${created.joinCode}/v2.md`,
  );

  // Someone new with the code (the projector's QR) gets the summary instead of "joining closed".
  const late = await openActor(browser, `${base}/j/${created.joinCode}`, 'phone');
  await expect(late.page.getByTestId('summary-download')).toContainText(fill(text['summary.readyIntro'], { n: 2 }));
  await expectAccessible(late.page, 'joining closed, with the summary');

  for (const actor of [lead, screen, anna, ben, late]) await actor.context.close();
});
