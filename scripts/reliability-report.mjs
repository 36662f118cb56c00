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
const ids = read('prototypeIds');
const gone = read('deleteGone');
const joinCap = read('joinCap');
const conns = read('connectionCaps');
const text = read('text');
/** Figures of a test that needs services (PostgreSQL, Redis) or of a benchmark: absent when not run. */
const maybe = (name) => (existsSync(`.tmp/reliability/${name}.json`) ? read(name) : null);
const proxy = maybe('proxy');
const downloads = maybe('downloads');
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
(testkit/src/liveClient.ts). Phones keep sending thoughts (typed: kept through an outage) and asking for and
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
| fuzz: malformed or random payloads over every event, and misspelt command names | ${fuzz.payloads} payloads, answers ${JSON.stringify(fuzz.answers)}; the server stayed up, no state changed, nothing logged as an error |
| socket flood (limit ${flood.limit}) | ${flood.sentAtOnce} commands at once, ${flood.rateLimited} answered RATE_LIMITED |
| message size | socket.io \`maxHttpBufferSize\` 200 kB (default 1 MB): a larger message closes that connection only |
| join-code guessing from one address | ${guess.answeredPerMinute} wrong codes answered per minute, then 429 (${guess.refusedRateLimited} of ${guess.guessesTried} refused); right codes are never counted, and a phone that joined is never refused for its own session (see below and the README for what a guesser behind the same NAT can do) |
| code space | 29⁸ = ${guess.codeSpace.toLocaleString('en')}: with 1,000 sessions open for joining, one address expects a hit once in about ${guess.expectedYearsToHitOneOf1000OpenSessions} years |

Also tested: the websocket handshake refuses an Origin of another site; pages carry a strict CSP
(\`script-src 'self'\`, no inline script) and the other helmet headers; no page requests a third party
(e2e); tokens are stored as SHA-256 only and links can be replaced (the old one stops at once); logs at
trace level contain no thought or note text, names, tokens or join codes; text with HTML, Markdown or
formula characters stays literal in the web page, Markdown, DOCX and PDF.

## Public deployment (issue #16)

### Joining cannot be denied by someone else (server/test/abuse-proxy.test.ts)

Client addresses are the real ones behind a proxy: \`TRUST_PROXY\` (validated: addresses, subnets,
presets or a hop count; \`true\` refused) and the README's nginx files (\`deploy/nginx/\`), which
forward the address the proxy saw. The wrong-code, join and download limits are counted with
\`rate-limiter-flexible\`, in Redis when \`REDIS_URL\` is set (every node shares them), in memory
otherwise; an IPv6 client is counted by its /64. A phone that joined holds a participant pass (an
HttpOnly, same-site cookie) and is never refused by the wrong-code limit for its own session.
${
  proxy
    ? `Two real nodes (PostgreSQL, Redis, \`TRUST_PROXY=127.0.0.1\`) behind our own nginx process running
\`deploy/nginx/aquarium.conf\`, requests from 127.0.0.2 and 127.0.0.3: after ${proxy.wrongCodesAllowed} wrong codes spread
over both nodes, the guesser was refused ${proxy.guesserRefusedOnBothNodes} times out of ${proxy.guesserRefusedOnBothNodes} on both nodes (a forged
\`X-Forwarded-For\` changed nothing); a phone from another address joined ${proxy.otherAddressJoined} times through the same proxy;
a phone that had joined from the guesser's own address was ${proxy.joinedPhoneBesideGuesser}, and its pass opened no other code.`
    : 'Not run here (needs TEST_DATABASE_URL and TEST_REDIS_URL).'
}

### Downloads cannot stall the room (bench:downloads)

A published version's files are rendered once per node, version and format and kept (ETag;
\`private, max-age=31536000, immutable\` for Markdown, DOCX and PDF; the web page is revalidated as it
gains a "newer version" notice). Concurrent requests for a file not yet rendered wait for the same
render. Rendering runs in a piscina pool of \`RENDER_WORKERS\` threads (default 2, at most 200 waiting,
then \`503\`), at CPU priority nice 19, and downloads are limited per address (\`DOWNLOADS_PER_MINUTE\`).
${
  downloads
    ? `Benchmark (not a test): ${downloads.downloaders} concurrent downloads of the PDF of a ${downloads.thoughts.toLocaleString('en')}-thought
summary, while ${downloads.phones} phones are live in another session on the same node; each of the rounds asks for a
version not yet rendered, and the facilitator keeps changing phases until the last download is done.

| condition | phase changes | phase change → last phone p50 / p95 | \`/api/health\` p50 / p95 / max |
| --- | --- | --- | --- |
| no downloads | ${downloads.quiet.phaseChanges} | ${downloads.quiet.lastPhoneP50} / ${downloads.quiet.lastPhoneP95} ms | ${downloads.quiet.healthP50} / ${downloads.quiet.healthP95} / ${downloads.quiet.healthMax} ms |
| ${downloads.downloaders} concurrent PDF downloads | ${downloads.busy.phaseChanges} | ${downloads.busy.lastPhoneP50} / ${downloads.busy.lastPhoneP95} ms | ${downloads.busy.healthP50} / ${downloads.busy.healthP95} / ${downloads.busy.healthMax} ms |

${downloads.pdfsDownloaded} PDFs served (${downloads.failed} failed); the last of a round's downloads finished after
${(downloads.allPdfsMs ?? []).join(', ')} ms. The machine was shared with other test runs (load
average ${downloads.loadAverage ?? '?'} on ${downloads.cores ?? '?'} cores), so the figures are noisy; at nice 19 a render gets
only the CPU the room leaves, and the first PDF of a fresh version arrived after ${downloads.firstPdfMs.join(', ')} ms
(an idle machine renders it in well under a second, \`bench:summary\`). p95 with / without downloads: phase change → last phone
${downloads.lastPhoneRatio}×, \`/api/health\` ${downloads.healthRatio}× (target ≤ 2×).`
    : 'Run `node scripts/pnpm.mjs run bench:downloads` for the figures.'
}

