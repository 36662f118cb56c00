import { expect, test } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, openActor, switchablePhone, text } from './support/actors';

const groups = defaultAquariumSetup('fi').stakeholderGroups;

test('a phone offline for 60 s, reloaded while offline, delivers its thought exactly once', async ({
  browser,
  baseURL,
}) => {
  const created = await createSession(baseURL!);
  const lead = await openActor(browser, created.links.facilitator);
  await lead.page.getByRole('button', { name: text['fac.start'] }).click();

  // The phone reaches the server through a switch: "offline" cuts its websocket while pages still load,
  // as on a venue network that drops the connection to the server.
  const { page: phone, ...network } = await switchablePhone(browser);
  await phone.goto(created.links.join);
  await phone.getByRole('radio', { name: groups[0]!.name }).check();
  await phone.getByRole('button', { name: text['phone.join'] }).click();
  await expect(phone.getByTestId('my-circle')).toBeVisible();
  await expect(phone.getByLabel(text['capture.phone.label'])).toBeVisible();

  await network.offline();
  const wentOffline = Date.now();
  // Markup and formula characters must stay plain text on every screen.
  const thought =
    'Kirjoitettu kun verkko oli poikki: <b>ei lihavoitu</b> **eikä tämä** [linkki](http://evil.example) =SUM(A1)';
  await phone.getByLabel(text['capture.phone.label']).fill(thought);
  await phone.getByRole('button', { name: text['capture.phone.send'] }).click();
  const mine = phone.getByTestId('my-thought').filter({ hasText: thought });
  await expect(mine.getByTestId('thought-status')).toHaveText(text['capture.mine.sending']);

  // Reloaded while still offline: the page cannot reach the session, but the thought still waits in
  // the phone's outbox (localStorage) to be sent.
  await phone.reload();
  const waiting = () =>
    phone.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('aquarium.outbox.'))
        .map((k) => localStorage.getItem(k))
        .join('\n'),
    );
  expect(await waiting()).toContain(thought);
  await expect(lead.page.getByTestId('fac-thought').filter({ hasText: thought })).toHaveCount(0);

  // A whole minute without a connection.
  await phone.waitForTimeout(Math.max(0, 60_000 - (Date.now() - wentOffline)));
  await network.online(); // the silent attempts end; the next one connects
  await expect(mine.getByTestId('thought-status')).toHaveText(text['capture.mine.pending']);
  const arrived = lead.page.getByTestId('fac-thought').filter({ hasText: thought });
  await expect(arrived).toHaveCount(1);
  await expect(arrived.locator('b, strong, a[href*="evil"]')).toHaveCount(0);
  await expect(mine).toHaveCount(1);
  await expect(mine.locator('b, strong, a[href*="evil"]')).toHaveCount(0);
  expect(await waiting()).not.toContain(thought);
  // A console opened afterwards sees it once too.
  const second = await openActor(browser, created.links.facilitator);
  await expect(second.page.getByTestId('fac-thought').filter({ hasText: thought })).toHaveCount(1);
});
