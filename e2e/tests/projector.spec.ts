import { expect, test, type Page } from '@playwright/test';
import { defaultAquariumSetup, limits } from '@aquarium/shared';
import { createSession, expectAccessible, fill, openActor, text } from './support/actors';
import { clippedOnScreen, consoleViewport, expectInView, joinSocketPhones } from './support/cockpit';
import { LiveClient, tokenOf } from '@aquarium/testkit';

const setup = defaultAquariumSetup('fi');
const sizes = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** At both projector sizes: nothing cut off, and axe finds nothing. */
const expectWhole = async (screen: Page, what: string) => {
  for (const size of sizes) {
    await screen.setViewportSize(size);
    await expect
      .poll(() => clippedOnScreen(screen), { message: `${what} at ${size.width}×${size.height}` })
      .toEqual([]);
  }
  await expectAccessible(screen, `projector: ${what}`);
};

/** A long thought of about `n` characters, in words. */
const longThought = (i: number, n: number) => {
  const words =
    'Palvelupolut katkeavat usein siinä kohdassa, kun asiakas siirtyy aikuissosiaalityöstä työllisyyspalveluihin, eikä kukaan omista kokonaisuutta. ';
  return `${i}. ${words.repeat(Math.ceil(n / words.length))}`.slice(0, n).trim();
};

