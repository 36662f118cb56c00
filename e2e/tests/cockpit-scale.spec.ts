import { expect, test } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, expectAccessible, fill, openActor, text } from './support/actors';
import { consoleViewport, expectInView, joinOverHttp, tabTo } from './support/cockpit';

const setup = defaultAquariumSetup('fi');
const groups = setup.stakeholderGroups;

test('the lobby and seating hold at 200 participants: fill, search, filter, move one person with one press', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  await joinOverHttp(
    base,
    created.joinCode,
    groups.map((g) => g.id),
    200,
  );
  const lead = await openActor(browser, created.links.facilitator);
  await lead.page.setViewportSize(consoleViewport);
  const fac = lead.page;
  const rows = fac.getByTestId('participant-row');
  await expect(rows).toHaveCount(200);
  await expect(fac.getByTestId('presence-phones')).toHaveText(
    fill(text['cockpit.presence.phones'], { online: 0, joined: 200 }),
  );

  // Everything of the lobby's moment is in view with 200 people in the list.
  await expectInView(fac.getByRole('button', { name: text['fac.start'] }), 'lobby 200: start');
  await expectInView(fac.getByTestId('circle-counts'), 'lobby 200: counts');
  await expectInView(fac.getByRole('button', { name: text['cockpit.seating.fill'] }), 'lobby 200: fill');
  await expectInView(fac.getByLabel(text['cockpit.seating.search']), 'lobby 200: search');
  await expectInView(rows.first(), 'lobby 200: the first person');
  await expectInView(fac.getByTestId('join-code'), 'lobby 200: join code');
  await expectAccessible(fac, 'cockpit lobby with 200 participants');

  // An inner circle of 8 mixing the six stakeholder groups, by keyboard.
  await tabTo(fac, fac.getByLabel(text['cockpit.seating.innerSize']));
  await fac.keyboard.press('Control+A');
  await fac.keyboard.type('8');
  await fac.keyboard.press('Tab');
  await fac.keyboard.press('Enter');
  await expect(fac.getByTestId('circle-counts')).toHaveText(
    fill(text['fac.counts'], { inner: 8, outer: 192, none: 0 }),
  );
  await fac.getByLabel(text['cockpit.seating.filterCircle'], { exact: true }).selectOption('inner');
  await expect(rows).toHaveCount(8);
  for (const g of groups) await expect(rows.filter({ hasText: g.name }).first()).toBeVisible();

  // Find one person among 200 by name within a group, and move them with one press.
  await fac.getByLabel(text['cockpit.seating.filterCircle'], { exact: true }).selectOption('all');
  await fac.getByLabel(text['cockpit.seating.filterGroup'], { exact: true }).selectOption({ label: groups[2]!.name });
  const inGroup = Array.from({ length: 200 }, (_, i) => i % groups.length).filter((g) => g === 2).length;
  await expect(fac.getByTestId('seating-shown')).toHaveText(
    fill(text['cockpit.seating.shown'], { shown: inGroup, total: 200 }),
  );
  await fac.getByLabel(text['cockpit.seating.search']).fill('Henkilö 123');
  await expect(rows).toHaveCount(1);
  await expectInView(rows.first(), 'seating 200: the person found');
  const person = 'Henkilö 123';
  const inner = fac.getByRole('button', { name: fill(text['fac.moveInner'], { name: person }) });
  const outer = fac.getByRole('button', { name: fill(text['fac.moveOuter'], { name: person }) });
  await ((await inner.isDisabled()) ? outer : inner).click();
  await expect(fac.getByTestId('circle-counts')).not.toHaveText(
    fill(text['fac.counts'], { inner: 8, outer: 192, none: 0 }),
  );
  // Focus stays on a button of the same row (the pressed one turned off), never on the page.
  await expect(fac.locator('[data-testid="participant-row"] button:focus')).toHaveCount(1);

  // The seating view (S) shows the same list with room to spare.
  await fac.keyboard.press('s');
  await expect(fac.getByTestId('seating')).toBeVisible();
  await expectAccessible(fac, 'seating view with 200 participants');
  await lead.context.close();
});
