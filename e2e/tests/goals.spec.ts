import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { asName, expectAccessible, fill, joinOnPhone, openActor, text } from './support/actors';
import { joinSession, LiveClient } from '@aquarium/testkit';

const groups = defaultAquariumSetup('fi').stakeholderGroups;

/** The plan as a project worker pastes it from the project plan document. */
const outline = `## Tavoite 1: Asiakkaiden osallisuus vahvistuu
Odotettu tulos: Kokemusasiantuntijat ovat mukana kehittämisessä.
- Kokemusasiantuntijakoulutus (syksy 2024)
  - Kolme koulutuspäivää
- Asiakasraadit

## Tavoite 2: Sosiaalinen kuntoutus vakiintuu
Odotettu tulos: Ryhmätoiminta on osa palveluja.
- Ryhmätoiminnan mallinnus

## Tavoite 3: Työllisyyspalvelujen yhteistyö tiivistyy
Odotettu tulos: Yhteinen asiakasprosessi.

# Kehittämisteemat
- Sosiaalinen kuntoutus
- Palvelukuvaukset
- Työllisyyden tuki`;

/** The participant token a phone keeps in local storage after joining. */
const phoneToken = async (context: BrowserContext) => {
  const entries = (await context.storageState()).origins.flatMap((o) => o.localStorage);
  const entry = entries.find((e) => e.name.startsWith('aquarium.participant.'))!;
  return (JSON.parse(entry.value) as { token: string }).token;
};

