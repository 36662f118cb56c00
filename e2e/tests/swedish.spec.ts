import { expect, test } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { sv } from '../../client/src/i18n/sv';
import { createSession, expectAccessible, fill, openActor } from './support/actors';

const setup = defaultAquariumSetup('sv');

test('a Swedish session: the phone joins and follows its circle in Swedish, and the console switches to Swedish', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base, { ...setup, title: 'Regional utvärdering' });
  const lead = await openActor(browser, created.links.facilitator);

  // The phone takes the session's language from the join code: the form is Swedish before anyone chooses.
  const saga = await openActor(browser, `${base}/j/${created.joinCode}`, 'phone');
  await expect(saga.page.locator('html')).toHaveAttribute('lang', 'sv');
  await saga.page.getByLabel(sv['phone.nameLabel']).fill('Saga');
  await saga.page.getByRole('radio', { name: setup.stakeholderGroups[0]!.name }).check();
  await saga.page.getByRole('button', { name: sv['phone.join'] }).click();
  await expect(saga.page.getByTestId('my-circle')).toHaveText(sv['phone.unseated']);
  await expectAccessible(saga.page, 'phone in Swedish');

  // The lead switches the console to Swedish, seats Saga in the inner circle and starts.
  await lead.page.getByRole('button', { name: 'SV', exact: true }).click();
  await expect(lead.page.locator('html')).toHaveAttribute('lang', 'sv');
  await lead.page.getByRole('button', { name: fill(sv['fac.moveInner'], { name: 'Saga' }) }).click();
  await expect(saga.page.getByTestId('my-circle')).toHaveText(sv['phone.inner']);
  await lead.page.getByRole('button', { name: sv['fac.start'] }).click();
  await expect(saga.page.getByTestId('circle-activity')).toHaveText(sv['phone.speaks']);
  await expect(saga.page.getByText(setup.questions[0]!.text).first()).toBeVisible();
  await expectAccessible(lead.page, 'console in Swedish');

  // The next phase is the outer circle's: Saga's phone says her circle listens.
  await lead.page.getByRole('button', { name: sv['fac.next'] }).click();
  await expect(saga.page.getByTestId('circle-activity')).toHaveText(sv['phone.listens']);

  // The accessibility statement is in Swedish too.
  await saga.page.getByRole('link', { name: sv['info.footer.accessibility'] }).click();
  await expect(saga.page.getByRole('heading', { level: 1, name: sv['info.a11y.title'] })).toBeVisible();
  await expectAccessible(saga.page, 'accessibility statement in Swedish');
});

test('a Swedish phone at 320 px and 200 % text does not scroll sideways (the header breaks the long name at its soft hyphen)', async ({
  browser,
  baseURL,
}) => {
  const created = await createSession(baseURL!, { ...setup, title: 'Regional utvärdering', plainLanguage: true });
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}/j/${created.joinCode}`);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expect(page.locator('.app-header__brand')).toHaveText(sv['app.name']);
  const widths = () =>
    page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  const join = await widths();
  expect(join.doc, 'the join form is as wide as the screen').toBe(join.view);
  await page.getByRole('radio', { name: setup.stakeholderGroups[0]!.name }).check();
  await page.locator('form button[type=submit]').click();
  await expect(page.getByTestId('my-circle')).toBeVisible();
  const joined = await widths();
  expect(joined.doc, 'the joined phone is as wide as the screen').toBe(joined.view);
  // The browser's title is the name as written, without the soft hyphen that lets the header break it.
  expect(await page.title()).toBe('Utvärderingsakvarium');
  await context.close();
});

test('a Swedish phone never downloads the Finnish strings: its page preloads the Swedish ones', async ({
  browser,
  baseURL,
}) => {
  const created = await createSession(baseURL!, { ...setup, title: 'Regional utvärdering' });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${baseURL}/j/${created.joinCode}`);
  await expect(page.getByLabel(sv['phone.nameLabel'])).toBeVisible();
  await expect(page.locator('link[rel="modulepreload"][href*="/core.sv-"]')).toHaveCount(1);
  expect(scripts.some((path) => /\/core\.sv-[\w-]+\.js$/.test(path))).toBe(true);
  expect(scripts.filter((path) => /\/core\.fi-/.test(path))).toEqual([]);
  await context.close();
});
