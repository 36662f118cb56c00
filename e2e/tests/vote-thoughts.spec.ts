import { expect, test, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, expectAccessible, fill, joinOnPhone, text } from './support/actors';
import { joinSocketPhones } from './support/cockpit';
import { LiveClient, tokenOf } from '@aquarium/testkit';

const setup = defaultAquariumSetup('fi');
const onVote = [
  'Vertaistuki piti mukana',
  'Yhteinen kieli ammattilaisten kanssa',
  'Kokeilut ilman pitkää lupaprosessia',
];

/** Presses `key` on a control reached by keyboard focus. */
const press = async (page: Page, control: ReturnType<Page['getByRole']>, key = 'Enter') => {
  await control.focus();
  await page.keyboard.press(key);
};

/**
 * A dot vote on thoughts from a phone, keyboard only. The session holds other published thoughts too; the phone
 * receives none of them, only the vote's list (issue #24), and a thought hidden during the vote leaves it.
 */
test('a dot vote on thoughts: the phone lists the vote’s thoughts, takes dots by keyboard, drops a hidden one', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base);
  const fac = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  await fac.ok('settings:update', { thoughtsNeedApproval: false });
  const writers = await joinSocketPhones(base, created.joinCode, ['g1', 'g2', 'g3'], 3);
  await fac.ok('session:start', {});
  for (let i = 0; i < 18; i++) {
    await writers[i % 3]!.ok('thought:submit', {
      thoughtId: `q1-${i}`,
      text: `Ensimmäisen kysymyksen ajatus ${i}`,
      questionId: 'q1',
      showName: false,
    });
  }
  for (const [i, thought] of onVote.entries()) {
    await writers[i]!.ok('thought:submit', { thoughtId: `q2-${i}`, text: thought, questionId: 'q2', showName: true });
  }

  const { context, page } = await joinOnPhone(browser, base, created.joinCode, {
    group: setup.stakeholderGroups[0]!.name,
  });
  await fac.ok('vote:open', { voteId: 'v1', questionId: 'q2', targetKind: 'thought', dots: 3 });
  const targets = page.getByTestId('vote-target');
  await expect(targets).toHaveCount(3);
  for (const [i, thought] of onVote.entries()) await expect(targets.nth(i)).toContainText(thought);
  await expect(page.getByText('Ensimmäisen kysymyksen ajatus')).toHaveCount(0);

  const add = (name: string) => page.getByRole('button', { name: fill(text['capture.vote.add'], { name }) });
  await press(page, add(onVote[1]!));
  await press(page, add(onVote[1]!));
  await press(page, add(onVote[2]!));
  await expect(page.getByTestId('dots-left')).toHaveText(fill(text['capture.vote.left'], { left: 0, total: 3 }));
  await expectAccessible(page, 'phone voting on thoughts');
  await page.screenshot({ path: test.info().outputPath('phone-vote-thoughts.png'), fullPage: true });

  // The facilitator hides one of them while the vote is open: it leaves the phone's list.
  await fac.ok('thought:moderate', { thoughtId: 'q2-0', status: 'hidden' });
  await expect(targets).toHaveCount(2);
  await expect(page.getByText(onVote[0]!)).toHaveCount(0);

  await fac.ok('vote:close', { voteId: 'v1' });
  await fac.ok('vote:reveal', { voteId: 'v1' });
  const rows = page.getByTestId('vote-result');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(onVote[1]!);
  await expect(rows.first()).toContainText(fill(text['capture.vote.points'], { n: 2 }));
  await expectAccessible(page, 'phone with the results of a vote on thoughts');
  fac.close();
  for (const w of writers) w.close();
  await context.close();
});