test('the projector under the facilitator: every mode from the console, results up and down, nothing cut off', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  // The longest default texts: a long title, the three default questions all in focus, a speaker from a long group.
  const created = await createSession(base, {
    title:
      'Etelä-Pohjanmaan hyvinvointialueen alueellinen arviointiakvaario: sosiaali- ja terveyspalvelujen kehittäminen 2026',
    phases: setup.phases.map((p) => ({ ...p, questionIds: setup.questions.map((q) => q.id) })),
  });
  const lead = await openActor(browser, created.links.facilitator);
  await lead.page.setViewportSize(consoleViewport);
  const fac = lead.page;
  const screen = (await openActor(browser, created.links.screen, 'projector')).page;
  const phones = await joinSocketPhones(
    base,
    created.joinCode,
    setup.stakeholderGroups.map((g) => g.id),
    40,
  );
  const facilitator = await LiveClient.connect(base, tokenOf(created.links.facilitator));
  await facilitator.patiently('circles:balance', { innerSize: 6 });

  // Lobby: the count of the inner circle only, until the facilitator chooses names.
  await expect(screen.getByTestId('inner-circle')).toContainText(fill(text['screen.innerCount'], { n: 6 }));
  await expect(screen.getByTestId('inner-circle-names')).toHaveCount(0);
  await fac.getByRole('checkbox', { name: text['projector.names'] }).check();
  await expect(screen.getByTestId('inner-circle-names').getByRole('listitem')).not.toHaveCount(0);
  await fac.getByRole('checkbox', { name: text['projector.names'] }).uncheck();
  await expect(screen.getByTestId('inner-circle-names')).toHaveCount(0);
  await expectWhole(screen, 'lobby');

  // Forty approved thoughts of up to the longest length, and a speaker.
  await fac.getByRole('button', { name: text['fac.start'] }).click();
  for (let i = 0; i < 40; i++) {
    await phones[i]!.patiently('thought:submit', {
      thoughtId: `t${i}`,
      text: longThought(i + 1, i % 5 === 0 ? limits.thoughtLength : 120 + ((i * 37) % 300)),
      questionId: setup.questions[i % 3]!.id,
      showName: i % 2 === 0,
    });
  }
  for (let i = 0; i < 40; i++)
    await facilitator.patiently('thought:moderate', { thoughtId: `t${i}`, status: 'approved' });
  await facilitator.patiently('thought:pin', { thoughtId: 't3', pinned: true });
  await phones[0]!.patiently('turn:request', { emptyChair: false });
  await facilitator.patiently('turn:grant', {});
  await expect(screen.getByTestId('current-speaker')).toBeVisible();
  await expect(screen.getByTestId('screen-more')).toBeVisible();
  await expectWhole(screen, 'phase view with 40 thoughts and a speaker');

  // Each mode from the console, one press each.
  const mode = (m: string) => fac.locator(`[data-projector-mode="${m}"]`);
  await mode('thoughts').click();
  await expect(screen.getByTestId('screen-thoughts')).toBeVisible();
  await expect(screen.getByTestId('screen-more')).toContainText(text['screen.moreNext']);
  await expectWhole(screen, 'approved thoughts, paged');

  await mode('joinCode').click();
  await expect(screen.getByTestId('screen-join')).toBeVisible();
  await expectWhole(screen, 'join code');

  await mode('blank').click();
  await expect(screen.getByTestId('screen-blank')).toBeVisible();
  await expectWhole(screen, 'blank');

  // A vote: "vote now" with the count of voters, then the results, then taken down again.
  await facilitator.patiently('vote:open', {
    voteId: 'v1',
    questionId: setup.questions[0]!.id,
    targetKind: 'thought',
    dots: 3,
  });
  await mode('vote').click();
  await expect(screen.getByText(text['screen.voteNow'])).toBeVisible();
  const first = (await screen.getByTestId('screen-voters').textContent()) ?? '';
  for (let i = 0; i < 23; i++)
    await phones[i]!.patiently('vote:allocate', { voteId: 'v1', allocation: { t0: 1, t3: 2 } });
  await expect(screen.getByTestId('screen-voters')).toHaveText(fill(text['screen.voters'], { n: 23 }));
  expect(first).toBe(fill(text['screen.voters'], { n: 0 }));
  await expect(fac.getByTestId('open-vote-count')).toContainText(
    fill(text['projector.voteOpen'], { voters: 23, joined: 40 }),
  );
  await expectWhole(screen, 'vote now');
  await expectAccessible(fac, 'cockpit with an open vote');

  // The vote's next press is at the top of the projector column on the laptop, beside its count: close, then show.
  const projectorColumn = fac.getByTestId('column-projector');
  const close = projectorColumn.getByRole('button', { name: text['capture.vote.close'] }).first();
  await expectInView(close, 'open vote: close');
  await close.click();
  const reveal = projectorColumn.getByRole('button', { name: text['capture.vote.reveal'] }).first();
  await expectInView(reveal, 'closed vote: show the results');
  await reveal.click();
  await expect(screen.getByTestId('screen-vote-row').first()).toContainText(
    fill(text['capture.vote.points'], { n: 46 }),
  );
  await expect(fac.getByTestId('projector-showing')).toContainText(text['projector.mode.results']);
  await expectWhole(screen, 'vote results');
  await fac.getByTestId('take-down').click();
  await expect(screen.getByTestId('screen-vote-row')).toHaveCount(0);
  await expect(screen.getByTestId('phase-name')).toBeVisible();
  await expect(fac.locator('[data-projector-mode="phase"]')).toBeFocused();

  // Shown again, the results leave with the next phase: they do not stay on the wall through phases 2–5.
  await mode('results').click();
  await expect(screen.getByTestId('screen-vote-row').first()).toBeVisible();
  await fac.getByRole('button', { name: text['fac.next'], exact: true }).click();
  await expect(screen.getByTestId('phase-indicator')).toHaveText(fill(text['phase.indicator'], { n: 2, total: 5 }));
  await expect(screen.getByTestId('screen-vote-row')).toHaveCount(0);
  await expectWhole(screen, 'phase 2 after the results');
  await expectAccessible(fac, 'cockpit after a vote');

  // After the end and publishing: the summary's QR code on demand.
  await facilitator.patiently('session:end', {});
  await fac.getByRole('button', { name: text['summary.publish'] }).click();
  await expect(fac.getByTestId('summary-published')).toHaveText(fill(text['summary.published'], { n: 1 }));
  await mode('summaryQr').click();
  await expect(screen.getByTestId('summary-qr')).toBeVisible();
  await expectWhole(screen, 'summary QR');

  facilitator.close();
  for (const phone of phones) phone.close();
  await lead.context.close();
});
