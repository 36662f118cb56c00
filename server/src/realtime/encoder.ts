/**
 * How this server writes socket.io's text packets: as socket.io-parser does, with two shortcuts for what the
 * profile of a long session showed (issue #24: 80 % of the server's busy time went to encoding sync answers,
 * each phone's carrying the same thousands of events).
 *
 * - No search for binary data in every packet (`hasBinary` walks the whole payload): this server never sends
 *   any, so every event and acknowledgement is text.
 * - In an acknowledgement, each event is serialised once and its JSON kept with it (a WeakMap: it goes with
 *   the event), so the next phone's catch-up joins strings instead of serialising the same events again.
 *
 * The bytes on the wire are JSON of the same values; only the order of an answer's keys may differ.
 */

/** socket.io-parser's packet types that carry data. */
const EVENT = 2;
const ACK = 3;

interface Packet {
  type: number;
  nsp: string;
  data?: unknown;
  id?: number;
}

const json = new WeakMap<object, string>();

const isEvent = (x: unknown): x is object =>
  typeof x === 'object' && x !== null && typeof (x as { seq?: unknown }).seq === 'number';

const stringify = (x: unknown): string => JSON.stringify(x) ?? 'null';

/** An event's JSON, made once per event object. */
const eventJson = (e: object): string => {
  let s = json.get(e);
  if (s === undefined) {
    s = stringify(e);
    json.set(e, s);
  }
  return s;
};

const eventsJson = (events: unknown[]): string =>
  `[${events.map((e) => (isEvent(e) ? eventJson(e) : stringify(e))).join(',')}]`;

/** An acknowledgement's JSON: an answer carrying `events` gets them from the cache. */
const ackJson = (value: unknown): string => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return stringify(value);
  const { events, ...rest } = value as { events?: unknown };
  if (!Array.isArray(events)) return stringify(value);
  const head = stringify(rest);
  return `${head.slice(0, -1)}${head === '{}' ? '' : ','}"events":${eventsJson(events)}}`;
};

/** A packet as socket.io-parser's `encodeAsString` writes it (type, namespace, ack id, JSON data). */
export const encodeText = (p: Packet): string => {
  let out = String(p.type);
  if (p.nsp && p.nsp !== '/') out += `${p.nsp},`;
  if (p.id !== undefined && p.id !== null) out += String(p.id);
  if (p.data === undefined || p.data === null) return out;
  const data = p.type === ACK && Array.isArray(p.data) ? `[${p.data.map(ackJson).join(',')}]` : stringify(p.data);
  return out + data;
};

/** Makes a socket.io server's one encoder (shared by its clients and its adapter) write events and acks as above. */
export const useTextEncoder = (io: object): void => {
  const encoder = (io as { encoder: { encode: (p: Packet) => unknown[] } }).encoder;
  const encode = encoder.encode.bind(encoder);
  encoder.encode = (p: Packet) => (p.type === EVENT || p.type === ACK ? [encodeText(p)] : encode(p));
};
