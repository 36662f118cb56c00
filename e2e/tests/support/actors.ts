import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';
import { fi } from '../../../client/src/i18n/fi';

/** The Finnish catalog: the default UI language, so scenarios see what a Finnish user sees. */
export const text = fi;

/**
 * A catalog string as an accessible name is matched: without its soft hyphens (long participant words carry them,
 * client/src/i18n/softHyphen.ts). Playwright leaves them out of names, so a regular expression must too.
 */
export const asName = (s: string) => s.replaceAll('\u00AD', '');
/** Fills `{name}` placeholders of a catalog string. */
export const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

export const phoneViewport = { width: 390, height: 844 };
export const laptopViewport = { width: 1280, height: 800 };
export const projectorViewport = { width: 1920, height: 1080 };

/** Every actor gets a browser context of its own, as on separate devices. */
export const openActor = async (
  browser: Browser,
  url: string,
  kind: 'phone' | 'laptop' | 'projector' = 'laptop',
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    viewport: kind === 'phone' ? phoneViewport : kind === 'projector' ? projectorViewport : laptopViewport,
    isMobile: kind === 'phone',
    hasTouch: kind === 'phone',
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
};

/**
 * A phone that reaches the server through a switch: `offline()` cuts its websocket while pages still load (as on a
 * venue network that drops the connection to the server) and keeps new attempts silent; `online()` lets the next
 * attempt through.
 */
export const switchablePhone = async (browser: Browser) => {
  const context = await browser.newContext({ viewport: phoneViewport, isMobile: true, hasTouch: true });
  let connected = true;
  const sockets: WebSocketRoute[] = [];
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    sockets.push(ws);
    if (connected) ws.connectToServer();
  });
  const turn = async (on: boolean) => {
    connected = on;
    for (const ws of sockets.splice(0)) await ws.close(); // offline: cut; online: the silent attempts end
  };
  return { context, page: await context.newPage(), offline: () => turn(false), online: () => turn(true) };
};

/** Creates a session straight through the API (the create form has its own scenario); the kit's one way. */
export { createSession } from '@aquarium/testkit';

/**
 * A phone joins through the UI: code page, optional name, stakeholder group, and in a small-group session with
 * themes optionally a theme. Done once the phone shows its circle (aquarium) or its group (small groups; until
 * the lead forms the groups it says so in the same place).
 */
export const joinOnPhone = async (
  browser: Browser,
  baseURL: string,
  joinCode: string,
  who: { name?: string; group: string; developmentTheme?: string },
) => {
  const actor = await openActor(browser, `${baseURL}/j/${joinCode}`, 'phone');
  const { page } = actor;
  if (who.name) await page.getByLabel(text['phone.nameLabel']).fill(who.name);
  await page.getByRole('radio', { name: who.group }).check();
  if (who.developmentTheme) await page.getByRole('radio', { name: who.developmentTheme }).check();
  await page.getByRole('button', { name: text['phone.join'] }).click();
  await expect(page.getByTestId('my-circle').or(page.getByTestId('my-group'))).toBeVisible();
  return actor;
};

/** axe finds no serious or critical WCAG 2.1 AA violation on the page as it is now. */
export const expectAccessible = async (page: Page, what: string) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe on ${what}`,
  ).toEqual([]);
};

/** Records every request a page makes, to prove none leaves for a third party. */
export const recordForeignRequests = (context: BrowserContext, baseURL: string): string[] => {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
};

/** Opens one of the facilitator console's views by its tab (the label, without the shortcut letter). */
export const openConsoleView = (page: Page, label: string) =>
  page.getByRole('navigation', { name: text['fac.nav'] }).getByRole('button', { name: label, exact: true }).click();
