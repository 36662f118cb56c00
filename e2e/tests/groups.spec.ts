import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { defaultSmallGroupSetup } from '@aquarium/shared';
import { en } from '../../client/src/i18n/en';
import { expectAccessible, fill, joinOnPhone, openActor, recordForeignRequests, text } from './support/actors';
import { consoleViewport, expectInView } from './support/cockpit';

const setup = defaultSmallGroupSetup('fi');
const stakeholders = setup.stakeholderGroups;
const themes = ['Sosiaalinen kuntoutus', 'Palvelukuvaukset'] as const;

/** The step the phone shows now (write, present, choose, record). */
const stepOf = (phone: Page) => phone.getByTestId('group-step');

test('small groups: lead laptop, projector and six phones from forming groups to the downloaded summary', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;

  // The lead creates a small-group session with two development themes.
  const lead = await openActor(browser, base);
  const foreign = recordForeignRequests(lead.context, base);
  await lead.page.getByRole('link', { name: text['home.create'] }).click();
  await lead.page.getByLabel(text['create.titleLabel']).fill('Pienryhmäarviointi Seinäjoella');
  await lead.page.getByRole('combobox', { name: text['create.method'] }).selectOption('smallGroups');
  await expect(lead.page.getByLabel(text['create.stepKind']).first()).toHaveValue('write');
  for (const [i, theme] of themes.entries()) {
    await lead.page.getByRole('button', { name: text['create.addDevelopmentTheme'] }).click();
    await lead.page.getByLabel(fill(text['create.developmentTheme'], { n: i + 1 })).fill(theme);
  }
  await expectAccessible(lead.page, 'create form for small groups');
  await lead.page.getByRole('button', { name: text['create.submit'] }).click();
  await expect(lead.page.getByTestId('link-facilitator')).toBeVisible();
  const screenLink = (await lead.page.getByTestId('link-screen').getAttribute('href'))!;
  const joinCode = (await lead.page.getByTestId('link-join').getAttribute('href'))!.split('/j/')[1]!;
  await lead.page.getByRole('button', { name: text['created.open'] }).click();
  const fac = lead.page;
  await expect(fac.getByTestId('groups-panel')).toBeVisible();

  const screen = await openActor(browser, screenLink, 'projector');
  recordForeignRequests(screen.context, base).forEach((u) => foreign.push(u));

  // Six phones join; each picks a stakeholder group and a theme.
  const people = [
    { name: 'Aino', group: stakeholders[0]!.name, developmentTheme: themes[0] },
    { name: 'Aaro', group: stakeholders[1]!.name, developmentTheme: themes[0] },
    { group: stakeholders[2]!.name, developmentTheme: themes[0] },
    { name: 'Bea', group: stakeholders[0]!.name, developmentTheme: themes[1] },
    { name: 'Bruno', group: stakeholders[1]!.name, developmentTheme: themes[1] },
    { group: stakeholders[3]!.name, developmentTheme: themes[1] },
  ];
  const phones = [];
  for (const who of people) phones.push((await joinOnPhone(browser, base, joinCode, who)).page);
  const [aino, aaro, a3, bea, bruno, b3] = phones as [Page, Page, Page, Page, Page, Page];
  await expect(aino.getByTestId('not-grouped')).toBeVisible();
  await expectAccessible(aino, 'phone waiting for a group');
  // The sixth phone switches to English: the small-group view's strings follow (a chunk per language).
  await b3.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(b3.getByTestId('not-grouped')).toHaveText(en['groups.notGrouped']);

  // The lead forms the groups by theme and names Aino chair; Bea takes her group's empty chair herself.
  await expect(fac.getByTestId('groups-counts')).toContainText('0');
  await fac.getByRole('radio', { name: text['lead.form.developmentTheme'] }).check();
  await fac.getByTestId('form-groups').click();
  const cardA = fac.getByRole('article', { name: themes[0] });
  const cardB = fac.getByRole('article', { name: themes[1] });
  await expect(cardA.getByTestId('group-member')).toHaveCount(3);
  await expect(cardB.getByTestId('group-member')).toHaveCount(3);
  await expect(aino.getByTestId('group-name')).toContainText(themes[0]);
  await expect(aino.getByTestId('group-name')).toHaveText(fill(text['groups.yourGroup'], { name: themes[0] }));
  await expect(b3.getByTestId('group-name')).toHaveText(fill(en['groups.yourGroup'], { name: themes[1] }));
  await cardA.getByTestId('chair-select').selectOption({ label: 'Aino' });
  await cardA.getByTestId('chair-set').click();
  await expect(aino.getByTestId('chair-badge')).toContainText(text['groups.youChair']);
  await bea.getByRole('button', { name: text['groups.claimChair'] }).click();
  await expect(bea.getByTestId('chair-badge')).toBeVisible();
  await expect(bruno.getByRole('button', { name: text['groups.claimChair'] })).toHaveCount(0);
  await expect(screen.page.getByTestId('screen-group')).toHaveCount(2);
  await expectAccessible(fac, 'console with groups');

  // Step 1: everyone writes alone.
  await fac.getByRole('button', { name: text['fac.start'] }).click();
  // Running, the laptop shows the groups' progress first: forming and adding fold under one line above the cards.
  await fac.setViewportSize(consoleViewport);
  const tools = fac.getByTestId('group-tools');
  await expect(tools).not.toHaveAttribute('open');
  await expectInView(cardA.getByRole('heading', { name: themes[0] }), 'running groups: the first card at 1366x768');
  await tools.locator('summary').click();
  await expect(fac.getByTestId('form-groups')).toBeVisible();
  await tools.locator('summary').click();
  for (const phone of phones) await expect(stepOf(phone)).toHaveAttribute('data-step', 'write');
  await expect(screen.page.getByTestId('countdown')).toBeVisible();
  const write = async (phone: Page, soloThought: string, strings: Record<keyof typeof text, string> = text) => {
    await phone.getByTestId('solo-thought-input').fill(soloThought);
    await phone.getByRole('button', { name: strings['groups.soloThought.save'] }).click();
    await expect(phone.getByTestId('my-solo-thoughts')).toContainText(soloThought);
  };
  await write(aaro, 'Vertaistuki piti mukana');
  await write(a3, 'Ohjaaja ehti kuunnella');
  await write(aino, 'Ryhmät alkoivat ajallaan');
  await write(bruno, 'Palvelukuvaukset selkokielelle');
  await write(b3, 'Yhteinen ilmoitustaulu', en);
  await expect(aaro.getByTestId('solo-thoughts-privacy')).toBeVisible();
  await expectAccessible(aaro, 'phone writing alone');
  // No one else sees what Aaro wrote: not his group's chair, nor the lead.
  await expect(aino.getByText('Vertaistuki piti mukana')).toHaveCount(0);
  await expect(fac.getByText('Vertaistuki piti mukana')).toHaveCount(0);

  // Step 2: the chairs call members to present, one at a time.
  await fac.getByRole('button', { name: text['fac.next'] }).click();
  await expect(stepOf(aino)).toHaveAttribute('data-step', 'present');
  await aino.getByRole('button', { name: fill(text['groups.present.call'], { name: 'Aaro' }) }).click();
  await expect(a3.getByTestId('group-solo-thoughts')).toContainText('Vertaistuki piti mukana');
  await expect(a3.getByTestId('group-solo-thoughts')).not.toContainText('Ohjaaja ehti kuunnella');
  await aino
    .getByRole('button', { name: fill(text['groups.present.call'], { name: fill(text['groups.member'], { n: 3 }) }) })
    .click();
  await aino.getByRole('button', { name: text['groups.present.callMe'] }).click();
  await expect(aaro.getByTestId('group-solo-thoughts')).toContainText('Ohjaaja ehti kuunnella');
  await expect(aaro.locator('[data-testid="present-member"][data-presented="true"]')).toHaveCount(3);
  await expect(cardA.getByTestId('progress-presented')).toContainText('3/3');
  // The other group never sees group A's words.
  await expect(bruno.getByText('Vertaistuki piti mukana')).toHaveCount(0);
  await bea.getByRole('button', { name: fill(text['groups.present.call'], { name: 'Bruno' }) }).click();
  await bea
    .getByRole('button', { name: fill(text['groups.present.call'], { name: fill(text['groups.member'], { n: 3 }) }) })
    .click();
  await expect(bruno.getByTestId('group-solo-thoughts')).toContainText('Yhteinen ilmoitustaulu');
  await expectAccessible(aino, 'chair during presenting');

  // Step 3: choose together; Aino lifts points and asks for a dot vote.
  await fac.getByRole('button', { name: text['fac.next'] }).click();
  await expect(stepOf(aino)).toHaveAttribute('data-step', 'choose');
  const soloThoughtA = (soloThought: string) => aino.getByTestId('group-solo-thought').filter({ hasText: soloThought });
  await soloThoughtA('Vertaistuki piti mukana')
    .getByRole('button', { name: text['groups.soloThoughts.raise'] })
    .click();
  await soloThoughtA('Ohjaaja ehti kuunnella').getByRole('button', { name: text['groups.soloThoughts.raise'] }).click();
  await aino.getByTestId('new-point-input').fill('Aikaa kohtaamiselle');
  await aino.getByRole('button', { name: text['groups.points.add'] }).click();
  await expect(aaro.getByTestId('point')).toHaveCount(3);
  // Merge the free-text point into "Ohjaaja ehti kuunnella".
  const third = aino.getByTestId('point').filter({ hasText: 'Aikaa kohtaamiselle' });
  await third.getByRole('button', { name: text['groups.points.merge'] }).click();
  await third.getByTestId('point-merge-target').selectOption({ label: 'Ohjaaja ehti kuunnella' });
  await third.locator('form.point__form').getByRole('button', { name: text['groups.points.merge'] }).click();
  await expect(aaro.getByTestId('point')).toHaveCount(2);
  await aino.getByTestId('vote-dots-input').fill('2');
  await aino.getByRole('button', { name: text['groups.vote.open'] }).click();
  await expect(cardA.getByTestId('progress-voting')).toBeVisible();
  for (const phone of [aaro, a3]) {
    await phone
      .getByRole('button', { name: fill(text['capture.vote.add'], { name: 'Ohjaaja ehti kuunnella' }) })
      .click();
    await phone
      .getByRole('button', { name: fill(text['capture.vote.add'], { name: 'Ohjaaja ehti kuunnella' }) })
      .click();
    await expect(phone.getByTestId('dots-left')).toHaveText(fill(text['capture.vote.left'], { left: 0, total: 2 }));
  }
  await expectAccessible(aaro, 'member voting');
  await aino.getByRole('button', { name: text['groups.vote.close'] }).click();
  await aino.getByRole('button', { name: text['groups.points.sort'] }).click();
  await expect(aaro.getByTestId('point-text').first()).toHaveText('Ohjaaja ehti kuunnella');
  await expect(aaro.getByTestId('point').first().getByTestId('point-total')).toHaveText(
    fill(text['groups.points.total'], { n: 4 }),
  );
  const soloThoughtB = bea.getByTestId('group-solo-thought').filter({ hasText: 'Palvelukuvaukset selkokielelle' });
  await soloThoughtB.getByRole('button', { name: text['groups.soloThoughts.raise'] }).click();
  await expect(bruno.getByTestId('point')).toHaveCount(1);

  // Step 4: record and return. Bea's phone reloads mid-way and keeps what she wrote.
  await fac.getByRole('button', { name: text['fac.next'] }).click();
  await expect(stepOf(aino)).toHaveAttribute('data-step', 'record');
  await expect(aino.getByTestId('record-input')).toHaveValue(/Ohjaaja ehti kuunnella/);
  await aino.getByTestId('record-input').fill('Ryhmälle tärkeintä oli, että ohjaajalla oli aikaa.');
  await expect(aino.getByTestId('record-save-state')).toHaveAttribute('data-state', 'saved');
  await expect(aaro.getByTestId('record-text')).toContainText('ohjaajalla oli aikaa');
  await aino.getByRole('button', { name: text['groups.record.return'] }).click();
  await expect(aino.getByTestId('record-returned')).toBeVisible();
  await bea.getByTestId('record-input').fill('Palvelut kuvataan selkokielellä.');
  await bea.reload();
  await expect(bea.getByTestId('record-input')).toHaveValue('Palvelut kuvataan selkokielellä.');
  await expectAccessible(bea, 'chair recording');
  await bea.getByRole('button', { name: text['groups.record.return'] }).click();
  await expect(bruno.getByTestId('record-returned')).toBeVisible();

  // The lead sees both returns; the projector shows the progress, never the words.
  await expect(cardA.getByTestId('progress-returned')).toBeVisible();
  await expect(cardB.getByTestId('progress-returned')).toBeVisible();
  await expect(screen.page.getByTestId('progress-returned')).toHaveCount(2);
  await expect(screen.page.getByText('Vertaistuki piti mukana')).toHaveCount(0);
  await expectAccessible(screen.page, 'projector with group progress');

  // The remaining steps of questions 2 and 3 run through; the lead ends the session.
  // On question 2, Bea writes a record but the group never returns it.
  for (let i = 4; i < setup.phases.length; i++) {
    await fac.getByRole('button', { name: text['fac.next'] }).click();
    await expect(screen.page.getByTestId('phase-name')).toHaveText(setup.phases[i]!.name);
    if (setup.phases[i]!.id === 'q2-record') {
      await bea.getByTestId('record-input').fill('Kesken jäänyt luonnos');
      await expect(bea.getByTestId('record-save-state')).toHaveAttribute('data-state', 'saved');
    }
  }
  await fac.getByRole('button', { name: text['fac.end'] }).click();
  await fac.getByRole('button', { name: text['fac.endConfirm'] }).click();

  // The lead compiles the groups' returns and publishes.
  const returns = fac.getByTestId('summary-group-returns').first();
  await expect(returns).toContainText('Ryhmälle tärkeintä oli, että ohjaajalla oli aikaa.');
  await expect(returns).toContainText('Palvelut kuvataan selkokielellä.');
  await fac
    .getByLabel(text['summary.groupCompilation'])
    .first()
    .fill('Molemmat ryhmät korostivat ihmisten kohtaamista ja selkeää tietoa.');
  await expect(fac.getByTestId('preview-group-points').first()).toContainText('Ohjaaja ehti kuunnella');
  // The lead still sees the draft that was never returned, to use it in the compilation if they wish.
  await expect(fac.getByTestId('summary-group-draft')).toHaveText('Kesken jäänyt luonnos');
  await expectAccessible(fac, 'summary editor with group returns');
  await fac.getByRole('button', { name: text['summary.publish'] }).click();

  // Everyone downloads it: here Bruno's phone, in Markdown.
  const links = bruno.getByTestId('summary-download');
  await expect(links).toContainText(text['summary.ready']);
  const [download] = await Promise.all([
    bruno.waitForEvent('download'),
    links.getByRole('link', { name: text['summary.link.md'] }).click(),
  ]);
  const md = (await readFile((await download.path())!, 'utf8')).replace(/\\(.)/g, '$1');
  const q1 = md.slice(md.indexOf('Kysymys 1'), md.indexOf('Kysymys 2'));
  expect(q1).toContain('Molemmat ryhmät korostivat ihmisten kohtaamista ja selkeää tietoa.');
  expect(q1).toContain(themes[0]);
  expect(q1.indexOf('Ohjaaja ehti kuunnella')).toBeLessThan(q1.indexOf('Vertaistuki piti mukana'));
  expect(q1).toContain('Ryhmälle tärkeintä oli, että ohjaajalla oli aikaa.');
  expect(q1).toContain('Palvelukuvaukset selkokielelle');
  expect(q1).toContain('Palvelut kuvataan selkokielellä.');
  // What no one presented stays out.
  expect(md).not.toContain('Ryhmät alkoivat ajallaan');
  expect(md).not.toContain('Kesken jäänyt luonnos');
  expect(foreign).toEqual([]);
});
