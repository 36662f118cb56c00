import { expect, test, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, expectAccessible, fill, openActor, text } from './support/actors';
import { consoleViewport, expectInView, focused, focusedCard, joinSocketPhones, tabTo } from './support/cockpit';
import { LiveClient } from '@aquarium/testkit';

const setup = defaultAquariumSetup('fi');
const stakeholderGroupIds = setup.stakeholderGroups.map((g) => g.id);
const total = setup.phases.length;

/** The things a facilitator must see at every step of a running aquarium, without scrolling. */
const expectCockpitInView = async (page: Page, step: string, last: boolean) => {
  await expectInView(
    page.getByRole('button', { name: last ? text['fac.end'] : text['fac.next'], exact: true }),
    `${step}: next action`,
  );
  await expectInView(page.getByTestId('countdown'), `${step}: countdown`);
  await expectInView(page.getByRole('button', { name: text['turns.grantNext'] }), `${step}: grant the next turn`);
  await expectInView(page.getByTestId('turn-queue-item').first(), `${step}: the queue`);
  await expectInView(page.getByTestId('fac-thought').first(), `${step}: the newest pending thought`);
  await expect(page.getByTestId('fac-thought').first()).toHaveClass(/thought-card--pending/);
  await expectInView(page.getByTestId('projector-control'), `${step}: what the projector shows`);
  await expectInView(page.getByTestId('presence-line'), `${step}: who is connected`);
};

