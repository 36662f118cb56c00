import { expect, test, type Browser, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, expectAccessible, fill, text } from './support/actors';
import { LiveClient, tokenOf } from '@aquarium/testkit';

const groups = defaultAquariumSetup('fi').stakeholderGroups.map((g) => g.name);

/** The phone sizes and text sizes the issue names: 390×844 and 320×640, at 100 % and 200 % text. */
const setups = [
  { name: '390x844 100%', viewport: { width: 390, height: 844 }, zoom: 100 },
  { name: '390x844 200%', viewport: { width: 390, height: 844 }, zoom: 200 },
  { name: '320x640 100%', viewport: { width: 320, height: 640 }, zoom: 100 },
  { name: '320x640 200%', viewport: { width: 320, height: 640 }, zoom: 200 },
];

/** A phone joins at its size and text size, keyboard only; returns its page and participant id. */
const join = async (browser: Browser, base: string, code: string, setup: (typeof setups)[number], name: string) => {
  const context = await browser.newContext({
    viewport: setup.viewport,
    isMobile: true,
    hasTouch: true,
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  await page.goto(`${base}/j/${code}`);
  await page.evaluate((zoom) => (document.documentElement.style.fontSize = `${zoom}%`), setup.zoom);
  await page.getByLabel(text['phone.nameLabel']).focus();
  await page.keyboard.type(name);
  await page.getByRole('radio', { name: groups[0]! }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: text['phone.join'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('my-circle')).toBeVisible();
  const id = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      const value = localStorage.getItem(key) ?? '';
      if (value.includes('participantId')) return (JSON.parse(value) as { participantId: string }).participantId;
    }
    return '';
  });
  return { context, page, id };
};

/** No sideways scrolling: the document is exactly as wide as the viewport. */
const expectNoSidewaysScroll = async (page: Page, what: string) => {
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.doc, `document width on ${what}`).toBe(widths.view);
};

/** The control is inside the first viewport (scrolled to the top): its whole box is visible without scrolling. */
const expectInFirstViewport = async (page: Page, control: ReturnType<Page['getByRole']>, what: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  if (process.env.SHOTS) await page.screenshot({ path: `/tmp/shots-15/${what.replace(/[^a-z0-9]+/gi, '-')}.png` });
  const box = await control.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what}: control rendered`).not.toBeNull();
  expect(box!.y, `${what}: top in view`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom within ${viewport.height}px`).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width, `${what}: inside the width`).toBeLessThanOrEqual(viewport.width);
};

