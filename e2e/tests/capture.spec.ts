import { expect, test, type Locator, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import {
  createSession,
  expectAccessible,
  fill,
  joinOnPhone,
  laptopViewport,
  openActor,
  openConsoleView,
  text,
} from './support/actors';

const groups = defaultAquariumSetup('fi').stakeholderGroups;
const q1 = fill(text['capture.questionN'], { n: 1 });

/** Writes and sends a thought from a phone. */
const sendThought = async (page: Page, thought: string, showName = false) => {
  await page.getByLabel(text['capture.phone.label']).fill(thought);
  if (showName) await page.getByRole('checkbox', { name: /Näytä nimeni/ }).check();
  await page.getByRole('button', { name: text['capture.phone.send'] }).click();
};

/**
 * HTML5 drag and drop with both ends on screen (a scroll in mid-drag would pick up another item); the
 * target is scrolled to the middle, clear of the console's sticky section links.
 */
const dragOnto = async (source: Locator, target: Locator) => {
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(source).toBeInViewport();
  await source.dragTo(target);
};

const myThought = (page: Page, thought: string) => page.getByTestId('my-thought').filter({ hasText: thought });

/** Adds `n` dots to a vote target on a phone, one tap at a time. */
const addDots = async (page: Page, target: string, n: number) => {
  for (let i = 0; i < n; i++) {
    const before = await page.getByTestId('dots-left').textContent();
    await page.getByRole('button', { name: fill(text['capture.vote.add'], { name: target }) }).click();
    await expect(page.getByTestId('dots-left')).not.toHaveText(before ?? '');
  }
};

test('live capture: notes, thoughts, moderation, themes, a dot vote and a thought sent offline', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  const lead = await openActor(browser, created.links.facilitator);
  const scribe = await openActor(browser, created.links.scribe);
  const screen = await openActor(browser, created.links.screen, 'projector');
  const anna = await joinOnPhone(browser, base, created.joinCode, { name: 'Anna', group: groups[0]!.name });
  const ben = await joinOnPhone(browser, base, created.joinCode, { group: groups[1]!.name });
  const cai = await joinOnPhone(browser, base, created.joinCode, { name: 'Cai', group: groups[2]!.name });
  await lead.page.getByRole('button', { name: text['fac.start'] }).click();
  await expect(scribe.page.getByTestId('phase-indicator')).toHaveText(
    fill(text['phase.indicator'], { n: 1, total: 5 }),
  );

  // The scribe types notes while three phones send thoughts.
  const notes = ['Kuntien yhteistyö vahvistui', 'Asiakasraati toimi hyvin', 'Palvelukuvaukset jäivät kesken'];
  const thoughts = {
    anna: 'Yhteistyö kuntien kanssa toimi',
    ben: 'Asiakkaat pääsivät mukaan kehittämiseen',
    cai: 'Tiedonkulku katkesi välillä',
  };
  const noteInput = scribe.page.getByLabel(text['capture.notes.write']);
  await Promise.all([
    (async () => {
      await noteInput.fill(notes[0]!);
      await scribe.page.getByRole('button', { name: text['capture.notes.add'] }).click();
      await noteInput.fill(notes[1]!);
      await noteInput.press('Control+Enter');
      await noteInput.fill(notes[2]!);
      await noteInput.press('Control+Enter');
    })(),
    sendThought(anna.page, thoughts.anna, true),
    sendThought(ben.page, thoughts.ben),
    sendThought(cai.page, thoughts.cai),
  ]);
  await expect(scribe.page.getByTestId('note')).toHaveCount(3);
  await expect(scribe.page.getByTestId('save-state')).toContainText(text['capture.save.all']);
  await expect(noteInput).toHaveValue('');
  for (const [phone, thought] of [
    [anna, thoughts.anna],
    [ben, thoughts.ben],
    [cai, thoughts.cai],
  ] as const) {
    await expect(myThought(phone.page, thought).getByTestId('thought-status')).toHaveText(text['capture.mine.pending']);
  }
  await expectAccessible(scribe.page, 'scribe console with notes');
  await expectAccessible(ben.page, 'phone with the thought form and my thoughts');

  // Facilitators see the notes live (the themes view), and every thought waiting for approval ("now").
  const board = lead.page.getByTestId('notes-board');
  await openConsoleView(lead.page, text['cockpit.view.themes']);
  await expect(board.getByTestId('board-note')).toHaveCount(3);
  await openConsoleView(lead.page, text['cockpit.view.now']);
  const panel = lead.page.getByTestId('thoughts-panel');
  const card = (thought: string) => panel.getByTestId('fac-thought').filter({ hasText: thought });
  await expect(panel.getByTestId('fac-thought')).toHaveCount(3);
  await expect(card(thoughts.anna)).toContainText('Anna');
  await expect(card(thoughts.anna)).toContainText(groups[0]!.name);
  await expect(card(thoughts.ben)).toContainText(text['capture.thoughts.anonymous']);
  await expectAccessible(lead.page, 'facilitator console with the thoughts panel');
  await expect(screen.page.getByTestId('screen-thought')).toHaveCount(0);

  // Approve two, pin one (pinning approves), hide none.
  await card(thoughts.anna).getByRole('button', { name: text['capture.thoughts.approve'] }).click();
  await card(thoughts.ben).getByRole('button', { name: text['capture.thoughts.approve'] }).click();
  await card(thoughts.cai).getByRole('button', { name: text['capture.thoughts.pin'] }).click();
  await expect(myThought(anna.page, thoughts.anna).getByTestId('thought-status')).toHaveText(
    text['capture.mine.approved'],
  );
  await expect(screen.page.getByTestId('screen-thought')).toHaveCount(3);
  await expect(screen.page.getByTestId('screen-thought').filter({ hasText: thoughts.cai })).toHaveClass(
    /screen-thought--pinned/,
  );
  await expect(screen.page.getByTestId('screen-thought').filter({ hasText: thoughts.anna })).toContainText('Anna');

  // Ben regrets a thought: the confirmation dialog backs out on "cancel", and withdraws on "yes".
  const regret = 'Tämän peruisin sittenkin';
  await sendThought(ben.page, regret);
  const withdraw = myThought(ben.page, regret).getByRole('button', { name: text['capture.mine.withdraw'] });
  const confirm = ben.page.getByRole('dialog', { name: text['capture.mine.withdrawTitle'] });
  await withdraw.click();
  await expect(confirm).toBeVisible();
  await expectAccessible(ben.page, 'phone confirming a withdrawal');
  await confirm.getByRole('button', { name: text['common.cancel'] }).click();
  await expect(confirm).toBeHidden();
  await expect(myThought(ben.page, regret)).toBeVisible();
  await withdraw.click();
  await confirm.getByRole('button', { name: text['capture.mine.withdrawConfirm'] }).click();
  await expect(myThought(ben.page, regret)).toHaveCount(0);

  // Themes under question 1; a thought by keyboard (select), another and a note by drag and drop.
  await openConsoleView(lead.page, text['cockpit.view.themes']);
  const newTheme = lead.page.getByLabel(fill(text['capture.theme.new'], { question: q1 }));
  for (const name of ['Yhteistyö', 'Osallisuus']) {
    await newTheme.fill(name);
    await newTheme.press('Enter');
    await expect(board.getByTestId('theme-name').filter({ hasText: name })).toBeVisible();
  }
  await openConsoleView(lead.page, text['cockpit.view.now']);
  await card(thoughts.anna).getByLabel(text['capture.theme']).selectOption({ label: 'Yhteistyö' });
  await openConsoleView(lead.page, text['cockpit.view.themes']);
  const group = (name: string) =>
    board.getByTestId('theme-group').filter({ has: lead.page.getByTestId('theme-name').filter({ hasText: name }) });
  await expect(group('Yhteistyö')).toContainText(thoughts.anna);
  const themeHeading = (name: string) => board.getByTestId('theme-name').filter({ hasText: name });
  // The themes view scrolls inside the console; a tall window keeps both ends of a drag on screen.
  await lead.page.setViewportSize({ width: 1280, height: 1600 });
  await dragOnto(board.getByTestId('board-thought').filter({ hasText: thoughts.ben }), themeHeading('Osallisuus'));
  await expect(group('Osallisuus')).toContainText(thoughts.ben);
  await dragOnto(board.getByTestId('board-note').filter({ hasText: notes[0]! }), themeHeading('Yhteistyö'));
  await expect(group('Yhteistyö')).toContainText(notes[0]!);
  await lead.page.setViewportSize(laptopViewport);
  // The scribe sees the themes too and can file a note by keyboard.
  await scribe.page
    .getByTestId('note')
    .filter({ hasText: notes[1]! })
    .getByLabel(text['capture.theme'])
    .selectOption({ label: 'Osallisuus' });
  await expect(group('Osallisuus')).toContainText(notes[1]!);
  await expectAccessible(screen.page, 'projector with thoughts');

  // A dot vote over the themes of question 1. Cai's phone loses the vote's chunk on the way: it says so and offers a
  // reload, which brings the vote (and Cai's place in the session) back.
  const voteChunk = /\/assets\/PhoneVote-[\w-]+\.js$/;
  await cai.page.route(voteChunk, (route) => route.abort('internetdisconnected'));
  await openConsoleView(lead.page, text['cockpit.view.now']);
  const votePanel = lead.page.getByTestId('vote-panel');
  await votePanel.getByLabel(text['capture.question']).selectOption({ index: 0 });
  await votePanel.getByRole('radio', { name: text['capture.vote.themes'] }).check();
  await votePanel.getByLabel(text['capture.vote.dots']).selectOption('3');
  await votePanel.getByRole('button', { name: text['capture.vote.open'] }).click();
  await expect(anna.page.getByTestId('vote-target')).toHaveCount(2);
  await expect(anna.page.getByTestId('dots-left')).toHaveText(fill(text['capture.vote.left'], { left: 3, total: 3 }));
  await expect(cai.page.getByRole('alert').filter({ hasText: text['app.viewFailed'] })).toBeVisible();
  await expectAccessible(cai.page, 'phone whose view could not load');
  await cai.page.unroute(voteChunk);
  await cai.page.getByRole('button', { name: text['app.reload'] }).click();
  await expect(cai.page.getByTestId('vote-target')).toHaveCount(2);
  await expectAccessible(anna.page, 'phone with an open vote');
  await addDots(anna.page, 'Yhteistyö', 2);
  await addDots(anna.page, 'Osallisuus', 1);
  await expect(anna.page.getByTestId('dots-left')).toHaveText(fill(text['capture.vote.left'], { left: 0, total: 3 }));
  await addDots(ben.page, 'Osallisuus', 3);
  await addDots(cai.page, 'Yhteistyö', 1);
  const live = votePanel.getByTestId('vote-live-row');
  await expect(live.first()).toContainText('Osallisuus');
  await expect(live.first()).toContainText(fill(text['capture.vote.points'], { n: 4 }));
  await expect(live.nth(1)).toContainText(fill(text['capture.vote.points'], { n: 3 }));

  await votePanel.getByRole('button', { name: text['capture.vote.close'] }).click();
  await votePanel.getByRole('button', { name: text['capture.vote.reveal'] }).click();
  for (const page of [anna.page, ben.page, screen.page]) {
    const rows = page.getByTestId(page === screen.page ? 'screen-vote-row' : 'vote-result');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Osallisuus');
    await expect(rows.first()).toContainText(fill(text['capture.vote.points'], { n: 4 }));
    await expect(rows.nth(1)).toContainText('Yhteistyö');
  }
  await expectAccessible(screen.page, 'projector with thoughts and vote results');
  await expectAccessible(ben.page, 'phone with vote results');

  // Cai's phone loses the network, sends a thought, and it arrives exactly once when the network returns.
  const offline = 'Tämä ajatus lähti ilman verkkoa';
  await cai.context.setOffline(true);
  await sendThought(cai.page, offline);
  await expect(myThought(cai.page, offline).getByTestId('thought-status')).toHaveText(text['capture.mine.sending']);
  await expect(card(offline)).toHaveCount(0);
  // The scribe's laptop loses it too: the note waits, the console says so, and it is saved once.
  const offlineNote = 'Kirjoitettu ilman verkkoa';
  await scribe.context.setOffline(true);
  await noteInput.fill(offlineNote);
  await noteInput.press('Control+Enter');
  await expect(scribe.page.getByTestId('save-state')).toContainText(fill(text['capture.save.waiting'], { n: 1 }));
  await expect(scribe.page.getByTestId('note').filter({ hasText: offlineNote })).toContainText(
    text['capture.notes.unsaved'],
  );
  await scribe.context.setOffline(false);
  await expect(scribe.page.getByTestId('save-state')).toContainText(text['capture.save.all']);
  await openConsoleView(lead.page, text['cockpit.view.themes']);
  await expect(board.getByTestId('board-note').filter({ hasText: offlineNote })).toHaveCount(1);
  await openConsoleView(lead.page, text['cockpit.view.now']);
  await cai.context.setOffline(false);
  await expect(myThought(cai.page, offline).getByTestId('thought-status')).toHaveText(text['capture.mine.pending']);
  await expect(card(offline)).toHaveCount(1);
  await expect(myThought(cai.page, offline)).toHaveCount(1);
  // Another facilitator connecting now sees it once too (nothing was applied twice on the server).
  const second = await openActor(browser, created.links.facilitator);
  await expect(second.page.getByTestId('fac-thought').filter({ hasText: thoughts.anna })).toHaveCount(1);
  await expect(second.page.getByTestId('fac-thought').filter({ hasText: offline })).toHaveCount(1);

  for (const actor of [lead, scribe, screen, anna, ben, cai, second]) await actor.context.close();
});