test('the cockpit: a 40-phone aquarium run from one screen at 1366×768 with the keyboard alone', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base, { title: 'Etelä-Pohjanmaan alueellinen arviointiakvaario' });
  const lead = await openActor(browser, created.links.facilitator);
  await lead.page.setViewportSize(consoleViewport);
  const fac = lead.page;
  const screen = await openActor(browser, created.links.screen, 'projector');
  const scribe = await openActor(browser, created.links.scribe);
  const phones = await joinSocketPhones(base, created.joinCode, stakeholderGroupIds, 40);
  // This run keeps the queue across phases (the facilitator's setting; clearing is the default and has its own
  // test in turns.spec.ts), so one queue of eight serves a turn in every phase.
  const settings = await LiveClient.connect(base, created.links.facilitator.split('#')[1]!);
  await settings.ok('settings:update', { queueAtPhaseChange: 'keep' });
  settings.close();

  // Lobby: joining, seating and the start in one view; who is connected is said in words.
  await expect(fac.getByTestId('presence-phones')).toHaveText(
    fill(text['cockpit.presence.phones'], { online: 40, joined: 40 }),
  );
  await expect(fac.getByTestId('presence-line')).toContainText(text['cockpit.presence.scribe']);
  await expect(fac.getByTestId('presence-line')).not.toContainText(text['cockpit.presence.offline']);
  await expect(fac).toHaveTitle(`${text['fac.title']} – ${text['cockpit.lobby']} – ${text['cockpit.view.now']}`);
  await expectInView(fac.getByRole('button', { name: text['fac.start'] }), 'lobby: start');
  await expectInView(fac.getByRole('button', { name: text['cockpit.seating.fill'] }), 'lobby: fill the inner circle');
  await expectInView(fac.getByTestId('circle-counts'), 'lobby: circle counts');
  await expectInView(fac.getByTestId('join-code'), 'lobby: join code');
  await expectAccessible(fac, 'cockpit in the lobby');

  // Keyboard only from here: an inner circle of 8, filled mixing the stakeholder groups.
  await tabTo(fac, fac.getByLabel(text['cockpit.seating.innerSize']));
  await fac.keyboard.press('Control+A');
  await fac.keyboard.type('8');
  await tabTo(fac, fac.getByRole('button', { name: text['cockpit.seating.fill'] }));
  await fac.keyboard.press('Enter');
  await expect(fac.getByTestId('circle-counts')).toHaveText(fill(text['fac.counts'], { inner: 8, outer: 32, none: 0 }));
  await expect(screen.page.getByTestId('inner-circle')).toContainText(fill(text['screen.innerCount'], { n: 8 }));
  await expect(screen.page.getByTestId('inner-circle-names')).toHaveCount(0);

  // A view one key away, with its heading focused and its name in the title; Esc comes back.
  await fac.keyboard.press('Escape');
  await fac.keyboard.press('t');
  await expect(fac.getByTestId('background-panel')).toBeVisible();
  expect(await focused(fac)).toContain(text['summary.background']);
  await expect(fac).toHaveTitle(`${text['fac.title']} – ${text['cockpit.lobby']} – ${text['cockpit.view.background']}`);
  await fac.keyboard.press('n');
  await expect(fac.getByTestId('seating')).toBeVisible();

  // Start: focus lands on "next phase".
  await tabTo(fac, fac.getByRole('button', { name: text['fac.start'] }));
  await fac.keyboard.press('Enter');
  const next = fac.getByRole('button', { name: text['fac.next'], exact: true });
  await expect(next).toBeFocused();
  await expect(fac).toHaveTitle(
    `${text['fac.title']} – ${fill(text['phase.indicator'], { n: 1, total })} – ${text['cockpit.view.now']}`,
  );

  // The room: the eight of the speaking (inner) circle ask for a turn (a listener is refused LISTENING_CIRCLE),
  // twenty thoughts wait for moderation.
  const askForTurns = async (wanted: number) => {
    let asked = 0;
    for (const phone of phones) {
      if (asked === wanted) break;
      const answer = await phone.ok('turn:request', { emptyChair: false }).catch((err: Error) => err);
      if (!(answer instanceof Error)) asked++;
    }
    expect(asked).toBe(wanted);
  };
  await askForTurns(8);
  for (let i = 0; i < 20; i++) {
    await phones[10 + i]!.ok('thought:submit', {
      thoughtId: `t${i}`,
      text: `Ajatus ${i + 1}: palvelupolut katkeavat, kun asiakas siirtyy palvelusta toiseen, eikä kukaan omista kokonaisuutta.`,
      questionId: 'q1',
      showName: false,
    });
  }
  await expect(fac.getByTestId('turn-queue-item')).toHaveCount(8);
  await expect(fac.getByTestId('fac-thought')).toHaveCount(20);
  await expectCockpitInView(fac, 'phase 1', false);
  await expectAccessible(fac, 'cockpit while running');

  // The newest thought is on top; A approves the thought in focus and focus goes on to the next pending one.
  const cards = fac.getByTestId('fac-thought');
  await expect(cards.first()).toContainText('Ajatus 20:');
  await tabTo(fac, cards.first().getByRole('button', { name: text['capture.thoughts.approve'] }));
  await fac.keyboard.press('a');
  await expect(cards.filter({ hasText: 'Ajatus 20:' })).toHaveClass(/thought-card--approved/);
  await expect.poll(() => focusedCard(fac)).toContain('Ajatus 19:');
  await fac.keyboard.press('a');
  await expect.poll(() => focusedCard(fac)).toContain('Ajatus 18:');
  await fac.keyboard.press('h');
  await expect(cards.filter({ hasText: 'Ajatus 18:' })).toHaveClass(/thought-card--hidden/);
  await expect(screen.page.getByTestId('screen-thought')).toHaveCount(2);

  for (let i = 0; i < total; i++) {
    const last = i === total - 1;
    if (i > 0) {
      await tabTo(fac, next);
      await fac.keyboard.press('Enter');
      await expect(fac.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: i + 1, total }));
      await expect(screen.page.getByTestId('phase-indicator')).toHaveText(
        fill(text['phase.indicator'], { n: i + 1, total }),
      );
      // After the last "next", focus moves to the next action: ending the session.
      if (last) await expect(fac.getByRole('button', { name: text['fac.end'], exact: true })).toBeFocused();
    }
    // A turn each phase, by keyboard: focus lands on "end turn".
    await tabTo(fac, fac.getByRole('button', { name: text['turns.grantNext'] }));
    await fac.keyboard.press('Enter');
    await expect(fac.getByTestId('current-turn')).toBeVisible();
    await expectCockpitInView(fac, `phase ${i + 1}`, last);
  }

  // The projector is the facilitator's: thoughts, then back to the phase, by keyboard.
  await tabTo(fac, fac.locator('[data-projector-mode="thoughts"]'));
  await fac.keyboard.press('Enter');
  await expect(screen.page.getByTestId('screen-thoughts')).toBeVisible();
  await expect(fac.getByTestId('projector-showing')).toContainText(text['projector.mode.thoughts']);
  await tabTo(fac, fac.locator('[data-projector-mode="phase"]'));
  await fac.keyboard.press('Enter');
  await expect(screen.page.getByTestId('phase-name')).toHaveText(setup.phases[total - 1]!.name);

  // End: the dialog by keyboard, then the summary editor from its top, publish in view, its heading focused.
  await tabTo(fac, fac.getByRole('button', { name: text['fac.end'], exact: true }));
  await fac.keyboard.press('Enter');
  const dialog = fac.getByRole('dialog', { name: text['fac.endConfirmTitle'] });
  await expect(dialog).toBeVisible();
  await fac.keyboard.press('Tab');
  await fac.keyboard.press('Enter');
  await expect(fac.getByTestId('summary-editor')).toBeVisible();
  await expect.poll(() => focused(fac)).toContain(text['summary.editor']);
  await expectInView(fac.getByRole('button', { name: text['summary.publish'] }), 'ended: publish');
  await expectInView(fac.locator('#summary-editor-title'), 'ended: the summary heading');
  await expect(fac).toHaveTitle(`${text['fac.title']} – ${text['cockpit.ended']} – ${text['cockpit.view.summary']}`);
  await expectAccessible(fac, 'cockpit after the end: the summary editor');

  for (const phone of phones) phone.close();
  for (const actor of [lead, screen, scribe]) await actor.context.close();
});

