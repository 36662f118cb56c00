#!/usr/bin/env node
// Writes docs/RELIABILITY.md from the figures the reliability tests left in .tmp/reliability/.
// Run: node scripts/pnpm.mjs run report:reliability
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const read = (name) => {
  const file = `.tmp/reliability/${name}.json`;
  if (!existsSync(file)) throw new Error(`missing ${file}: run the reliability tests first`);
  return JSON.parse(readFileSync(file, 'utf8'));
};
const kill9 = read('kill9');
const auth = read('authorisation');
const fuzz = read('fuzz');
const flood = read('flood');
const guess = read('joinGuessing');

const doc = `# Reliability and security, measured

Written by \`scripts/reliability-report.mjs\` from the figures of one run of the tests named below, on
${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'},
${Math.round(totalmem() / 2 ** 30)} GiB. Every figure is asserted by its test; this page only reports them.

## Crash: \`kill -9\` of the server mid-session (server/test/crash.test.ts)

The real server runs as its own process on an SQLite file. ${kill9.phones} phones and a scribe send
thoughts and notes; the server is killed with SIGKILL half way through and started again on the same
file while the clients keep sending. Clients keep every unacknowledged command and send it again with
the same command id after reconnecting.

| figure | value |
| --- | --- |
| thoughts sent / stored | ${kill9.thoughtsSent} / ${kill9.thoughtsStored} |
| notes sent / stored | ${kill9.notesSent} / ${kill9.notesStored} |
| acknowledged before the kill | ${kill9.ackedBeforeKill} |
| in flight (sent, not acknowledged) at the kill | ${kill9.inFlightAtKill} |
| sent again after the restart | ${kill9.resentAfterRestart} |
| restart to listening | ${kill9.restartMs} ms |
| acknowledged but lost | **${kill9.lostAcknowledged}** |
| applied twice | **${kill9.duplicates}** |

## Durability

SQLite runs in WAL mode with \`synchronous = FULL\`: every transaction is fsynced before the server
acknowledges the command, so what was acknowledged survives a power cut, not only a process crash
(\`NORMAL\` in WAL mode would survive a crash of the process but may lose the last transactions on power
loss). A command's events and its acknowledgement are written in one transaction, so a retried command
id is answered from the stored acknowledgement and never applied twice.

## Abuse (server/test/abuse.test.ts, server/test/reliability.test.ts)

| test | figure |
| --- | --- |
| authorisation matrix: every event × facilitator, scribe, participant, projector, no token, another session's token | ${auth.cells} cells, **${auth.unexpectedSuccesses} unexpected successes**, ${auth.allowedRefused} allowed calls refused |
| fuzz: malformed or random payloads over every event | ${fuzz.payloads} payloads, answers ${JSON.stringify(fuzz.answers)}; the server stayed up and no state changed |
| socket flood (limit ${flood.limit}) | ${flood.sentAtOnce} commands at once, ${flood.rateLimited} answered RATE_LIMITED |
| message size | socket.io \`maxHttpBufferSize\` 200 kB (default 1 MB): a larger message closes that connection only |
| join-code guessing from one address | ${guess.answeredPerMinute} wrong codes answered per minute, then 429 (${guess.refusedRateLimited} of ${guess.guessesTried} refused); right codes are never counted, so a venue behind one address is not locked out |
| code space | 29⁸ = ${guess.codeSpace.toLocaleString('en')}: with 1,000 sessions open for joining, one address expects a hit once in about ${guess.expectedYearsToHitOneOf1000OpenSessions} years |

Also tested: the websocket handshake refuses an Origin of another site; pages carry a strict CSP
(\`script-src 'self'\`, no inline script) and the other helmet headers; no page requests a third party
(e2e); tokens are stored as SHA-256 only and links can be replaced (the old one stops at once); logs at
trace level contain no thought or note text, names, tokens or join codes; text with HTML, Markdown or
formula characters stays literal in the web page, Markdown, DOCX and PDF.

## Privacy

Each session is deleted automatically a number of days after it ends (default 30, \`RETENTION_DAYS\`;
a facilitator can set 1–365 for the session), and a facilitator can delete everything at once. Deletion
uses \`secure_delete\` and a WAL checkpoint: server/test/retention.test.ts searches the SQLite file's bytes
and finds none of the deleted thought's text, the participant's name, the title or the join code.
`;
writeFileSync('docs/RELIABILITY.md', doc);
console.log('wrote docs/RELIABILITY.md');
