import { expect, test, type Browser, type Page } from '@playwright/test';
import { defaultAquariumSetup, type Language } from '@aquarium/shared';
import { plainShownFi, plainShownSv } from '../../client/src/i18n/plain/shown';
import { createSession, expectAccessible, fill, text } from './support/actors';
import { LiveClient, tokenOf } from '@aquarium/testkit';

type Plain = typeof plainShownFi;

const openPhone = async (browser: Browser, url: string, language: Language) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: language === 'sv' ? 'sv-FI' : 'fi-FI',
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
};

const participantId = (page: Page) =>
  page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const value = localStorage.getItem(localStorage.key(i)!) ?? '';
      if (value.includes('participantId')) return (JSON.parse(value) as { participantId: string }).participantId;
    }
    return '';
  });

/** Presses `key` on a control reached by keyboard focus: the phone's flows are done without a pointer. */
const press = async (page: Page, control: ReturnType<Page['getByRole']>, key = 'Enter') => {
  await control.focus();
  await page.keyboard.press(key);
};

/**
 * A whole five-phase aquarium from one phone in plain language, keyboard only: join, each phase's card, a turn with its
 * place, a thought while listening, a dot vote, the end. The facilitator drives over the socket.
 */
const wholeAquarium = async (browser: Browser, base: string, language: 'fi' | 'sv', offered: boolean) => {
  const plain: Plain = language === 'fi' ? plainShownFi : plainShownSv;
  const setup = defaultAquariumSetup(language);
  const created = await createSession(base, { ...setup, title: 'Arviointi', plainLanguage: offered });
  const fac = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  const { context, page } = await openPhone(browser, `${base}/j/${created.joinCode}`, language);

  // The join form, in plain language (offered by the session, or chosen here by keyboard).
  const toggle = page.getByTestId('plain-language');
  if (!offered) {
    await expect(toggle).not.toBeChecked();
    await toggle.focus();
    await page.keyboard.press('Space');
  }
  await expect(toggle).toBeChecked();
  await expect(page.getByRole('button', { name: plain['phone.join'] })).toBeVisible();
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(size, 'plain language shows larger type').toBeGreaterThan(16);
  await expectAccessible(page, `plain ${language} join form`);
  await press(page, page.getByRole('radio', { name: setup.stakeholderGroups[0]!.name }), 'Space');
  await press(page, page.getByRole('button', { name: plain['phone.join'] }));
  await expect(page.getByTestId('now-card')).toContainText(plain['phone.waiting']);
  await expect(page.getByTestId('read-aloud')).toBeVisible();
  const me = await participantId(page);

  await fac.ok('participant:seat', { participantId: me, circle: 'inner' });
  await expect(page.getByTestId('my-circle')).toHaveText(plain['phone.inner']);
  await fac.ok('session:start', {});

  for (const [index, phase] of setup.phases.entries()) {
    if (index > 0) await fac.ok('phase:next', { expectedIndex: index - 1 });
    const speaks = phase.speaking === 'everyone' || phase.speaking === 'inner';
    const expected =
      phase.speaking === 'everyone' ? plain['phone.everyone'] : speaks ? plain['phone.speaks'] : plain['phone.listens'];
    await expect(page.getByTestId('circle-activity')).toHaveText(expected);
    await expect(page.getByTestId('phase-indicator')).toHaveText(
      fill(plain['phase.indicator'], { n: index + 1, total: setup.phases.length }),
    );
    if (index === 0) {
      // A turn: asked, placed, cleared by the phase change (the default), said so in plain words.
      await press(page, page.getByRole('button', { name: plain['turns.phone.ask'] }));
      await expect(page.getByTestId('turn-queued')).toHaveText(fill(plain['turns.phone.place'], { n: 1 }));
      await expect(page.getByTestId('queue-rule')).toHaveText(plain['turns.phone.clearedAtPhase']);
      await expectAccessible(page, `plain ${language}, in the queue`);
    }
    if (index === 1) {
      // Listening: no turn on offer, a thought instead; the request from phase 1 was cleared, and the phone says so.
      await expect(page.getByTestId('turn-cleared')).toHaveText(plain['turns.phone.clearedByPhase']);
      await expect(page.getByRole('button', { name: plain['turns.phone.ask'] })).toHaveCount(0);
      await press(page, page.getByRole('button', { name: plain['now.writeForNext'] }));
      await expect(page.getByTestId('thought-input')).toBeFocused();
      await page.keyboard.type(
        language === 'fi' ? 'Tieto ei kulje palveluiden välillä' : 'Informationen går inte mellan tjänsterna',
      );
      await press(page, page.getByRole('button', { name: plain['capture.phone.send'], exact: true }));
      await expect(page.getByTestId('thought-status')).toHaveText(plain['capture.mine.pending']);
      await expectAccessible(page, `plain ${language}, listening`);
    }
    if (index === 2) {
      await expect(page.getByTestId('turn-cleared')).toHaveCount(0);
      await fac.ok('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Palvelupolut' });
      await fac.ok('vote:open', { voteId: 'v1', questionId: 'q1', targetKind: 'theme', dots: 3 });
      await expect(page.getByTestId('now-card')).toContainText(plain['now.vote']);
      await press(page, page.getByRole('button', { name: fill(plain['capture.vote.add'], { name: 'Palvelupolut' }) }));
      await expect(page.getByTestId('dots-left')).toHaveText(fill(plain['capture.vote.left'], { left: 2, total: 3 }));
      await expectAccessible(page, `plain ${language}, vote`);
      await fac.ok('vote:close', { voteId: 'v1' });
      await expect(page.getByTestId('circle-activity')).toHaveText(expected);
    }
  }
  await fac.ok('session:end', {});
  await expect(page.getByTestId('now-card')).toContainText(plain['phone.ended']);
  await expectAccessible(page, `plain ${language}, ended`);
  fac.close();
  await context.close();
};

