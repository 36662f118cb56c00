import { expect, test, type Browser, type Page } from '@playwright/test';
import { defaultAquariumSetup, formatJoinCode } from '@aquarium/shared';
import { en } from '../../client/src/i18n/en';
import {
  createSession,
  expectAccessible,
  fill,
  laptopViewport,
  openConsoleView,
  phoneViewport,
  projectorViewport,
  recordForeignRequests,
  text,
} from './support/actors';

const viewports = { phone: phoneViewport, laptop: laptopViewport, projector: projectorViewport };

/** Every request of every actor, from its very first page load, to prove none leaves for a third party. */
const foreign: string[] = [];

const open = async (browser: Browser, base: string, url: string, kind: keyof typeof viewports = 'laptop') => {
  const context = await browser.newContext({
    viewport: viewports[kind],
    isMobile: kind === 'phone',
    hasTouch: kind === 'phone',
    locale: 'fi-FI',
  });
  const requests = recordForeignRequests(context, base);
  context.on('close', () => foreign.push(...requests));
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, requests };
};

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('privacy notice, accessibility statement, retention, replaced links and deleting everything', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;

  // Every HTML page comes with a strict content security policy.
  const html = await fetch(`${base}/privacy`);
  expect(html.headers.get('content-type')).toContain('text/html');
  expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");

  // Anyone can read both pages, in Finnish and in English.
  const visitor = await open(browser, base, `${base}/privacy`);
  await expect(heading(visitor.page, text['info.privacy.title'])).toBeVisible();
  await expect(visitor.page.getByText(text['info.privacy.keep1'])).toBeVisible();
  await expectAccessible(visitor.page, 'privacy notice (fi)');
  await visitor.page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(heading(visitor.page, en['info.privacy.title'])).toBeVisible();
  await expectAccessible(visitor.page, 'privacy notice (en)');
  await visitor.page.getByRole('link', { name: en['info.footer.accessibility'] }).click();
  await expect(heading(visitor.page, en['info.a11y.title'])).toBeVisible();
  await expect(visitor.page.getByText(en['info.a11y.limit1'])).toBeVisible();
  await expectAccessible(visitor.page, 'accessibility statement (en)');
  await visitor.page.getByRole('button', { name: 'FI', exact: true }).click();
  await expect(heading(visitor.page, text['info.a11y.title'])).toBeVisible();
  await expectAccessible(visitor.page, 'accessibility statement (fi)');
  await visitor.context.close();

  const session = await createSession(base);
  const { joinCode, links } = session;
  const lead = await open(browser, base, links.facilitator);
  const screen = await open(browser, base, links.screen, 'projector');
  const scribe = await open(browser, base, links.scribe);
  await expect(lead.page.getByRole('button', { name: text['fac.start'] })).toBeVisible();
  await expect(scribe.page.getByText(text['scribe.title'])).toBeVisible();
  // The projector stays clean: no footer links there.
  await expect(screen.page.getByTestId('join-code')).toBeVisible();
  await expect(screen.page.getByRole('link', { name: text['info.footer.privacy'] })).toHaveCount(0);

  // A phone joins, reads the privacy notice from the footer and comes back to the session.
  const phone = await open(browser, base, `${base}/j/${joinCode}`, 'phone');
  await phone.page.getByRole('radio', { name: defaultAquariumSetup('fi').stakeholderGroups[0]!.name }).check();
  await phone.page.getByRole('button', { name: text['phone.join'] }).click();
  await expect(phone.page.getByTestId('my-circle')).toBeVisible();
  await phone.page.getByRole('link', { name: text['info.footer.privacy'] }).click();
  await expect(heading(phone.page, text['info.privacy.title'])).toBeVisible();
  await expectAccessible(phone.page, 'privacy notice on a phone');
  const sent: string[] = [];
  phone.page.on('websocket', (ws) => ws.on('framesent', (frame) => sent.push(String(frame.payload))));
  await phone.page.getByRole('button', { name: text['info.back'] }).click();
  await expect(phone.page.getByTestId('my-circle')).toBeVisible();

  // Back from a frozen background tab, the phone catches up on the connection it has.
  await expect.poll(() => sent.filter((f) => f.includes('sync:request')).length).toBe(1);
  await phone.page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
  await expect.poll(() => sent.filter((f) => f.includes('sync:request')).length).toBe(2);

  // The facilitator keeps the data for 7 days instead of the default 30.
  await openConsoleView(lead.page, text['cockpit.view.settings']);
  await expect(lead.page.getByTestId('retention-current')).toHaveText(
    fill(text['info.settings.retentionCurrent'], { days: 30 }),
  );
  await lead.page.getByLabel(text['info.settings.retentionLabel']).fill('400');
  await lead.page.getByRole('button', { name: text['info.settings.retentionSave'] }).click();
  await expect(lead.page.getByText(text['info.settings.retentionInvalid'])).toBeVisible();
  await lead.page.getByLabel(text['info.settings.retentionLabel']).fill('7');
  await lead.page.getByRole('button', { name: text['info.settings.retentionSave'] }).click();
  await expect(lead.page.getByTestId('retention-current')).toHaveText(
    fill(text['info.settings.retentionCurrent'], { days: 7 }),
  );
  await expectAccessible(lead.page, 'facilitator console with the settings open');

  // The scribe link is replaced: the old one is refused after its connection is cut, the new one works.
  await lead.page.getByRole('button', { name: text['info.settings.rotate.scribe'] }).click();
  const newScribeLink = (await lead.page.getByTestId('new-link-scribe').getAttribute('href'))!;
  expect(newScribeLink).not.toBe(links.scribe);
  await expect(lead.page.getByText(text['info.settings.rotated'])).toBeVisible();
  await expect(scribe.page.getByText(text['conn.invalidLink'])).toBeVisible();
  const newScribe = await open(browser, base, newScribeLink);
  await expect(newScribe.page.getByText(text['scribe.title'])).toBeVisible();

  // Replacing the facilitator's own link keeps this console working, also after a reload.
  await lead.page.getByRole('button', { name: text['info.settings.rotate.facilitator'] }).click();
  await expect(lead.page.getByTestId('new-link-facilitator')).toBeVisible();
  await lead.page.reload();
  await expect(lead.page.getByRole('button', { name: text['fac.start'] })).toBeVisible();
  await expect(lead.page.getByText(text['conn.connected'])).toBeVisible();

  // A thought typed on the phone but not sent is kept as a draft on the device.
  await phone.page.getByLabel(text['capture.phone.label']).fill('Luonnos, jota ei lähetetty');
  await expect
    .poll(async () =>
      (await phone.context.storageState()).origins.flatMap((o) => o.localStorage.map((i) => i.value)).join('\n'),
    )
    .toContain('Luonnos, jota ei lähetetty');

  // Deleting everything needs the join code; afterwards every device says the session is gone.
  await openConsoleView(lead.page, text['cockpit.view.settings']);
  const confirm = lead.page.getByLabel(fill(text['info.settings.deleteLabel'], { code: formatJoinCode(joinCode) }));
  await confirm.fill('AAAA-AAAA');
  await lead.page.getByRole('button', { name: text['info.settings.deleteButton'] }).click();
  await expect(lead.page.getByText(text['info.settings.deleteMismatch'])).toBeVisible();
  await confirm.fill(formatJoinCode(joinCode).toLowerCase());
  await lead.page.getByRole('button', { name: text['info.settings.deleteButton'] }).click();
  await expect(heading(lead.page, text['info.deleted.title'])).toBeVisible();
  await expect(lead.page).toHaveURL(`${base}/deleted`);
  await expectAccessible(lead.page, 'session deleted page');
  for (const [who, page] of [
    ['phone', phone.page],
    ['projector', screen.page],
    ['scribe', newScribe.page],
  ] as const) {
    await expect(heading(page, text['info.sessionDeleted.title']), who).toBeVisible();
  }
  await expectAccessible(phone.page, 'phone after deletion');
  expect((await fetch(`${base}/api/join/${joinCode}`)).status).toBe(404);

  // The phone forgot its identity: a reload asks for a code that no longer exists.
  const { origins } = await phone.context.storageState();
  const stored = origins.flatMap((o) => o.localStorage.map((item) => item.name));
  expect(stored.filter((name) => name.startsWith('aquarium.participant.'))).toEqual([]);
  // Nor does anything else of the session stay on the phone (unsent thoughts, drafts).
  expect(stored.filter((name) => name.includes(session.sessionId))).toEqual([]);
  await phone.page.reload();
  await expect(heading(phone.page, text['error.JOIN_CODE_UNKNOWN'])).toBeVisible();

  for (const actor of [lead, screen, scribe, phone, newScribe]) await actor.context.close();
  expect(foreign).toEqual([]);
});
