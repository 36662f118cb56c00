import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { defaultSmallGroupSetup } from '@aquarium/shared';
import { plainShownFi } from '../../client/src/i18n/plain/shown';
import { createSession, expectAccessible, fill, text } from './support/actors';
import { LiveClient, tokenOf } from '@aquarium/testkit';

const setup = defaultSmallGroupSetup('fi');
const stakeholder = setup.stakeholderGroups[0]!.name;

/** The phone sizes and text sizes the issue names: 390×844 and 320×640, at 100 % and 200 % text. */
const sizes = [
  { name: '390x844 100%', viewport: { width: 390, height: 844 }, zoom: 100 },
  { name: '390x844 200%', viewport: { width: 390, height: 844 }, zoom: 200 },
  { name: '320x640 100%', viewport: { width: 320, height: 640 }, zoom: 100 },
  { name: '320x640 200%', viewport: { width: 320, height: 640 }, zoom: 200 },
];
type Size = (typeof sizes)[number];
interface Phone {
  size: Size;
  page: Page;
  id: string;
  name: string;
}

test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((c: BrowserContext) => c.close()));
});

/** A phone joins at its size and text size, by keyboard; returns its page and participant id. */
const join = async (
  browser: Browser,
  url: string,
  size: Size,
  name: string,
  strings: { nameLabel: string; join: string } = { nameLabel: text['phone.nameLabel'], join: text['phone.join'] },
): Promise<Phone> => {
  const context = await browser.newContext({
    viewport: size.viewport,
    isMobile: true,
    hasTouch: true,
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate((zoom) => (document.documentElement.style.fontSize = `${zoom}%`), size.zoom);
  await page.getByLabel(strings.nameLabel).focus();
  await page.keyboard.type(name);
  await page.getByRole('radio', { name: stakeholder }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: strings.join }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('my-group')).toBeVisible();
  const id = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const value = localStorage.getItem(localStorage.key(i)!) ?? '';
      if (value.includes('participantId')) return (JSON.parse(value) as { participantId: string }).participantId;
    }
    return '';
  });
  return { size, page, id, name };
};

/** No sideways scrolling: the document is exactly as wide as the viewport. */
const expectNoSidewaysScroll = async (page: Page, what: string) => {
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.doc, `document width on ${what}`).toBe(widths.view);
};

/**
 * Each control is inside the first viewport (scrolled to the top): its whole box shows without scrolling. A message
 * with nothing to press (`topOnly`) need only begin there.
 */
const expectInFirstViewport = async (phone: Phone, controls: Locator[], what: string, topOnly = false) => {
  const label = `${what} at ${phone.size.name}`;
  await phone.page.evaluate(() => window.scrollTo(0, 0));
  if (process.env.SHOTS)
    await phone.page.screenshot({ path: `/tmp/shots-issue-15/groups-${label.replace(/[^a-z0-9]+/gi, '-')}.png` });
  const viewport = phone.page.viewportSize()!;
  for (const control of controls) {
    await expect(control, `${label}: shown`).toBeVisible();
    const box = (await control.boundingBox())!;
    expect(box.y, `${label}: top in view`).toBeGreaterThanOrEqual(0);
    const bottom = topOnly ? box.y + Math.min(box.height, 60) : box.y + box.height;
    if (process.env.MEASURE) {
      console.log(`${label}: ${Math.round(box.y)}..${Math.round(bottom)} of ${viewport.height}`);
      continue;
    }
    expect(bottom, `${label}: bottom within ${viewport.height}px`).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width, `${label}: inside the width`).toBeLessThanOrEqual(viewport.width);
  }
};

/** One state on every phone: its controls in the first viewport, no sideways scrolling, axe clean. */
const checkState = async (phones: Phone[], what: string, controls: (phone: Phone) => Locator[], topOnly = false) => {
  for (const phone of phones) {
    await expectInFirstViewport(phone, controls(phone), what, topOnly);
    await expectNoSidewaysScroll(phone.page, `${what} at ${phone.size.name}`);
    await expectAccessible(phone.page, `${what} at ${phone.size.name}`);
  }
};

/** The id of the group formed, as the facilitator's own connection received it: the lead hands its chair over by it. */
const groupIdOf = async (fac: LiveClient): Promise<string> => (await fac.untilEvent('group.formed')).data.group.id;

