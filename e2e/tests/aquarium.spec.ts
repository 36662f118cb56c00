import { expect, test, type Page } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { expectAccessible, fill, joinOnPhone, openActor, recordForeignRequests, text } from './support/actors';

const plan = defaultAquariumSetup('fi').phases;
const circleWord = { inner: text['circle.inner'], outer: text['circle.outer'] } as const;

/** What a phone in `circle` must say during a phase where `speaking` speaks. */
const expectedActivity = (speaking: string, circle: 'inner' | 'outer') =>
  speaking === 'everyone' ? text['phone.everyone'] : speaking === circle ? text['phone.speaks'] : text['phone.listens'];

const countdownSeconds = async (page: Page) => {
  const value = (await page.getByTestId('countdown').first().textContent()) ?? '';
  const [m, s] = value.replace('-', '').split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

test('a whole five-phase aquarium: laptop, projector, scribe and three phones', async ({ browser, baseURL }) => {
  const base = baseURL!;

  // The facilitator creates the session on a laptop.
  const lead = await openActor(browser, base);
  const foreign = recordForeignRequests(lead.context, base);
  await expectAccessible(lead.page, 'home page');
  await lead.page.getByRole('link', { name: text['home.create'] }).click();
  await lead.page.getByLabel(text['create.titleLabel']).fill('Etelä-Pohjanmaan arviointiakvaario');
  await expectAccessible(lead.page, 'create form');
  await lead.page.getByRole('button', { name: text['create.submit'] }).click();
  await expect(lead.page.getByTestId('link-facilitator')).toBeVisible();
  await expectAccessible(lead.page, 'created page');
  const linkOf = async (id: string) => (await lead.page.getByTestId(id).getAttribute('href'))!;
  const links = {
    facilitator: await linkOf('link-facilitator'),
    scribe: await linkOf('link-scribe'),
    screen: await linkOf('link-screen'),
    join: await linkOf('link-join'),
  };
  const joinCode = links.join.split('/j/')[1]!;
  expect(joinCode).toMatch(/^[2-9A-Z]{8}$/);
  await lead.page.getByRole('button', { name: text['created.open'] }).click();
  await expect(lead.page.getByRole('button', { name: text['fac.start'] })).toBeVisible();

  const screen = await openActor(browser, links.screen, 'projector');
  const scribe = await openActor(browser, links.scribe);
  recordForeignRequests(screen.context, base).forEach((u) => foreign.push(u));
  await expect(screen.page.getByTestId('join-code')).toContainText(`${joinCode.slice(0, 4)}-${joinCode.slice(4)}`);
  await expect(screen.page.getByTestId('join-qr')).toBeVisible();
  await expectAccessible(screen.page, 'projector in the lobby');

  // A mistyped code gets a clear message.
  const stranger = await openActor(browser, base, 'phone');
  await stranger.page.getByLabel(text['home.codeLabel']).fill('ABCD-EFGH');
  await stranger.page.getByRole('button', { name: text['home.join'] }).click();
  await expect(stranger.page.getByText(text['error.JOIN_CODE_UNKNOWN'])).toBeVisible();
  await stranger.context.close();

  // Three phones join: two by the link, one by typing the code on the front page.
  const groups = defaultAquariumSetup('fi').stakeholderGroups;
  const anna = await joinOnPhone(browser, base, joinCode, { name: 'Anna', group: groups[0]!.name });
  const ben = await joinOnPhone(browser, base, joinCode, { group: groups[1]!.name });
  const cai = await openActor(browser, base, 'phone');
  await cai.page.getByLabel(text['home.codeLabel']).fill(joinCode.toLowerCase());
  await cai.page.getByRole('button', { name: text['home.join'] }).click();
  await cai.page.getByLabel(text['phone.nameLabel']).fill('Cai');
  await cai.page.getByRole('radio', { name: groups[0]!.name }).check();
  await cai.page.getByRole('button', { name: text['phone.join'] }).click();
  const phones = [anna, ben, cai];
  for (const p of phones) await expect(p.page.getByTestId('my-circle')).toHaveText(text['phone.unseated']);
  await expectAccessible(anna.page, 'phone waiting to be seated');

  // Late joiners appear at once on the facilitator's list, with their group and connection.
  const rows = lead.page.getByTestId('participant-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Anna' })).toContainText(groups[0]!.name);

  // Seat: balance by stakeholder group, then move Anna by hand.
  await lead.page.getByRole('button', { name: text['fac.balance'] }).click();
  await expect(anna.page.getByTestId('my-circle')).not.toHaveText(text['phone.unseated']);
  // Anna and Cai share a group, so balancing puts them in different circles.
  const annaInner = (await anna.page.getByTestId('my-circle').textContent()) === text['phone.inner'];
  await expect(cai.page.getByTestId('my-circle')).toHaveText(annaInner ? text['phone.outer'] : text['phone.inner']);
  await lead.page.getByRole('button', { name: fill(text['fac.moveOuter'], { name: 'Anna' }) }).click();
  await expect(anna.page.getByTestId('my-circle')).toHaveText(text['phone.outer']);
  await expectAccessible(lead.page, 'facilitator console in the lobby');
  const circles: Record<string, 'inner' | 'outer'> = {};
  for (const [name, p] of [
    ['anna', anna],
    ['ben', ben],
    ['cai', cai],
  ] as const) {
    circles[name] = (await p.page.getByTestId('my-circle').textContent()) === text['phone.inner'] ? 'inner' : 'outer';
  }

  // Run all five phases.
  await lead.page.getByRole('button', { name: text['fac.start'] }).click();
  for (let i = 0; i < plan.length; i++) {
    const phase = plan[i]!;
    if (i > 0) await lead.page.getByRole('button', { name: text['fac.next'] }).click();
    const indicator = fill(text['phase.indicator'], { n: i + 1, total: plan.length });
    await expect(screen.page.getByTestId('phase-indicator')).toHaveText(indicator);
    await expect(screen.page.getByTestId('phase-name')).toHaveText(phase.name);
    await expect(scribe.page.getByTestId('phase-indicator')).toHaveText(indicator);
    if (phase.speaking !== 'everyone') {
      await expect(screen.page.getByTestId('speaking-circle')).toContainText(circleWord[phase.speaking], {
        ignoreCase: true,
      });
    }
    for (const [name, p] of [
      ['anna', anna],
      ['ben', ben],
      ['cai', cai],
    ] as const) {
      await expect(p.page.getByTestId('circle-activity')).toHaveText(expectedActivity(phase.speaking, circles[name]!));
      await expect(p.page.getByTestId('phase-name')).toHaveText(phase.name);
    }
    const focus = defaultAquariumSetup('fi').questions.filter((q) => phase.questionIds.includes(q.id));
    await expect(anna.page.getByTestId('focus-question')).toHaveText(focus.map((q) => q.text));
    await expect(screen.page.getByTestId('focus-question')).toHaveText(focus.map((q) => q.text));

    if (i === 0) {
      await expectAccessible(screen.page, 'projector during a phase');
      await expectAccessible(anna.page, 'phone during a phase');
      await expectAccessible(scribe.page, 'scribe console');
      await expectAccessible(lead.page, 'facilitator console during a phase');
      // The scribe keeps time: pause, extend and start again; the phones follow the server's timer.
      await scribe.page.getByRole('button', { name: text['fac.pause'] }).click();
      await expect(lead.page.getByRole('button', { name: text['fac.resume'] })).toBeVisible();
      const paused = await countdownSeconds(ben.page);
      await scribe.page.getByRole('button', { name: text['fac.plus5'] }).click();
      await expect.poll(() => countdownSeconds(ben.page)).toBe(paused + 300);
      await expect.poll(() => countdownSeconds(screen.page)).toBe(paused + 300);
      await scribe.page.getByRole('button', { name: text['fac.resume'] }).click();
      await expect.poll(() => countdownSeconds(ben.page)).toBeLessThan(paused + 300);

      // A reload keeps the phone's identity and circle.
      await ben.page.reload();
      await expect(ben.page.getByTestId('my-circle')).toHaveText(
        circles.ben === 'inner' ? text['phone.inner'] : text['phone.outer'],
      );
    }
  }

  // The projector shows the inner circle's names (or how many).
  await expect(screen.page.getByTestId('inner-circle')).toBeVisible();

  await lead.page.getByRole('button', { name: text['fac.end'] }).click();
  await lead.page.getByRole('button', { name: text['fac.endConfirm'] }).click();
  for (const p of phones) await expect(p.page.getByText(text['phone.ended'])).toBeVisible();
  await expect(screen.page.getByText(text['screen.ended'])).toBeVisible();
  await expectAccessible(anna.page, 'phone after the end');
  expect(foreign).toEqual([]);
});
