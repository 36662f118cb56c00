/**
 * The bare socket.io relay the load benchmark compares the product with: the same HTTP calls, the same
 * socket handshake and commands, the same fan-out (a thought to the staff and its author, a phase
 * change to everyone), but no state, no validation and no storage. What socket.io itself costs on this
 * machine, with the product's socket.io settings; `bench:load` runs it with the product's Node flags. Plain
 * JavaScript syntax only, so Node runs it without TypeScript tooling:
 *   node bench/load/relay.ts <port>
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.argv[2]);
let ids = 0;
let seq = 0;
const tokens = new Map<string, { role: string; participantId: string | null }>();
const newToken = (role: string, participantId: string | null = null) => {
  const token = `tok${++ids}x${Math.random().toString(36).slice(2)}`;
  tokens.set(token, { role, participantId });
  return token;
};

const http = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const reply = (value: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.url === '/api/health') return reply({ ok: true });
    if (req.method === 'POST' && req.url === '/api/sessions') {
      JSON.parse(body);
      const link = (role: string) => `http://x/${role}#${newToken(role)}`;
      return reply({
        sessionId: 's1',
        joinCode: 'ABCDEF',
        links: { facilitator: link('facilitator'), scribe: link('scribe'), screen: link('screen'), join: '' },
      });
    }
    if (req.method === 'POST' && req.url === '/api/join') {
      JSON.parse(body);
      const participantId = `p${++ids}`;
      return reply({ token: newToken('participant', participantId), participantId, sessionId: 's1' });
    }
    res.writeHead(404).end();
  });
});

// socket.io set up as the product sets it up (server/src/realtime/socket.ts): a ping every 2.5 s, so a dropped
// phone is noticed within 5 s, costs the relay what it costs the product.
const io = new Server(http, {
  transports: ['websocket'],
  serveClient: false,
  maxHttpBufferSize: 200_000,
  pingInterval: 2_500,
  pingTimeout: 2_500,
});
io.use((socket, next) => {
  const grant = tokens.get(String(socket.handshake.auth.token));
  if (!grant) return next(new Error('unknown token'));
  socket.data = grant;
  return next();
});
io.on('connection', (socket) => {
  const { role, participantId } = socket.data as { role: string; participantId: string | null };
  void socket.join(role === 'facilitator' || role === 'scribe' ? ['staff', 'all'] : ['all']);
  const event = (type: string, data: unknown) => [{ type, seq: ++seq, at: Date.now(), data }];
  socket.on('sync:request', (_payload: unknown, ack: (res: unknown) => void) =>
    ack({ ok: true, sessionId: 's1', role, participantId, events: [], serverNow: Date.now(), head: seq }),
  );
  socket.onAny((name: string, payload: { thoughtId?: string; expectedIndex?: number }, ack?: unknown) => {
    if (name === 'sync:request' || typeof ack !== 'function') return;
    ack({ ok: true });
    if (name === 'thought:submit') {
      const thought = { id: payload.thoughtId, participantId };
      const events = event('thought.submitted', { thought });
      io.to('staff').emit('session:events', events);
      socket.emit('session:events', events);
    } else if (name === 'session:start') {
      io.to('all').emit('session:events', event('phase.entered', { index: 0 }));
    } else if (name === 'phase:next' || name === 'phase:previous') {
      const index = (payload.expectedIndex ?? 0) + (name === 'phase:next' ? 1 : -1);
      io.to('all').emit('session:events', event('phase.entered', { index }));
    }
  });
});
http.listen(port, '127.0.0.1');
// A clean exit on SIGTERM, so `--cpu-prof` writes its profile.
process.on('SIGTERM', () => process.exit(0));