test('the small-group phone at 390 and 320 px and 200 % text: alone, in a group, chair, returning the record, done', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const created = await createSession(baseURL!, { ...setup, title: 'Pienryhmät puhelimella' });
  const fac = await LiveClient.connect(baseURL!, tokenOf(created.links.facilitator));
  const names = ['Aino', 'Bertta', 'Cecilia', 'Daniel'];
  const phones: Phone[] = [];
  for (const [i, size] of sizes.entries()) phones.push(await join(browser, created.links.join, size, names[i]!));

  // Alone: not in a group yet. Nothing to press; what happens next is on top.
  await checkState(phones, 'alone', (p) => [p.page.getByTestId('not-grouped')], true);

  // In a group that has no chair: taking the chair is the thing to do, on top.
  await fac.ok('groups:form', { by: 'stakeholder' });
  await checkState(phones, 'in a group', (p) => [p.page.getByRole('button', { name: text['groups.claimChair'] })]);

  // Writing alone: the field and its button on top, on every phone (one of them now chairs).
  const groupId = await groupIdOf(fac);
  await fac.ok('group:setChair', { smallGroupId: groupId, participantId: phones[0]!.id });
  await fac.ok('session:start', {});
  await checkState(phones, 'writing alone', (p) => [
    p.page.getByRole('button', { name: text['groups.soloThought.title'] }),
  ]);
  // The button on top takes the keyboard to the field; typed and saved from there.
  for (const phone of phones) {
    await phone.page.getByRole('button', { name: text['groups.soloThought.title'] }).focus();
    await phone.page.keyboard.press('Enter');
    await expect(phone.page.getByTestId('solo-thought-input')).toBeFocused();
    await phone.page.keyboard.type(`${phone.name}: vertaistuki auttoi`);
    await phone.page.getByRole('button', { name: text['groups.soloThought.save'] }).click();
    await expect(phone.page.getByTestId('my-solo-thoughts')).toContainText(phone.name);
  }

  // The chair calls each member to present: every size takes the chair in turn, its first call in view.
  await phones[0]!.page.getByTestId('group-next-step').click();
  for (const chair of phones) {
    await fac.ok('group:setChair', { smallGroupId: groupId, participantId: chair.id });
    await expect(chair.page.getByTestId('chair-badge')).toBeVisible();
    await checkState([chair], 'chair calling members', (p) => [
      p.page.getByRole('button', { name: text['groups.act.present'] }),
    ]);
  }
  const chair = phones[phones.length - 1]!;
  for (const phone of phones)
    await chair.page
      .getByRole('button', {
        name: phone === chair ? text['groups.present.callMe'] : fill(text['groups.present.call'], { name: phone.name }),
      })
      .click();
  await chair.page.getByTestId('group-next-step').click();
  await chair.page
    .getByTestId('group-solo-thought')
    .first()
    .getByRole('button', { name: text['groups.soloThoughts.raise'] })
    .click();
  await expect(chair.page.getByTestId('point')).toHaveCount(1);
  await chair.page.getByTestId('group-next-step').click();

  // Returning the record: each size as the chair, the field and "return" in the first viewport.
  for (const phone of phones) {
    await fac.ok('group:setChair', { smallGroupId: groupId, participantId: phone.id });
    await expect(phone.page.getByTestId('chair-badge')).toBeVisible();
    await checkState([phone], 'chair returning the record', (p) => [
      p.page.getByRole('button', { name: text['groups.act.record'] }),
    ]);
    await phone.page.getByRole('button', { name: text['groups.act.record'] }).click();
    await expect(phone.page.getByTestId('record-input')).toBeFocused();
  }
  await chair.page.getByTestId('record-input').fill('Vertaistuki auttoi kaikkia.');
  await chair.page.getByRole('button', { name: text['groups.record.return'] }).click();

  // The group is done: every phone says the record went back, on top.
  await checkState(phones, 'group done', (p) => [p.page.getByTestId('group-returned')], true);
  // The step's line says so too, on the chair's phone and the members': no "write the summary" left over.
  for (const phone of phones)
    await expect(phone.page.getByTestId('step-instruction')).toHaveText(text['groups.do.returned']);
  fac.close();
});

