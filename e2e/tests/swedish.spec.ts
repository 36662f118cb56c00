import { expect, test } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { sv } from '../../client/src/i18n/sv';
import { createSession, expectAccessible, fill, openActor } from './support/actors';

const setup = defaultAquariumSetup('sv');

test('a Swedish session: the phone joins and follows its circle in Swedish, and the console switches to Swedish', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base, { ...setup, title: 'Regional utvärdering' });
  const lead = await openActor(browser, created.links.facilitator);

  // The phone takes the session's language from the join code: the form is Swedish before anyone chooses.
  const saga = await openActor(browser, `${base}/j/${created.joinCode}`, 'phone');
  await expect(saga.page.locator('html')).toHaveAttribute('lang', 'sv');
  await saga.page.getByLabel(sv['phone.nameLabel']).fill('Saga');
  await saga.page.getByRole('radio', { name: setup.stakeholderGroups[0]!.name }).check();
  await saga.page.getByRole('button', { name: sv['phone.join'] }).click();
  await expect(saga.page.getByTestId('my-circle')).toHaveText(sv['phone.unseated']);
  await expectAccessible(saga.page, 'phone in Swedish');

  // The lead switches the console to Swedish, seats Saga in the inner circle and starts.
  await lead.page.getByRole('button', { name: 'SV', exact: true }).click();
  await expect(lead.page.locator('html')).toHaveAttribute('lang', 'sv');
  await lead.page.getByRole('button', { name: fill(sv['fac.moveInner'], { name: 'Saga' }) }).click();
  await expect(saga.page.getByTestId('my-circle')).toHaveText(sv['phone.inner']);
  await lead.page.getByRole('button', { name: sv['fac.start'] }).click();
  await expect(saga.page.getByTestId('circle-activity')).toHaveText(sv['phone.speaks']);
  await expect(saga.page.getByText(setup.questions[0]!.text).first()).toBeVisible();
  await expectAccessible(lead.page, 'console in Swedish');

  // The next phase is the outer circle's: Saga's phone says her circle listens.
  await lead.page.getByRole('button', { name: sv['fac.next'] }).click();
  await expect(saga.page.getByTestId('circle-activity')).toHaveText(sv['phone.listens']);

  // The accessibility statement is in Swedish too.
  await saga.page.getByRole('link', { name: sv['info.footer.accessibility'] }).click();
  await expect(saga.page.getByRole('heading', { level: 1, name: sv['info.a11y.title'] })).toBeVisible();
  await expectAccessible(saga.page, 'accessibility statement in Swedish');
});
