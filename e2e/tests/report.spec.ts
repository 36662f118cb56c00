import { mkdir } from 'node:fs/promises';
import { expect, test, type BrowserContext } from '@playwright/test';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession, expectAccessible, fill, joinOnPhone, openActor, openConsoleView, text } from './support/actors';
import { LiveClient } from '@aquarium/testkit';

/** The participant token a phone keeps in local storage after joining. */
const phoneToken = async (context: BrowserContext) => {
  const entries = (await context.storageState()).origins.flatMap((o) => o.localStorage);
  const entry = entries.find((e) => e.name.startsWith('aquarium.participant.'))!;
  return (JSON.parse(entry.value) as { token: string }).token;
};

const groups = defaultAquariumSetup('fi').stakeholderGroups.map((g) => g.name);
const SHOTS = process.env.SHOTS_DIR;

/** A funding mark as an SVG file: a blue field, a ring of yellow dots, and a script that must not survive. */
const MARK_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><script>alert(1)</script>
<rect width="120" height="80" fill="#039"/>${Array.from({ length: 12 }, (_, i) => {
  const a = (i / 12) * 2 * Math.PI;
  return `<circle cx="${60 + 26 * Math.cos(a)}" cy="${40 + 26 * Math.sin(a)}" r="4" fill="#fc0"/>`;
}).join('')}<text x="130" y="48" font-size="16">EU</text></svg>`;

test("the report's form: rich text, footer and funding mark at set-up; published summary fits a phone", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL!;
  const created = await createSession(base, { project: 'OSMO', region: 'Järvi-Pohjanmaa', title: 'OSMO-arviointi' });
  const { page: fac } = await openActor(browser, created.links.facilitator);
  const phone = await joinOnPhone(browser, base, created.joinCode, { name: 'Anna', group: groups[0]! });

  // At set-up: the plan's activities as rich text, the footer, the funding mark and a renamed heading.
  await openConsoleView(fac, text['cockpit.view.background']);
  await expect(fac.getByText(text['report.richHint']).first()).toBeVisible();
  await fac
    .getByLabel(text['summary.activities'], { exact: true })
    .fill(
      '**Tavoite 1: Palvelukuvaukset** → *asiakas löytää palvelun*\n- Työpajat\n  - kevät 2020\n  - syksy 2020\n- Testaus',
    );
  await expect(fac.getByTestId('background-save-state')).toHaveText(new RegExp(text['summary.save.saved']));
  const form = fac.getByTestId('report-form');
  await form.getByLabel(text['report.footer']).fill('OSMO-hanke 2019–2021\nEtelä-Pohjanmaan Järjestöt ry');
  await form.getByTestId('report-mark-alt').fill('Vipuvoimaa EU:lta 2014–2020');
  await form.getByTestId('report-mark-file').setInputFiles({
    name: 'eu.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(MARK_SVG),
  });
  await expect(form.getByTestId('report-mark-status')).toHaveText(
    fill(text['report.markSet'], { alt: 'Vipuvoimaa EU:lta 2014–2020' }),
  );
  await form.getByText(text['report.headings'], { exact: true }).click();
  await form.getByTestId('report-heading-closingView').fill('Hanketyöntekijän näkemys');
  if (SHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await fac.screenshot({ path: `${SHOTS}/setup-report-form-1366.png`, fullPage: true });
  }
  await expectAccessible(fac, 'the background and report form');

  // A short session: a thought that is still waiting for approval when the summary is published.
  await fac.getByRole('button', { name: text['fac.start'] }).click();
  const anna = await LiveClient.connect(base, await phoneToken(phone.context));
  await anna.ok('thought:submit', { thoughtId: 'w1', text: 'Odottava ajatus', questionId: 'q1', showName: false });
  anna.close();
  await fac.getByRole('button', { name: text['fac.end'], exact: true }).click();
  await fac.getByRole('button', { name: text['fac.endConfirm'] }).click();
  await expect(fac.getByTestId('summary-editor')).toBeVisible();
  await fac
    .getByTestId('summary-text-closingView')
    .fill('Hanke tavoitti järjestöt **hyvin**.\nPalvelukuvaukset olivat toivotuin tulos.\nTyö jatkuu palveluna.');
  await expect(fac.getByTestId('summary-save-state')).toHaveText(new RegExp(text['summary.save.saved']));
  const preview = fac.getByTestId('summary-preview');
  await expect(preview.getByRole('heading', { name: 'Hanketyöntekijän näkemys' })).toBeVisible();
  await expect(preview.locator('ul.rich ul.rich li')).toHaveText(['kevät 2020', 'syksy 2020']);
  await expect(preview.locator('strong', { hasText: 'hyvin' })).toBeVisible();
  await expect(preview.getByTestId('preview-footer')).toContainText('Vipuvoimaa EU:lta 2014–2020');

  // The pending thought is not dropped without a word: the facilitator is told first, then publishes anyway.
  await fac.getByTestId('summary-publish').click();
  await expect(fac.getByTestId('summary-pending-warning')).toHaveText(fill(text['report.pending'], { n: 1 }));
  await expect(fac.getByTestId('summary-published')).toHaveText(text['summary.notPublished']);
  await fac.getByRole('button', { name: text['report.publishAnyway'] }).click();
  await expect(fac.getByTestId('summary-published')).toHaveText(fill(text['summary.published'], { n: 1 }));

  // The published web page on a 390 × 844 phone: no sideways scrolling, real lists, the renamed heading.
  const { context, page: web } = await openActor(browser, `${base}/api/summary/${created.joinCode}/v1.html`, 'phone');
  await expect(web.getByRole('heading', { level: 1 })).toHaveText('OSMO-arviointi');
  await expect(web.getByRole('heading', { level: 2, name: 'Hanketyöntekijän näkemys' })).toBeVisible();
  await expect(web.locator('main p', { hasText: 'Työ jatkuu palveluna.' })).toBeVisible();
  await expect(web.locator('ul.rich ul.rich li')).toHaveText(['kevät 2020', 'syksy 2020']);
  await expect(web.locator('footer')).toContainText('OSMO-hanke 2019–2021');
  await expect(web.locator('footer')).toContainText('Vipuvoimaa EU:lta 2014–2020');
  const widths = await web.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  if (SHOTS) {
    await web.screenshot({ path: `${SHOTS}/published-phone-390.png`, fullPage: true });
    await fac.screenshot({ path: `${SHOTS}/summary-editor-1366.png` });
  }
  // The smallest phone too.
  await web.setViewportSize({ width: 320, height: 640 });
  const narrow = await web.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(narrow.page).toBeLessThanOrEqual(narrow.view);
  if (SHOTS) await web.screenshot({ path: `${SHOTS}/published-phone-320.png`, fullPage: true });
  await expectAccessible(web, 'the published summary on a phone');
  await context.close();
});