test('a whole aquarium from a phone in plain Finnish (offered by the facilitator)', async ({ browser, baseURL }) => {
  await wholeAquarium(browser, baseURL!, 'fi', true);
});

test('a whole aquarium from a phone in plain Swedish (chosen on the phone)', async ({ browser, baseURL }) => {
  await wholeAquarium(browser, baseURL!, 'sv', false);
});

test('joining closed: the phone explains, tries again, and lets the person in when joining reopens', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  const fac = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  await fac.ok('joining:set', { open: false });
  const { context, page } = await openPhone(browser, `${base}/j/${created.joinCode}`, 'fi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text['phone.closed.title']);
  await expect(page.getByText(text['phone.closed.body'])).toBeVisible();
  await expectAccessible(page, 'joining closed');
  await fac.ok('joining:set', { open: true });
  await page.getByRole('button', { name: text['phone.tryAgain'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: text['phone.join'] })).toBeVisible();
  fac.close();
  await context.close();
});

test('the privacy notice names the organiser the facilitator gave, never a placeholder, and reflows at 320 px and 200 %', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const organiser = 'Pohjois-Savon hyvinvointialue, tietosuoja@example.fi';
  const created = await createSession(base, { organiser });
  const { context, page } = await openPhone(browser, `${base}/j/${created.joinCode}`, 'fi');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole('radio', { name: defaultAquariumSetup('fi').stakeholderGroups[0]!.name }).check();
  await page.getByRole('button', { name: text['phone.join'] }).click();
  await expect(page.getByTestId('my-circle')).toBeVisible();
  await page.getByRole('link', { name: text['info.footer.privacy'] }).click();
  await expect(page.getByTestId('privacy-organiser')).toHaveText(fill(text['info.privacy.organiser'], { organiser }));
  await expect(page.getByText(text['info.privacy.see7'])).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Järjestäjälle');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBe(widths[1]);
  await expectAccessible(page, 'privacy notice at 320 px and 200 %');
  await context.close();

  // A session without an organiser: the neutral text, no placeholder either.
  const plainSession = await createSession(base);
  const other = await openPhone(browser, `${base}/j/${plainSession.joinCode}`, 'fi');
  await other.page.goto(`${base}/privacy`);
  await expect(other.page.getByText(text['info.privacy.controller2'])).toBeVisible();
  await expect(other.page.getByTestId('privacy-organiser')).toHaveCount(0);
  await other.context.close();
});
