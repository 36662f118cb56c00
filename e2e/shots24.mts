// Screenshots for issue #24: a console, the scribe and the projector opening a session of 600 thoughts and 300 notes
// (their first sync installs a snapshot), and a phone. Not a test; run by hand against a server on port 4013.
import { chromium } from 'playwright-core';
import { io } from 'socket.io-client';

const base = 'http://127.0.0.1:4013';
const post = async (path: string, body: unknown) => {
  const r = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return r.json() as Promise<any>;
};
const { defaultAquariumSetup } = await import('@aquarium/shared');
const created = await post('/api/sessions', { setup: { ...defaultAquariumSetup('fi'), title: 'Pitkä istunto' } });
const tok = (l: string) => l.split('#')[1]!;
const sock = async (token: string) => {
  const s = io(base, { auth: { token, protocolVersion: 2 }, transports: ['websocket'], forceNew: true });
  await new Promise((r) => s.once('connect', r));
  await s.emitWithAck('sync:request', { lastSeq: 0 });
  return s;
};
const send = (s: any, name: string, p: object) => s.emitWithAck(name, { commandId: Math.random().toString(36).slice(2, 12), ...p });
const fac = await sock(tok(created.links.facilitator));
const scribe = await sock(tok(created.links.scribe));
const phones = [];
for (let i = 0; i < 30; i++) {
  const j = await post('/api/join', { code: created.joinCode, stakeholderGroupId: `g${(i % 6) + 1}`, displayName: `Osallistuja ${i}` });
  phones.push({ s: await sock(j.token), token: j.token });
}
await send(fac, 'circles:balance', {});
await send(fac, 'session:start', {});
await send(fac, 'phase:next', { expectedIndex: 0 });
for (let i = 0; i < 600; i++) {
  const r = await send(phones[i % 30]!.s, 'thought:submit', { thoughtId: `t${i}`, text: `Ajatus numero ${i}: palvelu toimii hyvin mutta odotusaika on pitkä`, questionId: 'q1', showName: i % 2 === 0 });
  if (!r.ok && i % 50 === 0) console.log('thought', r.error.code);
}
for (let i = 0; i < 300; i++) await send(scribe, 'note:add', { noteId: `n${i}`, text: `Muistiinpano ${i}`, questionId: 'q1' });
console.log('filled');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const shot = async (url: string, name: string, width: number, height: number) => {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/shots-issue-24/${name}.png` });
  await page.close();
};
await shot(created.links.facilitator.replace(/^https?:\/\/[^/]+/, base), 'facilitator-1366', 1366, 768);
await shot(created.links.scribe.replace(/^https?:\/\/[^/]+/, base), 'scribe-1366', 1366, 768);
await shot(created.links.screen.replace(/^https?:\/\/[^/]+/, base), 'screen-1920', 1920, 1080);
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
await page.goto(`${base}/join/${created.joinCode}`);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/shots-issue-24/phone-join-390.png' });
await browser.close();
process.exit(0);
