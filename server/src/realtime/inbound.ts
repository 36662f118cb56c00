import type { AppSocket } from './types.js';

/** What a socket's message is answered with (an acknowledgement, when the client asked for one). */
export type Ack = (answer: never) => void;

/**
 * One kind of inbound message, for every socket: the connection it came on, its payload and its
 * acknowledgement (not a function when the client asked for none). Handlers are made once per server and
 * looked up by name per message, not registered as listeners on each socket: at 2,000 phones, 76 listener
 * closures per socket held about 20 MB (issue #24).
 */
export type Inbound = (socket: AppSocket, payload: unknown, ack: unknown) => void | Promise<void>;

/** The handlers by message name. */
export type InboundTable = ReadonlyMap<string, Inbound>;
