import { expect, type Locator, type Page } from '@playwright/test';
import { joinSession, LiveClient } from '@aquarium/testkit';

export const consoleViewport = { width: 1366, height: 768 };

/** Whole inside the viewport, by its bounding box, and not hidden by a scrolled column (IntersectionObserver). */
export const expectInView = async (locator: Locator, what: string) => {
  const page = locator.page();
  const size = page.viewportSize()!;
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(size.height);
  expect(box!.x + box!.width, `${what}: right`).toBeLessThanOrEqual(size.width);
  await expect(locator, `${what}: not scrolled out of its column`).toBeInViewport({ ratio: 1 });
};

/** Presses Tab until `target` has focus: proves it is reachable by keyboard alone. */
export const tabTo = async (page: Page, target: Locator, max = 250) => {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
};

/** What has focus, as text, for failure messages and checks. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body ? `${el.tagName}:${(el.textContent ?? '').trim().slice(0, 60)}` : 'BODY';
  });

/** The text of the thought card that holds the focus ('' when focus is elsewhere). */
export const focusedCard = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid="fac-thought"]')?.textContent ?? '');

/** Phones as real socket.io clients (the kit's `TestClient`): join over HTTP, connect with their token. */
export const joinSocketPhones = async (
  base: string,
  joinCode: string,
  stakeholderGroupIds: string[],
  n: number,
  named = true,
) => {
  const phones: (LiveClient & { participantId: string })[] = [];
  for (let i = 0; i < n; i++) {
    const group = stakeholderGroupIds[i % stakeholderGroupIds.length]!;
    const joined = await joinSession(base, joinCode, group, named && i % 4 !== 0 ? `Osallistuja ${i + 1}` : undefined);
    phones.push(Object.assign(await LiveClient.connect(base, joined.token), { participantId: joined.participantId }));
  }
  return phones;
};

/** Joins people over HTTP only (no connection kept): a room of 200 that joined. */
export const joinOverHttp = async (base: string, joinCode: string, stakeholderGroupIds: string[], n: number) => {
  for (let i = 0; i < n; i++)
    await joinSession(base, joinCode, stakeholderGroupIds[i % stakeholderGroupIds.length]!, `Henkilö ${i + 1}`);
};

/**
 * Every visible piece of text and every image on the projector lies inside the window and inside the box of every
 * ancestor that clips: nothing is cut off at the bottom (or the right), and the page does not scroll.
 */
export const clippedOnScreen = (page: Page) =>
  page.evaluate(() => {
    const bad: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    if (document.documentElement.scrollHeight > H + 1)
      bad.push(`page scrolls: ${document.documentElement.scrollHeight}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
      if (el.closest('[aria-hidden="true"]') || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const hasText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim(),
      );
      if (!hasText && el.tagName !== 'IMG' && el.tagName !== 'PROGRESS') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const label = `${el.tagName}.${el.className}: "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (r.bottom > H + 1 || r.right > W + 1) bad.push(`${label} outside the window (${Math.round(r.bottom)})`);
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowY === 'visible' && s.overflowX === 'visible') continue;
        const ar = a.getBoundingClientRect();
        if (r.bottom > ar.bottom + 1) bad.push(`${label} cut off by ${a.className}`);
        break;
      }
    }
    return bad;
  });