/** The rating's first choice lies inside the phone's first screenful. */
const expectRatingInFirstViewport = async (page: Page) => {
  const first = page.getByTestId('goal-rating-goal').first().getByRole('radio').first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y + box.height, `rating control at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(
    viewport.height,
  );
};

test('the plan in the room: imported at set-up, tagged live, rated on phones, read goal by goal', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;

  // Set-up: the facilitator pastes the plan's outline; the lists fill in and stay editable.
  const lead = await openActor(browser, `${base}/new`);
  const fac = lead.page;
  await fac.getByLabel(text['create.titleLabel']).fill('OSMO Järvi-Pohjanmaa');
  await fac.getByLabel(text['create.project']).fill('OSMO');
  await fac.getByText(text['plan.paste']).click();
  await fac.getByLabel(text['plan.pasteLabel']).fill(outline);
  await fac.getByRole('button', { name: text['plan.pasteButton'] }).click();
  await expect(fac.getByTestId('plan-goal')).toHaveCount(3);
  await expect(fac.getByLabel(fill(text['plan.goalName'], { n: 1 }))).toHaveValue('Asiakkaiden osallisuus vahvistuu');
  await expect(fac.getByLabel(fill(text['plan.activity'], { n: '1.1.1' }))).toHaveValue('Kolme koulutuspäivää');
  await expect(fac.getByLabel(fill(text['create.developmentTheme'], { n: 3 }))).toHaveValue('Työllisyyden tuki');
  // An edit in the list is what is stored.
  await fac.getByLabel(fill(text['plan.expectedResult'], { n: 3 })).fill('Yhteinen asiakasprosessi on käytössä.');
  await expectAccessible(fac, 'create form with the plan');
  await fac.getByRole('button', { name: text['create.submit'] }).click();
  const joinLink = (await fac.getByTestId('link-join').getAttribute('href'))!;
  const joinCode = joinLink.split('/j/')[1]!;
  const scribeLink = (await fac.getByTestId('link-scribe').getAttribute('href'))!;
  await fac.getByRole('button', { name: text['created.open'] }).click();

  // Two phones on screen (390×844 and 320×640); four more people rate from their own phones (sockets).
  const anna = await joinOnPhone(browser, base, joinCode, { group: groups[0]!.name });
  const small = await joinOnPhone(browser, base, joinCode, { group: groups[1]!.name });
  await small.page.setViewportSize({ width: 320, height: 640 });
  const others = [];
  for (const g of ['g1', 'g1', 'g3', 'g3']) {
    others.push(await LiveClient.connect(base, (await joinSession(base, joinCode, g)).token));
  }
  await fac.getByRole('button', { name: text['fac.start'] }).click();

  // During the session: the scribe tags a note with one key; the facilitator tags a thought with the control.
  const scribe = await openActor(browser, scribeLink);
  await scribe.page.getByLabel(text['capture.notes.write']).fill('Koulutus antoi rohkeutta puhua');
  await scribe.page.getByRole('button', { name: text['capture.notes.add'] }).click();
  const note = scribe.page.getByTestId('note').filter({ hasText: 'Koulutus antoi rohkeutta puhua' });
  await note.getByRole('button', { name: text['capture.notes.edit'] }).focus();
  await scribe.page.keyboard.press('1');
  await expect(note.getByTestId('goal-select')).toHaveValue('goal1');
  const annaSocket = await LiveClient.connect(base, await phoneToken(anna.context));
  await annaSocket.ok('thought:submit', {
    thoughtId: 'th1',
    text: 'Ryhmä madalsi kynnystä',
    questionId: 'q1',
    showName: false,
  });
  annaSocket.close();
  const card = fac.getByTestId('fac-thought').filter({ hasText: 'Ryhmä madalsi kynnystä' });
  await card.getByRole('button', { name: text['capture.thoughts.approve'] }).click();
  await card.getByTestId('goal-select').selectOption('goal2');
  await expect(card.getByTestId('goal-select')).toHaveValue('goal2');

  // The facilitator opens the rating: every phone shows it at the top, anonymous.
  const panel = fac.getByTestId('goal-rating-panel');
  await panel.getByRole('button', { name: text['goalRating.open'] }).click();
  for (const phone of [anna.page, small.page]) {
    await expect(phone.getByTestId('goal-rating')).toBeVisible();
    await expectRatingInFirstViewport(phone);
  }
  await expectAccessible(anna.page, 'phone rating the goals');
  await expectAccessible(small.page, 'small phone rating the goals');
  await anna.page
    .getByTestId('goal-rating-goal')
    .first()
    .getByRole('radio', { name: text['phone.rate.v4'], exact: true })
    .check();
  await small.page
    .getByTestId('goal-rating-goal')
    .first()
    .getByRole('radio', { name: text['phone.rate.v2'], exact: true })
    .check();
  await expect(anna.page.getByTestId('goal-rating')).toContainText(
    fill(text['phone.rate.progress'], { done: 1, total: 3 }),
  );
  const values = [4, 3, 2, 1] as const;
  for (const [i, other] of others.entries()) await other.ok('goal:rate', { goalId: 'goal1', value: values[i]! });
  await expect(panel.getByTestId('goal-rating-state')).toContainText(fill(text['goalRating.raters'], { n: 6 }));
  await panel.getByRole('button', { name: text['goalRating.close'] }).click();
  await expect(anna.page.getByTestId('goal-rating')).toHaveCount(0);
  // Results by group: three clients by name; the single worker and the two managers together as "other".
  const results = panel.getByTestId('goal-results');
  await expect(results.getByRole('row', { name: new RegExp(groups[0]!.name) }).first()).toBeVisible();
  await expect(results.getByRole('row', { name: new RegExp(text['goalRating.other']) }).first()).toBeVisible();
  await expect(results).not.toContainText(groups[1]!.name);

  // End and publish; the phone opens the web summary and reads it goal by goal.
  await fac.getByRole('button', { name: text['fac.end'], exact: true }).click();
  await fac.getByRole('button', { name: text['fac.endConfirm'] }).click();
  await expect(fac.getByTestId('summary-editor')).toBeVisible();
  // The staff preview reads the plan goal by goal, as the downloads do.
  const preview = fac.getByTestId('summary-preview');
  await expect(preview.getByTestId('preview-goal')).toHaveCount(3);
  await expect(preview.getByRole('heading', { name: 'Tavoite 1: Asiakkaiden osallisuus vahvistuu' })).toBeVisible();
  await expect(preview.getByText('Kolme koulutuspäivää')).toBeVisible();
  await fac.getByRole('button', { name: text['summary.publish'] }).click();
  const links = anna.page.getByTestId('summary-download');
  await expect(links).toContainText(text['summary.ready']);
  const [web] = await Promise.all([
    anna.context.waitForEvent('page'),
    links.getByRole('link', { name: new RegExp(asName(text['summary.link.html'])) }).click(),
  ]);
  await expect(web.getByRole('heading', { name: 'Tavoite 1: Asiakkaiden osallisuus vahvistuu' })).toBeVisible();
  await expect(web.getByText('Kokemusasiantuntijat ovat mukana kehittämisessä.')).toBeVisible();
  await expect(web.getByText('Kolme koulutuspäivää')).toBeVisible();
  await expect(web.getByRole('row', { name: /Muut/ }).first()).toBeVisible();
  await expect(web.getByText('Koulutus antoi rohkeutta puhua')).toHaveCount(2); // under goal 1 and under its question
  await expect(web.getByRole('heading', { name: 'Mitä ei ennakoitu' })).toHaveCount(0); // everything was tagged
  await expectAccessible(web, 'published summary on a phone, goal by goal');
  const width = await web.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  for (const other of others) other.close();
  for (const actor of [lead, anna, small, scribe]) await actor.context.close();
});