test('a small-group session from a phone in plain Finnish, keyboard only', async ({ browser, baseURL }) => {
  const plain = plainShownFi;
  const created = await createSession(baseURL!, { ...setup, title: 'Pienryhmät selkokielellä', plainLanguage: true });
  const fac = await LiveClient.connect(baseURL!, tokenOf(created.links.facilitator));
  const size = sizes[3]!;
  const me = await join(browser, created.links.join, size, 'Aino', {
    nameLabel: plain['phone.nameLabel'],
    join: plain['phone.join'],
  });
  const other = await join(browser, created.links.join, sizes[0]!, 'Bertta', {
    nameLabel: plain['phone.nameLabel'],
    join: plain['phone.join'],
  });
  const page = me.page;
  const press = async (control: Locator, key = 'Enter') => {
    await control.focus();
    await page.keyboard.press(key);
  };

  await expect(page.getByTestId('not-grouped')).toHaveText(plain['groups.notGrouped']);
  await fac.ok('groups:form', { by: 'stakeholder' });
  await expect(page.getByTestId('group-name')).toBeVisible();
  await press(page.getByRole('button', { name: plain['groups.claimChair'] }));
  await expect(page.getByTestId('chair-badge')).toHaveText(new RegExp(plain['groups.youChair']));
  await fac.ok('session:start', {});

  // Write alone.
  await expect(page.getByTestId('step-instruction')).toHaveText(plain['groups.do.write']);
  await page.getByTestId('solo-thought-input').focus();
  await page.keyboard.type('Vertaistuki auttoi.');
  await press(page.getByRole('button', { name: plain['groups.soloThought.save'] }));
  await expect(page.getByTestId('my-solo-thoughts')).toContainText('Vertaistuki auttoi.');
  await other.page.getByTestId('solo-thought-input').fill('Ryhmät alkoivat ajallaan.');
  await other.page.getByRole('button', { name: plain['groups.soloThought.save'] }).click();
  await expect(other.page.getByTestId('my-solo-thoughts')).toContainText('Ryhmät alkoivat ajallaan.');

  // Present: the chair calls both.
  await press(page.getByTestId('group-next-step'));
  await expect(page.getByTestId('step-instruction')).toHaveText(plain['groups.do.presentChair']);
  await press(page.getByRole('button', { name: plain['groups.present.callMe'] }));
  await press(page.getByRole('button', { name: fill(plain['groups.present.call'], { name: 'Bertta' }) }));
  await expect(page.getByTestId('group-solo-thoughts')).toContainText('Ryhmät alkoivat ajallaan.');
  await expect(other.page.getByTestId('step-instruction')).toHaveText(plain['groups.do.present']);

  // Choose: one thought becomes a point.
  await press(page.getByTestId('group-next-step'));
  await expect(page.getByTestId('step-instruction')).toHaveText(plain['groups.do.chooseChair']);
  await press(
    page
      .getByTestId('group-solo-thought')
      .filter({ hasText: 'Vertaistuki auttoi.' })
      .getByRole('button', { name: plain['groups.soloThoughts.raise'] }),
  );
  await expect(page.getByTestId('point')).toHaveCount(1);
  await expectAccessible(page, 'plain Finnish small-group phone, choosing');

  // Record and return.
  await press(page.getByTestId('group-next-step'));
  await expect(page.getByTestId('step-instruction')).toHaveText(plain['groups.do.recordChair']);
  await page.getByTestId('record-input').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Kaikki olivat samaa mieltä.');
  await press(page.getByRole('button', { name: plain['groups.record.return'] }));
  await expect(page.getByTestId('record-returned')).toContainText(plain['groups.record.returned'].split(' {')[0]!);
  await expect(other.page.getByTestId('record-text')).toContainText('Kaikki olivat samaa mieltä.');
  await expect(page.getByTestId('step-instruction')).toHaveText(plain['groups.do.returned']);
  await expect(other.page.getByTestId('step-instruction')).toHaveText(plain['groups.do.returned']);
  await expectNoSidewaysScroll(page, 'plain Finnish, record returned');
  await expectAccessible(page, 'plain Finnish small-group phone, record returned');

  // Nothing on the phone is in standard Finnish where a plain string exists.
  const shown = (await page.locator('main').innerText()).replaceAll('\u00AD', '');
  expect(shown).not.toContain(text['groups.record.return']);
  expect(shown).not.toContain('fasilitaattori');
  fac.close();
});