test('the phone puts what to do now on top, at 390 and 320 px and at 200 % text, and announces each change', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  const fac = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  const phones = [];
  for (const [i, setup] of setups.entries())
    phones.push({ setup, ...(await join(browser, base, created.joinCode, setup, `Puhelin${i + 1}`)) });

  for (const p of phones) {
    await expectNoSidewaysScroll(p.page, `${p.setup.name}, lobby`);
    await expectAccessible(p.page, `phone ${p.setup.name} in the lobby`);
  }
  // Everyone in the inner circle: phase 1 they speak.
  for (const p of phones) await fac.ok('participant:seat', { participantId: p.id, circle: 'inner' });
  await fac.ok('session:start', {});
  for (const p of phones) {
    const ask = p.page.getByRole('button', { name: text['turns.phone.ask'] });
    await expect(p.page.getByTestId('circle-activity')).toHaveText(text['phone.speaks']);
    await expectInFirstViewport(p.page, ask, `${p.setup.name}, my circle speaks`);
    await expect(p.page.getByTestId('now-announcement')).toHaveText(text['now.announce.speaks']);
    await expectNoSidewaysScroll(p.page, `${p.setup.name}, speaking`);
    await expectAccessible(p.page, `phone ${p.setup.name}, speaking`);
  }

  // A vote opens: its first + button is in view at once.
  await fac.ok('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Palvelupolut' });
  await fac.ok('theme:create', { themeId: 'th2', questionId: 'q1', name: 'Osallisuus' });
  await fac.ok('vote:open', { voteId: 'v1', questionId: 'q1', targetKind: 'theme', dots: 3 });
  for (const p of phones) {
    const add = p.page.getByRole('button', { name: fill(text['capture.vote.add'], { name: 'Palvelupolut' }) });
    await expectInFirstViewport(p.page, add, `${p.setup.name}, vote open`);
    await expect(p.page.getByTestId('now-announcement')).toHaveText(text['now.announce.vote']);
    await expectNoSidewaysScroll(p.page, `${p.setup.name}, vote`);
    await expectAccessible(p.page, `phone ${p.setup.name}, vote open`);
  }
  // Keyboard only: a dot with Enter.
  const first = phones[0]!.page;
  await first.getByRole('button', { name: fill(text['capture.vote.add'], { name: 'Palvelupolut' }) }).focus();
  await first.keyboard.press('Enter');
  await expect(first.getByTestId('dots-left')).toHaveText(fill(text['capture.vote.left'], { left: 2, total: 3 }));
  // The phone counts the dot at once; the vote closes only once the server has it (a dot placed after the close is
  // refused, rightly, with a notice this scenario does not expect).
  const firstId: string = phones[0]!.id;
  await fac.until((s) => s.votes['v1']?.allocations[firstId]?.['th1'] === 1);
  await fac.ok('vote:close', { voteId: 'v1' });

  // Invited: the "ask" button is in view; asking (keyboard, a double press) queues once and shows the place.
  for (const p of phones) await fac.ok('turn:invite', { participantIds: [p.id] });
  for (const p of phones) {
    await expect(p.page.getByTestId('turn-invited')).toHaveText(text['turns.phone.invited']);
    await expectInFirstViewport(
      p.page,
      p.page.getByRole('button', { name: text['turns.phone.ask'] }),
      `${p.setup.name}, invited`,
    );
    await expect(p.page.getByTestId('now-announcement')).toHaveText(text['now.announce.invited']);
    await expectNoSidewaysScroll(p.page, `${p.setup.name}, invited`);
    await expectAccessible(p.page, `phone ${p.setup.name}, invited`);
  }
  await first.getByRole('button', { name: text['turns.phone.ask'] }).focus();
  await first.keyboard.press('Enter');
  await first.keyboard.press('Enter');
  await expect(first.getByTestId('turn-queued')).toHaveText(fill(text['turns.phone.place'], { n: 1 }));
  await expect(first.locator('.notice')).toHaveCount(0);

  // My turn: the card says so at the top.
  await fac.ok('turn:grant', { participantId: phones[0]!.id });
  await expect(first.getByTestId('my-turn')).toBeVisible();
  await expectInFirstViewport(first, first.getByTestId('my-turn') as never, 'my turn');
  await expect(first.getByTestId('now-announcement')).toHaveText(text['now.announce.myTurn']);
  await expectNoSidewaysScroll(first, `${phones[0]!.setup.name}, my turn`);
  await expectAccessible(first, 'phone with the floor');
  await fac.ok('turn:end', {});
  // The others speak too (a turn answers the invitation).
  for (const p of phones.slice(1)) {
    await fac.ok('turn:grant', { participantId: p.id });
    await expect(p.page.getByTestId('my-turn')).toBeVisible();
    await expectInFirstViewport(p.page, p.page.getByTestId('my-turn') as never, `${p.setup.name}, my turn`);
    await expect(p.page.getByTestId('now-announcement')).toHaveText(text['now.announce.myTurn']);
    await expectNoSidewaysScroll(p.page, `${p.setup.name}, my turn`);
    await fac.ok('turn:end', {});
  }

  // Circle switch: phase 2, the inner circle listens; a thought for the next phase is the action, no turn.
  await fac.ok('phase:next', { expectedIndex: 0 });
  for (const p of phones.slice(1)) {
    await expect(p.page.getByTestId('circle-activity')).toHaveText(text['phone.listens']);
    await expectInFirstViewport(
      p.page,
      p.page.getByRole('button', { name: text['now.writeForNext'] }),
      `${p.setup.name}, listening`,
    );
    await expect(p.page.getByRole('button', { name: text['turns.phone.ask'] })).toHaveCount(0);
    await expect(p.page.getByTestId('now-announcement')).toHaveText(text['now.announce.listens']);
    await expectNoSidewaysScroll(p.page, `${p.setup.name}, listening`);
    await expectAccessible(p.page, `phone ${p.setup.name}, listening`);
  }
  // Keyboard only: the write button moves to the thought box; type and send with the keyboard; a second Enter on
  // the emptied box shows no error.
  const last = phones[3]!.page;
  await last.getByRole('button', { name: text['now.writeForNext'] }).focus();
  await last.keyboard.press('Enter');
  await expect(last.getByTestId('thought-input')).toBeFocused();
  await last.keyboard.type('Palvelupolku katkeaa siirroissa');
  await last.getByRole('button', { name: text['capture.phone.send'] }).focus();
  await last.keyboard.press('Enter');
  await last.keyboard.press('Enter');
  await expect(last.getByTestId('my-thought')).toHaveCount(1);
  await expect(last.getByText(text['capture.phone.empty'])).toHaveCount(0);
  await expectNoSidewaysScroll(last, 'after a thought');

  // Lost connection: said at the top of the screen; a thought typed meanwhile waits and is counted there too.
  await phones[3]!.context.setOffline(true);
  const alert = last.getByTestId('phone-connection');
  await expect(alert).toHaveText(new RegExp(text['phone.alert.offline'].slice(0, 15)));
  const alertBox = await alert.boundingBox();
  expect(alertBox!.y, 'the connection alert is at the top').toBeLessThan(last.viewportSize()!.height / 2);
  await last.getByTestId('thought-input').fill('Kirjoitettu ilman yhteyttä');
  await last.getByRole('button', { name: text['capture.phone.send'] }).click();
  await expect(last.getByTestId('phone-unsent')).toHaveText(new RegExp(text['phone.alert.unsent'].split(':')[0]!));
  await expectAccessible(last, 'phone offline with an unsent thought');
  await phones[3]!.context.setOffline(false);
  await expect(last.getByTestId('phone-unsent')).toHaveText('');
  await expect(alert).toHaveText('');

  // A turn asked for offline says it waits for the connection (phase 3: the inner circle speaks again).
  await fac.ok('phase:next', { expectedIndex: 1 });
  await expect(last.getByTestId('circle-activity')).toHaveText(text['phone.speaks']);
  await phones[3]!.context.setOffline(true);
  await expect(alert).not.toHaveText('');
  await last.getByRole('button', { name: text['turns.phone.ask'] }).click();
  await expect(last.getByTestId('turn-offline')).toHaveText(text['turns.phone.offline']);
  await phones[3]!.context.setOffline(false);
  await expect(last.getByTestId('turn-queued')).toHaveText(fill(text['turns.phone.place'], { n: 1 }));

  fac.close();
  for (const p of phones) await p.context.close();
});
