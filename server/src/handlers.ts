import { registerHandlers } from './engine/registration.js';
import type { CommandHandlers } from './engine/handlerTypes.js';
import { groupHandlers } from './groups/handlers.js';
import { noteHandlers } from './notes/handlers.js';
import { participantHandlers } from './participants/handlers.js';
import { phaseHandlers } from './phases/handlers.js';
import { projectorHandlers } from './projector/handlers.js';
import { sessionHandlers } from './sessions/handlers.js';
import { summaryHandlers } from './summary/handlers.js';
import { themeHandlers } from './themes/handlers.js';
import { thoughtHandlers } from './thoughts/handlers.js';
import { turnHandlers } from './turns/handlers.js';
import { withQueueShown } from './turns/queueShown.js';
import { voteHandlers } from './votes/handlers.js';

/** Every command's handler, one group per domain; the type makes a missing one a compile error. */
const byDomain: CommandHandlers = {
  ...sessionHandlers,
  ...participantHandlers,
  ...phaseHandlers,
  ...projectorHandlers,
  ...noteHandlers,
  ...thoughtHandlers,
  ...themeHandlers,
  ...voteHandlers,
  ...turnHandlers,
  ...summaryHandlers,
  ...groupHandlers,
};

/** The handlers the engine runs. Any command that changes the turn queue also tells the phones its new order. */
export const commandHandlers = registerHandlers(byDomain, (state, events, ctx) =>
  withQueueShown(state, events, ctx.now),
);
