import { expect, test } from '@playwright/test';
import { createSession, expectAccessible, fill, openActor, openConsoleView, text } from './support/actors';
import { LiveClient, tokenOf } from '@aquarium/testkit';

const q1 = fill(text['capture.questionN'], { n: 1 });

/** Notes of question 1, three themes a scribe would see at once. */
const notes = [
  'Palvelukuvaukset päivitettiin yhdessä asiakkaiden kanssa',
  'Yhteiset palvelukuvaukset helpottivat työtä',
  'Palvelukuvauksen selkeä kieli auttoi asiakkaita',
  'Palvelukuvauksista tuli yhtenäiset koko alueella',
  'Kokemusasiantuntijat olivat mukana suunnittelussa',
  'Kokemusasiantuntijan näkökulma muutti prosessin',
  'Kokemusasiantuntijoiden koulutus kannatti',
  'Kokemusasiantuntijoita saatiin kehittäjäryhmiin',
  'Yhteistyö järjestöjen kanssa tiivistyi',
  'Järjestöt toivat osaamista kuntiin',
  'Järjestöyhteistyö sujui kaikissa kunnissa',
  'Järjestöjen tapaamiset olivat hyödyllisiä',
];

test('the scribe asks for theme suggestions, accepts one, renames another, dismisses a third; the facilitator sees the themes live', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  const staff = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  await staff.ok('session:start', {});
  for (const [i, note] of notes.entries()) {
    await staff.ok('note:add', { noteId: `note${i}`, text: note, questionId: 'q1' });
  }
  const scribe = await openActor(browser, created.links.scribe);
  // The laptop a scribe has: the panel must fit its view.
  await scribe.page.setViewportSize({ width: 1366, height: 768 });
  const lead = await openActor(browser, created.links.facilitator);
  await openConsoleView(lead.page, text['cockpit.view.themes']);
  const board = lead.page.getByTestId('notes-board');
  await expect(board.getByTestId('board-note')).toHaveCount(notes.length);

  const question = scribe.page.getByRole('region', { name: new RegExp(`^${q1}`) });
  await question.getByRole('button', { name: text['suggest.open'] }).click();
  const panel = scribe.page.getByTestId('suggest-panel');
  const cards = panel.getByTestId('suggestion');
  await expect(cards).toHaveCount(3);
  await expectAccessible(scribe.page, 'the scribe with theme suggestions open');
  const box = (await panel.boundingBox())!;
  expect(box.height, 'the panel fits the 1366×768 view').toBeLessThanOrEqual(768);

  const nameOf = async (i: number) => cards.nth(i).getByLabel(text['suggest.name']).inputValue();
  const [first, second, third] = [await nameOf(0), await nameOf(1), await nameOf(2)];
  expect([first, second, third].every((n) => n.length > 0)).toBe(true);
  const membersOf = async (i: number) => cards.nth(i).locator('.suggest__text').allTextContents();
  const firstMembers = await membersOf(0);
  const thirdMembers = await membersOf(2);

  const group = (name: string) =>
    board.getByTestId('theme-group').filter({ has: lead.page.getByTestId('theme-name').filter({ hasText: name }) });

  // Accept the first as proposed: the facilitator sees the theme with its notes.
  await cards
    .nth(0)
    .getByRole('button', { name: new RegExp(`^${text['suggest.accept']}`) })
    .click();
  await expect(panel.getByRole('status')).toContainText(
    fill(text['suggest.accepted'], { name: first, n: firstMembers.length }),
  );
  for (const member of firstMembers) await expect(group(first)).toContainText(member);

  // Rename the next one (now first in the list) before accepting it.
  await expect(cards).toHaveCount(2);
  const renamed = cards.first();
  await expect(renamed.getByLabel(text['suggest.name'])).toHaveValue(second);
  await renamed.getByLabel(text['suggest.name']).fill('Kokemustieto mukaan');
  // One of its notes is moved to the other suggestion first (by its select, from the keyboard).
  const moved = (await renamed.locator('.suggest__text').allTextContents()).at(-1)!;
  const countBefore = await renamed.locator('.suggest__item').count();
  const move = renamed.getByLabel(`${text['suggest.moveLabel']}: ${moved}`);
  await move.focus();
  await move.selectOption({ label: fill(text['suggest.moveTo'], { name: third }) });
  await expect(renamed.locator('.suggest__item')).toHaveCount(countBefore - 1);
  await expect(cards.nth(1)).toContainText(moved);
  await renamed.getByRole('button', { name: new RegExp(`^${text['suggest.accept']}`) }).click();
  await expect(group('Kokemustieto mukaan')).toBeVisible();
  await expect(group('Kokemustieto mukaan')).not.toContainText(moved);
  await expect(lead.page.getByTestId('theme-name').filter({ hasText: second })).toHaveCount(0);

  // Dismiss the last: it is gone, and asking again does not bring its notes back.
  await cards
    .first()
    .getByRole('button', { name: new RegExp(`^${text['suggest.dismiss']}`) })
    .click();
  await expect(cards).toHaveCount(0);
  await panel.getByRole('button', { name: text['suggest.refresh'] }).click();
  await expect(panel.getByText(text['suggest.none'])).toBeVisible();
  for (const member of [...thirdMembers, moved]) await expect(panel).not.toContainText(member);

  // Two themes on the facilitator's board; the dismissed notes are still under no theme.
  await expect(board.getByTestId('theme-name').filter({ hasNotText: text['capture.noTheme'] })).toHaveCount(2);
  await expect(group(text['capture.noTheme'])).toContainText(thirdMembers[0]!);
  await expect(group(text['capture.noTheme'])).toContainText(moved);

  // A new note that fits an accepted theme: "belongs to …?", accepted with one tap.
  const late = 'Palvelukuvauksia täydennettiin vielä syksyllä';
  await staff.ok('note:add', { noteId: 'late', text: late, questionId: 'q1' });
  const proposal = scribe.page.getByTestId('placement').filter({ hasText: late });
  await expect(proposal).toContainText(fill(text['suggest.belongs'], { theme: first }));
  await proposal.getByRole('button', { name: new RegExp(`^${text['suggest.place']}`) }).click();
  await expect(group(first)).toContainText(late);
  await expect(proposal).toHaveCount(0);
  await staff.close();
});
