import { expect, test, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, expectAccessible, joinOnPhone, openActor } from './support/actors';
import { LiveClient, tokenOf } from '@aquarium/testkit';

/** Words with no break opportunity, as someone pastes a link or leans on a key. */
const word = (n: number) => 'Pitkäsana'.repeat(Math.ceil(n / 9)).slice(0, n);
const RLO = '\u202E';

/** How many pixels the page is wider than its window (0: nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('a 300-letter word wraps on the phone, the consoles, the projector and the web summary; an override is gone', async ({
  browser,
  baseURL,
}, testInfo) => {
  const base = baseURL!;
  const setup = defaultAquariumSetup('fi');
  const created = await createSession(base, {
    title: word(150),
    questions: setup.questions.map((q, i) => (i === 0 ? { ...q, text: `${word(300)} ${RLO}gnp.exe` } : q)),
  });
  const shot = (page: Page, name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });

  const phone = await joinOnPhone(browser, base, created.joinCode, {
    name: word(60),
    group: setup.stakeholderGroups[0]!.name,
  });
  const token = await phone.page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('aquarium.participant.'))!;
    return (JSON.parse(localStorage.getItem(key)!) as { token: string }).token;
  });
  const staff = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  const phoneSocket = await LiveClient.connect(base, token);
  await staff.ok('settings:update', { thoughtsNeedApproval: false });
  await staff.ok('session:start', {});
  await phoneSocket.ok('thought:submit', { thoughtId: 'long1', text: word(300), questionId: 'q1', showName: true });

  // The question's override character never reaches a screen: it reads as typed.
  await expect(phone.page.getByText('gnp.exe').first()).toBeVisible();
  expect(await phone.page.content()).not.toContain(RLO);
  for (const size of [
    { width: 390, height: 844 },
    { width: 320, height: 640 },
  ]) {
    await phone.page.setViewportSize(size);
    await expect.poll(() => overflow(phone.page), `phone ${size.width}`).toBeLessThanOrEqual(0);
    await shot(phone.page, `phone-${size.width}`);
  }
  await expectAccessible(phone.page, 'phone with long words');

  const facilitator = await openActor(browser, created.links.facilitator, 'laptop');
  await facilitator.page.setViewportSize({ width: 1366, height: 768 });
  await expect(facilitator.page.getByText(word(300)).first()).toBeVisible();
  await expect.poll(() => overflow(facilitator.page), 'facilitator').toBeLessThanOrEqual(0);
  await shot(facilitator.page, 'facilitator-1366');

  const screen = await openActor(browser, created.links.screen, 'projector');
  await expect(screen.page.getByText('gnp.exe').first()).toBeVisible();
  await expect.poll(() => overflow(screen.page), 'projector').toBeLessThanOrEqual(0);
  await shot(screen.page, 'projector-1920');

  await staff.ok('session:end', {});
  await staff.ok('summary:publish', {});
  const summary = await openActor(browser, `${base}/api/summary/${created.joinCode}/v1.html`, 'phone');
  await summary.page.setViewportSize({ width: 320, height: 640 });
  await expect(summary.page.getByText(word(300)).first()).toBeVisible();
  await expect.poll(() => overflow(summary.page), 'web summary').toBeLessThanOrEqual(0);
  await shot(summary.page, 'summary-320');

  staff.close();
  phoneSocket.close();
  for (const actor of [phone, facilitator, screen, summary]) await actor.context.close();
});
