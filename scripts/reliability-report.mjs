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
const redis = read('outage-redis');
const postgres = read('outage-postgres');
const kills = read('kills');
const diskFull = read('diskFull');
const presence = read('presence');
const answers = (a) =>
  Object.entries(a)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
const s = (ms) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

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

## Faults on several nodes: every screen converges to the stored log

Real PostgreSQL and Redis, server nodes as their own processes, ${redis.clients - 2} phones, a facilitator
and a projector connected throughout, each a client that speaks the protocol as \`client/src/net\` does
(server/test/liveClient.ts). Phones keep sending thoughts (typed: kept through an outage) and asking for and
cancelling turns (clicks). Afterwards every client is compared with a full sync of the same identity.
Redis is a \`redis-server\` of the test's own; PostgreSQL is reached through a TCP proxy the test cuts, so
the machine's shared services are never stopped.

| fault | what a user sees during it | screens converged | figures |
| --- | --- | --- | --- |
| Redis killed for ${s(redis.outageMs)} (server/test/scaleout.outages.test.ts) | nothing is lost or refused; consoles and phones say "Updates may arrive a few seconds late"; the other node's updates come by reading the database (every 1 s) | phase change pressed during the outage on every screen ${s(redis.phaseOnEveryScreenAfterAckMs)} after its ack; every screen at the stored log when checked after the last answer (+${s(redis.convergedAfterLastWriteMs)}) | ${redis.commands} commands: ${answers(redis.answers)}; readiness ${redis.readinessDuringOutage.join('/')} during, ${redis.readinessAfter.join('/')} after; nodes running ${redis.nodesRunning}/2 |
| PostgreSQL cut for ${s(postgres.outageMs)} (same test) | consoles and phones say "Connection to the server's storage lost. Your input is kept…"; clicks are refused \`STORAGE_UNAVAILABLE\` with a notice; typed thoughts wait and are saved when it is back | phase pressed again after it, on every screen ${s(postgres.phaseOnEveryScreenAfterAckMs)} after its ack; every screen at the stored log when checked after the last answer (+${s(postgres.convergedAfterLastWriteMs)}) | ${postgres.commands} commands: ${answers(postgres.answers)}; ${postgres.heldThenCompleted} typed commands held and then saved once; facilitator's clicks during it: ${postgres.clicksDuringOutage.join(', ')}; readiness ${postgres.readinessDuringOutage.join('/')} during, ${postgres.readinessAfter.join('/')} after; nodes running ${postgres.nodesRunning}/2 |
| \`kill -9\` of a node while ${kills.phones} phones send, ${kills.kills} times (server/test/scaleout.kills.test.ts) | phones on the dead node show "Reconnecting…" for a moment and continue on another node; nothing else | what the dead node stored (and may not have sent) on the console and projector of the other node within ${s(kills.consoleCaughtUpAfterKillMaxMs)} of the kill (worst of ${kills.kills}); every screen at the stored log when checked after the last answer (+${s(kills.convergedAfterLastWriteMs)}) | ${kills.events} events, ${kills.commands} commands: ${answers(kills.answers)}; ${kills.phonesOnKilledNode} phones on each killed node; ${kills.reconnects} reconnects |
| SQLite's disk full (${diskFull.disk}, server/test/diskFull.test.ts) | consoles and phones say "The server's disk is full…"; a click is refused \`${diskFull.clickDuringFull}\` with a notice; typed thoughts wait | typed thoughts saved ${s(diskFull.typedSavedAfterRoomMs)} after room was made | readiness ${diskFull.readyzDuringFull} during; \`/api/health\` ${diskFull.healthDuringFull}; ${diskFull.screensTold} screens told; ${diskFull.heldThenCompleted} held then saved once |
| a node dies: its phones in the console's presence (server/test/scaleout.presence.test.ts) | its phones show online until dropped | dropped after ${s(presence.droppedAfterMs)} (promised: within ${s(presence.promisedMs)}) | ${presence.phonesOnDeadNode} phones on the dead node |

In every row: events never shown **${redis.neverShown + postgres.neverShown + kills.neverShown + (diskFull.neverShown ?? 0)}**,
out of order left unapplied **${redis.lateLeft + postgres.lateLeft + kills.lateLeft + (diskFull.lateLeft ?? 0)}**,
clients whose state differs from a full sync **${redis.differing + postgres.differing + kills.differing + (diskFull.differing ?? 0)}**,
acknowledged but lost **${redis.ackedLost + postgres.ackedLost + kills.ackedLost + (diskFull.ackedLost ?? 0)}**,
stored twice **${redis.doubled + postgres.doubled + kills.doubled + (diskFull.doubled ?? 0)}**, gaps in sequence numbers
**${redis.gaps + postgres.gaps + kills.gaps}**. Every command was answered for good: ok, or refused with a code
the interface has words for. How the screens converge is described in docs/ARCHITECTURE.md ("Convergence").

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