test('two facilitators in step: presence, a phase moved by the other console, the same console after reload', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  const lead = await openActor(browser, created.links.facilitator);
  await lead.page.setViewportSize(consoleViewport);
  const co = await openActor(browser, created.links.facilitator);
  const fac = lead.page;
  await expect(fac.getByTestId('presence-facilitators')).toContainText(
    fill(text['cockpit.presence.facilitators'], { n: 2 }),
  );
  await expect(fac.getByTestId('presence-line')).toContainText(
    `${text['cockpit.presence.screen']} ${text['cockpit.presence.offline']}`,
  );
  await fac.getByRole('button', { name: text['fac.start'] }).click();
  await expect(co.page.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: 1, total }));

  // Watch the lead's "next" while the co-facilitator moves the phase: it holds, and the console says why.
  await fac.evaluate(() => {
    const w = window as unknown as { held: boolean };
    w.held = false;
    const button = document.querySelector('[data-next-action="phase"]')!;
    new MutationObserver(() => {
      if (button.getAttribute('aria-disabled') === 'true') w.held = true;
    }).observe(button, { attributes: true });
  });
  await co.page.getByRole('button', { name: text['fac.next'], exact: true }).click();
  await expect(fac.getByTestId('phase-moved')).toContainText(fill(text['cockpit.movedByOther'], { n: 2, total }));
  await expect.poll(() => fac.evaluate(() => (window as unknown as { held: boolean }).held)).toBe(true);
  await expect(fac.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: 2, total }));
  // The hold ends by itself; a press then moves on by exactly one.
  await expect(fac.getByRole('button', { name: text['fac.next'], exact: true })).not.toHaveAttribute('aria-disabled');
  await fac.getByRole('button', { name: text['fac.next'], exact: true }).click();
  await expect(co.page.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: 3, total }));
  await expect(co.page.getByTestId('phase-moved')).toContainText(fill(text['cockpit.movedByOther'], { n: 3, total }));
  await expectAccessible(co.page, 'cockpit telling that the other facilitator moved the phase');

  // The token stays in the address: a reload, a copied address and a new tab open the same console.
  expect(new URL(fac.url()).hash.length).toBeGreaterThan(10);
  await fac.reload();
  await expect(fac.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: 3, total }));
  const copied = await lead.context.newPage();
  await copied.goto(fac.url());
  await expect(copied.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: 3, total }));
  const bookmark = await lead.context.newPage();
  await bookmark.goto(`${base}/facilitator`);
  await expect(bookmark.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: 3, total }));

  // The start page lists the session with the role this browser had.
  await bookmark.goto(base);
  const mine = bookmark.getByTestId('my-session');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Alueellinen arviointi');
  await expect(mine).toContainText(text['home.role.facilitator']);
  await expectAccessible(bookmark, 'start page with this browser’s sessions');
  await mine.getByRole('link').click();
  await expect(bookmark.getByTestId('facilitator-console')).toBeVisible();

  for (const actor of [lead, co]) await actor.context.close();
});
