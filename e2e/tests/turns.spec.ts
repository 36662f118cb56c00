import { expect, test } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, expectAccessible, fill, joinOnPhone, openActor, openConsoleView, text } from './support/actors';

const groups = defaultAquariumSetup('fi').stakeholderGroups.map((g) => g.name);
const member = (i: number) => fill(text['turns.groupMember'], { group: groups[i]! });

test('turns to speak: queue, grant, speaker on every screen, turns without a phone, equity and invitations', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  const lead = await openActor(browser, created.links.facilitator);
  const screen = await openActor(browser, created.links.screen, 'projector');
  const anna = await joinOnPhone(browser, base, created.joinCode, { name: 'Anna', group: groups[0]! });
  const anon = await joinOnPhone(browser, base, created.joinCode, { group: groups[1]! });
  const cai = await joinOnPhone(browser, base, created.joinCode, { name: 'Cai', group: groups[1]! });
  const dan = await joinOnPhone(browser, base, created.joinCode, { name: 'Dan', group: groups[2]! });
  const anonName = fill(text['fac.anonymous'], { n: 2 });

  // Seat Anna and the anonymous participant inside, Cai and Dan outside; phase 1: the inner circle speaks.
  const fac = lead.page;
  await fac.getByRole('button', { name: fill(text['fac.moveInner'], { name: 'Anna' }) }).click();
  await fac.getByRole('button', { name: fill(text['fac.moveInner'], { name: anonName }) }).click();
  await fac.getByRole('button', { name: fill(text['fac.moveOuter'], { name: 'Cai' }) }).click();
  await fac.getByRole('button', { name: fill(text['fac.moveOuter'], { name: 'Dan' }) }).click();
  await expect(fac.getByTestId('circle-counts')).toHaveText(fill(text['fac.counts'], { inner: 2, outer: 2, none: 0 }));
  await fac.getByRole('button', { name: text['fac.start'] }).click();

  // A listener is offered a thought for the next phase, not a turn; a classic aquarium has no empty chair; the
  // facilitator makes it an open one.
  await expect(cai.page.getByRole('button', { name: text['now.writeForNext'] })).toBeVisible();
  await expect(cai.page.getByRole('button', { name: text['turns.phone.ask'] })).toHaveCount(0);
  await expect(cai.page.getByRole('button', { name: text['turns.phone.askEmptyChair'] })).toHaveCount(0);
  await fac.getByRole('checkbox', { name: text['turns.openChair'] }).check();

  // An inner-circle phone can ask for a turn; only a listener is offered the empty chair.
  await expect(anna.page.getByRole('button', { name: text['turns.phone.ask'] })).toBeVisible();
  await expect(anna.page.getByRole('button', { name: text['turns.phone.askEmptyChair'] })).toHaveCount(0);
  await anna.page.getByRole('button', { name: text['turns.phone.ask'] }).click();
  await expect(anna.page.getByTestId('turn-queued')).toHaveText(fill(text['turns.phone.place'], { n: 1 }));
  await anon.page.getByRole('button', { name: text['turns.phone.ask'] }).click();
  await expect(anon.page.getByTestId('turn-queued')).toBeVisible();
  await cai.page.getByRole('button', { name: text['turns.phone.askEmptyChair'] }).click();
  await expect(cai.page.getByTestId('turn-queued')).toHaveText(fill(text['turns.phone.placeEmptyChair'], { n: 3 }));
  await expect(cai.page.getByTestId('queue-rule')).toHaveText(text['turns.phone.clearedAtPhase']);
  await expect(cai.page.getByRole('button', { name: text['turns.phone.cancel'] })).toBeVisible();
  await expectAccessible(cai.page, 'phone in the turn queue');

  // The facilitator sees the queue in arrival order, with circle, group and the empty-chair flag.
  const queue = fac.getByTestId('turn-queue-item');
  await expect(queue).toHaveCount(3);
  await expect(queue.nth(0)).toContainText('Anna');
  await expect(queue.nth(0)).toContainText(groups[0]!);
  await expect(queue.nth(1)).toContainText(anonName);
  await expect(queue.nth(2)).toContainText('Cai');
  await expect(queue.nth(2)).toContainText(text['turns.emptyChairFlag']);
  await expect(queue.nth(2)).toContainText(text['circle.outer']);

  // Reorder: Anna one down; the anonymous participant is now first, and Anna's phone says she is second.
  await fac.getByRole('button', { name: fill(text['turns.downLabel'], { name: 'Anna' }) }).click();
  await expect(anna.page.getByTestId('turn-queued')).toHaveText(fill(text['turns.phone.place'], { n: 2 }));
  await expect(queue.nth(0)).toContainText(anonName);
  await expect(queue.nth(1)).toContainText('Anna');

  // Give the next turn: the anonymous participant speaks, shown by group only.
  await fac.getByRole('button', { name: text['turns.grantNext'] }).click();
  await expect(anon.page.getByTestId('my-turn')).toHaveText(new RegExp(text['turns.phone.yourTurn']));
  await expect(screen.page.getByTestId('current-speaker')).toContainText(member(1));
  await expect(dan.page.getByTestId('current-speaker')).toContainText(member(1));
  await expect(fac.getByTestId('current-turn')).toContainText(anonName);
  await expect(fac.getByTestId('talk-time')).toHaveText(/^0:0[0-9]$/);
  await expect(queue).toHaveCount(2);

  // Give the turn to Cai by name: the running turn ends first.
  await fac.getByRole('button', { name: fill(text['turns.grantLabel'], { name: 'Cai' }) }).click();
  await expect(screen.page.getByTestId('current-speaker')).toContainText('Cai');
  await expect(screen.page.getByTestId('current-speaker')).toContainText(text['turns.emptyChair']);
  await expect(cai.page.getByTestId('my-turn')).toBeVisible();
  await expect(anna.page.getByTestId('current-speaker')).toContainText('Cai');
  await expect(anon.page.getByTestId('my-turn')).toHaveCount(0);
  await expectAccessible(screen.page, 'projector with the speaker');
  await expectAccessible(cai.page, 'phone with the floor');

  // End turn: nobody speaks, the projector shows no speaker.
  await fac.getByRole('button', { name: text['turns.end'] }).click();
  await expect(screen.page.getByTestId('current-speaker')).toHaveCount(0);
  await expect(fac.getByText(text['turns.none'])).toBeVisible();

  // Someone without a phone: "a participant of group Yhteistyökumppani".
  await fac.getByLabel(text['turns.recordWho']).selectOption({ label: member(3) });
  await fac.getByRole('button', { name: text['turns.recordSubmit'] }).click();
  await expect(fac.getByTestId('current-turn')).toContainText(member(3));
  await expect(screen.page.getByTestId('current-speaker')).toContainText(member(3));
  await fac.getByRole('button', { name: text['turns.end'] }).click();
  await expect(screen.page.getByTestId('current-speaker')).toHaveCount(0);

  // Equity (the participation view): the worker group spoke twice, the partner group once, Anna's group not yet.
  await openConsoleView(fac, text['cockpit.view.participation']);
  const row = (groupIndex: number) => fac.getByTestId(`equity-row-g${groupIndex + 1}`);
  await expect(row(1).getByTestId('equity-turns')).toHaveText('2');
  await expect(row(3).getByTestId('equity-turns')).toHaveText('1');
  await expect(row(0).getByTestId('equity-turns')).toHaveText('0');
  await expect(row(1)).toContainText(groups[1]!);
  const silent = fac.getByTestId('not-yet-spoken');
  await expect(silent.getByRole('listitem')).toHaveCount(2);
  await expect(silent).toContainText('Anna');
  await expect(silent).toContainText('Dan');
  await expectAccessible(fac, 'facilitator console with turns and equity');

  // Invite those who have not spoken: Dan's phone shows the invitation; Anna waits in the queue.
  await fac.getByRole('button', { name: text['turns.invite'] }).click();
  await expect(dan.page.getByTestId('turn-invited')).toContainText(text['turns.phone.invited']);
  await expect(silent).toContainText(text['turns.invitedMark']);
  await expect(fac.getByRole('button', { name: text['turns.invite'] })).toBeDisabled();
  await expectAccessible(dan.page, 'phone with an invitation');

  // A granted turn clears the invitation.
  await openConsoleView(fac, text['cockpit.view.now']);
  await dan.page.getByRole('button', { name: text['turns.phone.ask'] }).click();
  await fac.getByRole('button', { name: fill(text['turns.grantLabel'], { name: 'Dan' }) }).click();
  await expect(dan.page.getByTestId('my-turn')).toBeVisible();
  await expect(dan.page.getByTestId('turn-invited')).toHaveCount(0);

  // Anna cancels her request.
  await anna.page.getByRole('button', { name: text['turns.phone.cancel'] }).click();
  await expect(queue).toHaveCount(0);
  await expect(anna.page.getByRole('button', { name: text['turns.phone.ask'] })).toBeVisible();

  for (const actor of [lead, screen, anna, anon, cai, dan]) await actor.context.close();
});
