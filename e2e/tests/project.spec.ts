import { mkdir, readFile } from 'node:fs/promises';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { LiveClient, tokenOf } from '@aquarium/testkit';
import { expectAccessible, fill, joinOnPhone, openActor, text } from './support/actors';

const SHOTS = process.env.SHOTS_DIR;
const PROJECT = 'OSMO – Osallisuutta ja monialaista yhteistyötä';
/** The project's own first question and stakeholder group: every session made from it must show them. */
const QUESTION = 'Mikä OSMO-hankkeessa auttoi eniten?';
const GROUP = 'Järjestötoimija';

/** The participant token a phone keeps in local storage after joining. */
const phoneToken = async (context: BrowserContext) => {
  const entries = (await context.storageState()).origins.flatMap((o) => o.localStorage);
  const entry = entries.find((e) => e.name.startsWith('aquarium.participant.'))!;
  return (JSON.parse(entry.value) as { token: string }).token;
};

/** Nothing on the page scrolls sideways. */
const expectNoSidewaysScroll = async (page: Page, what: string) => {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.page, what).toBeLessThanOrEqual(widths.view);
};

/** The element lies inside the first screenful. */
const expectInFirstViewport = async (page: Page, selector: Locator, what: string) => {
  await expect(selector, what).toBeVisible();
  const box = (await selector.boundingBox())!;
  expect(box.y + box.height, what).toBeLessThanOrEqual(page.viewportSize()!.height);
};

/**
 * A short session of the project: a participant joins on their phone (the project's stakeholder group is offered)
 * and writes a thought; the facilitator approves it and puts it under a theme, with a second theme that only this
 * region has; then ends the session and publishes its summary.
 */