### Every id is data, never a property name (server/test/abuse-ids.test.ts)

Ids (\`ItemId\`, summary order scopes, the keys of a dot allocation) refuse every \`Object.prototype\`
member name in the shared schema. Each of the ${ids.names} names was sent as every id field of every command,
in a session of each method: ${ids.sent} messages, answers ${JSON.stringify(ids.answers)}: **${ids.accepted} accepted,
${ids.internal} INTERNAL**.

### Every refusal has a code (server/test/abuse-ids.test.ts, abuse.test.ts)

Unknown ids answer \`NOT_FOUND\` (groups, votes, notes, themes, thoughts, participants); a command name
no handler knows is answered \`UNKNOWN_COMMAND\` by a catch-all; the fuzz test above includes misspelt
names and asserts that nothing reached the log as an error.

### Delete means gone (server/test/abuse-delete.test.ts)

Deleting a session (now, or when its retention runs out) deletes its rows with \`secure_delete\`,
then runs \`VACUUM\` and a \`wal_checkpoint(TRUNCATE)\`. \`secure_delete\` alone was not enough:
copies that B-tree balancing made of a row while other sessions wrote stay in pages' unused space
(found in 3 of 20 rounds before the change). ${gone.rounds} rounds, a unique marker in every kind of text (title,
project, region, place, question, stakeholder group, phase name and instructions, theme, development theme, name,
thought, note, theme and closing texts, background, small group, solo thought, point, record), the join code
and the session id, with another session writing ${gone.otherSessionWrites} notes meanwhile: ${gone.markersChecked} markers searched in
the file, its WAL and the WAL index, **${gone.leftovers} found**. Cost: VACUUM rewrites the file; the slowest
delete-now here took ${gone.deleteNowMaxMs} ms on a ${gone.fileKb} kB file, and a 48 MB file took 0.58 s (the node's
event loop waits that long). A deleted session's rendered summary files leave the memory cache at once.

**PostgreSQL.** \`DELETE\` leaves the rows as dead tuples in the table files until \`VACUUM\` reclaims
them (autovacuum does so eventually, and even then the bytes stay in free space until overwritten), and
the write-ahead log and any base backups or WAL archives keep them until they are recycled. An operator
who promises deletion runs \`VACUUM (FULL) events, commands, tokens, sessions\` after a delete-now
(or nightly), keeps WAL archives and backups no longer than the retention period, and uses encrypted
storage so recycled disk blocks hold nothing readable.

### Caps (server/test/abuse-caps.test.ts)

| cap | figure |
| --- | --- |
| participants per session (\`MAX_PARTICIPANTS\`, default 2,000) | the next join is answered \`409 SESSION_FULL\` |
| joins per address per minute (\`JOINS_PER_MINUTE\`, default ${joinCap.perAddressPerMinute}) | a venue of ${joinCap.venueJoined} behind one address all joined; a script going on to ${joinCap.scriptTried} got ${joinCap.admitted} in, ${joinCap.refused} refused |
| websockets per token (\`CONNECTIONS_PER_TOKEN\`, default ${conns.perToken}) | ${conns.triedWithOneToken} at once with one token: ${conns.acceptedWithOneToken} open, the rest refused \`RATE_LIMITED\`; closing one frees its place |
| websockets per address (\`CONNECTIONS_PER_ADDRESS\`, default 2,200; ${conns.perAddress} in the test) | ${conns.acceptedFromOneAddress} open from one address, whatever tokens it held |

### Text is normalised at the boundary (server/test/abuse-text.test.ts)

Every user text field of the shared schema is normalised before it is trimmed and measured
(\`shared/src/text.ts\`): NFC; bidi embeddings, overrides, isolates and marks and the BOM removed (a
right-to-left override no longer turns \`gnp.exe\` into \`exe.png\`); C0 and C1 control characters removed
(an ESC sequence loses its ESC); at most 4 combining marks on a character; line breaks kept only in
multi-line fields. Summary files normalise the document again when rendering, so older data never
reaches a file raw. Long words wrap: \`overflow-wrap: anywhere\` on every screen and in the web
summary; in the PDF a ${text.wordLength}-letter word is broken over lines (longest line ${text.longestPdfLine} characters);
Word and LibreOffice break such a word themselves in the DOCX.

## Privacy

Each session is deleted automatically a number of days after it ends (default 30, \`RETENTION_DAYS\`;
a facilitator can set 1–365 for the session), and a facilitator can delete everything at once. Deletion
uses \`secure_delete\`, \`VACUUM\` and a WAL checkpoint (above): server/test/retention.test.ts and
server/test/abuse-delete.test.ts search the SQLite file's bytes and find none of the deleted text.
`;
writeFileSync('docs/RELIABILITY.md', doc);
console.log('wrote docs/RELIABILITY.md');