const runSession = async (page: Page, browser: Browser, base: string, region: string, ownTheme: string) => {
  await page.getByLabel(text['create.region'], { exact: true }).fill(region);
  await page.getByTestId('project-new-session').click();
  const created = page.getByTestId('created-session');
  await expect(created).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/project-created-${region}-1366.png`, fullPage: true });
  const facilitatorLink = (await created.getByTestId('link-facilitator').getAttribute('href'))!;
  const joinLink = (await created.getByTestId('link-join').getAttribute('href'))!;
  const joinCode = joinLink.split('/j/')[1]!;
  // Closed, so that the next session's links are not mistaken for these.
  await page.getByRole('button', { name: text['project.closeCreated'] }).click();
  await expect(created).toHaveCount(0);

  const phone = await joinOnPhone(browser, base, joinCode, { group: GROUP });
  const facilitator = await LiveClient.connect(base, tokenOf(facilitatorLink));
  await facilitator.ok('session:start', {});
  // The project's question is the session's: the phone shows it once the session runs.
  await expect(phone.page.getByText(QUESTION).first()).toBeVisible();
  const participant = await LiveClient.connect(base, await phoneToken(phone.context));
  const thoughtId = `t${region.length}`;
  await participant.ok('thought:submit', {
    thoughtId,
    text: `Kuntouttava ryhmä toimi hyvin (${region})`,
    questionId: 'q1',
    showName: false,
  });
  participant.close();
  await facilitator.ok('thought:moderate', { thoughtId, status: 'approved' });
  await facilitator.ok('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Sosiaalinen kuntoutus' });
  await facilitator.ok('item:theme', { kind: 'thought', itemId: thoughtId, themeId: 'th1' });
  await facilitator.ok('theme:create', { themeId: 'th2', questionId: 'q1', name: ownTheme });
  await facilitator.ok('note:add', {
    noteId: 'n1',
    text: `${ownTheme}: muistiinpano`,
    questionId: 'q1',
    themeId: 'th2',
  });
  await facilitator.ok('session:end', {});
  await facilitator.ok('summary:publish', {});
  facilitator.close();
  await expect(phone.page.getByTestId('summary-download')).toBeVisible();
  return { phone, joinCode };
};

test('a project: two regional sessions from one set-up, matched themes, one report a participant downloads', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  if (SHOTS) await mkdir(SHOTS, { recursive: true });

  // The owner creates the project from the start page: name, organisation, its own question and stakeholder group.
  const owner = await openActor(browser, `${base}/`, 'laptop');
  const page = owner.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: text['home.createProject'] }).click();
  await page.getByLabel(text['project.name'], { exact: true }).fill(PROJECT);
  await page.getByLabel(text['project.organisation'], { exact: true }).fill('Etelä-Pohjanmaan Järjestöt ry');
  await page.getByLabel(fill(text['create.question'], { n: 1 }), { exact: true }).fill(QUESTION);
  await page.getByLabel(fill(text['create.group'], { n: 1 }), { exact: true }).fill(GROUP);
  await expectAccessible(page, 'the new project form');
  await page.getByTestId('project-submit').click();

  // The owner link to keep; this browser keeps it too.
  await expect(page.getByRole('heading', { name: text['project.created'] })).toBeVisible();
  const ownerLink = (await page.getByTestId('owner-link').getAttribute('href'))!;
  expect(ownerLink).toMatch(/\/project\/[^/#]+#owner=.+/);
  await expectAccessible(page, 'the created project');
  await page.getByRole('button', { name: text['project.open'] }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
  // The next step, a new session, is in the first screenful of a laptop.
  await expectInFirstViewport(page, page.getByTestId('project-new-session'), 'new session button at 1366×768');
  await expectAccessible(page, 'the project page without sessions');

  // Two regions' sessions from the project's set-up, each run briefly and published.
  const north = await runSession(page, browser, base, 'Järvi-Pohjanmaa', 'Vertaistuki');
  const south = await runSession(page, browser, base, 'Suupohja', 'Vertaistukiryhmät');
  await page.reload();
  const rows = page.getByTestId('project-session');
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId('session-state')).toHaveText([
    text['project.state.published'],
    text['project.state.published'],
  ]);
  await expect(rows.getByTestId('session-participants')).toHaveText(['1', '1']);
  await expect(page.getByTestId('project-progress')).toHaveText(
    fill(text['project.progress'], { published: 2, total: 2 }),
  );
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/project-1366.png` });
  await expectAccessible(page, 'the project page with two published sessions');

  // The report: the theme both regions named alike is suggested as a match; the owner confirms it.
  await page.getByTestId('project-report-link').click();
  const report = page.getByTestId('project-report');
  await expect(report.getByTestId('report-match-state')).toHaveText(text['projectReport.matchesSuggested']);
  const question = report.getByTestId('report-question').first();
  await expect(question).toContainText(QUESTION);
  const matched = question.getByTestId('report-match');
  await expect(matched.first().getByRole('heading', { name: 'Sosiaalinen kuntoutus' })).toBeVisible();
  await expectInFirstViewport(page, report.getByTestId('report-confirm'), 'confirm button at 1366×768');
  await expectAccessible(page, 'the report with suggested matches');
  await report.getByTestId('report-confirm').click();
  await expect(report.getByTestId('report-match-state')).toHaveText(text['projectReport.matchesConfirmed']);

  // With the keyboard only: "Vertaistuki" (north) is matched with "Vertaistukiryhmät" (south), then renamed.
  const lone = question.locator('[data-theme-key$="|Vertaistuki"]');
  const where = lone.getByRole('combobox');
  await where.focus();
  await where.selectOption({
    label: fill(text['projectReport.pairWith'], { theme: 'Vertaistukiryhmät', region: 'Suupohja' }),
  });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(report.getByTestId('report-message')).toHaveText(
    fill(text['projectReport.moved'], { theme: 'Vertaistuki' }),
  );
  await expect(matched).toHaveCount(2);
  await expect(question.getByTestId('report-lone')).toHaveCount(0);
  const second = matched.nth(1);
  await second
    .getByRole('button', { name: fill(text['projectReport.renameLabel'], { name: 'Vertaistukiryhmät' }) })
    .click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Vertaistuki ja vertaisryhmät');
  await page.keyboard.press('Enter');
  await expect(second.getByRole('heading', { name: 'Vertaistuki ja vertaisryhmät' })).toBeVisible();

  // The project's closing words, then publishing.
  await report.getByTestId('report-closing-text').fill('Alueiden kokemukset olivat **yhteneväisiä**.');
  await report.getByTestId('report-closing-save').click();
  await expect(report.getByTestId('report-closing-state')).toHaveText(text['project.saved']);
  await report.getByTestId('report-publish').click();
  await expect(report.getByTestId('report-published')).toHaveText(
    fill(text['projectReport.publishedVersion'], { n: 1 }),
  );
  for (const format of ['html', 'pdf', 'docx', 'md'])
    await expect(report.getByTestId(`report-file-${format}`)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-1366.png`, fullPage: true });
  await expectAccessible(page, 'the published report (owner)');

  // A participant of the northern session finds the report beside their own summary and downloads it.
  const phone = north.phone.page;
  await phone.reload();
  const notice = phone.getByTestId('summary-project-report');
  await expect(notice).toContainText(PROJECT);
  await notice.getByRole('link').click();
  await expect(phone.getByTestId('public-report')).toBeVisible();
  await expect(phone.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
  await expectNoSidewaysScroll(phone, 'the published report on a 390 px phone');
  await expectAccessible(phone, 'the published report on a phone');
  const [download] = await Promise.all([phone.waitForEvent('download'), phone.getByTestId('public-report-md').click()]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain(PROJECT);
  expect(markdown).toContain(QUESTION);
  expect(markdown).toContain('Järvi-Pohjanmaa');
  expect(markdown).toContain('Suupohja');
  expect(markdown).toContain('Vertaistuki ja vertaisryhmät');
  expect(markdown).toContain('Kuntouttava ryhmä toimi hyvin (Järvi-Pohjanmaa)');
  expect(markdown).toContain('yhteneväisiä');
  await phone.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(phone, 'the published report on a 320 px phone');

  // The owner edits the set-up (sessions made later copy it) and replaces the owner link: the old one stops working.
  await page.getByRole('link', { name: text['projectReport.back'] }).click();
  await page.getByTestId('project-edit').click();
  await page.getByLabel(text['project.organisation'], { exact: true }).fill('Etelä-Pohjanmaan liitto');
  await page.getByTestId('project-submit').click();
  await expect(page.getByText(text['project.saved'])).toBeVisible();
  await expect(page.getByText(/Etelä-Pohjanmaan liitto · \d{4}/)).toBeVisible();
  const before = (await page.getByTestId('owner-link').getAttribute('href'))!;
  await page.getByRole('button', { name: text['project.rotate'] }).click();
  await page.getByRole('dialog').getByRole('button', { name: text['project.rotate'] }).click();
  await expect(page.getByText(text['project.rotated'])).toBeVisible();
  await expect(page.getByTestId('owner-link')).not.toHaveAttribute('href', before);
  const stale = await openActor(browser, before, 'laptop');
  await expect(stale.page.getByRole('heading', { name: text['project.denied.title'] })).toBeVisible();
  await expectAccessible(stale.page, 'a replaced owner link');
  await stale.context.close();

  // The start page finds the project again in this browser, without any account.
  await page.goto(`${base}/`);
  await expect(page.getByTestId('my-project')).toContainText(PROJECT);
  await expect(page.getByTestId('my-session')).toHaveCount(2);
  await expectAccessible(page, 'the start page with a project');

  // The owner deletes one session (its report version goes with it), then the whole project.
  await page.getByTestId('my-project').getByRole('link').first().click();
  await expect(rows).toHaveCount(2);
  await rows
    .nth(1)
    .getByRole('button', { name: fill(text['project.sessions.deleteLabel'], { name: 'Suupohja' }) })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: text['project.sessions.deleteConfirm'] }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Järvi-Pohjanmaa');
  await expectAccessible(page, 'the project page after deleting a session');
  await page.getByTestId('delete-project').click();
  await page.getByRole('dialog').getByRole('button', { name: text['project.deleteConfirm'] }).click();
  await expect(page).toHaveURL(`${base}/`);
  await expect(page.getByTestId('my-project')).toHaveCount(0);

  for (const actor of [owner, north.phone, south.phone]) await actor.context.close();
});
