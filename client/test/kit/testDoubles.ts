import type { CommandAck, CommandName } from '@aquarium/shared';
import type { Timers } from '../../src/net/commandQueue';

/** For tests of the command queue: a command as the fake transport saw it, with the ack to answer it. */
export interface Sent {
  name: CommandName;
  payload: { commandId: string };
  ack: (res: CommandAck) => void;
}

/** Timers the test fires by hand: `fire` runs every timer set so far that was not cleared. */
export const manualTimers = (): { timers: Timers; fire: () => void } => {
  let due: { fn: () => void; handle: number }[] = [];
  let handles = 0;
  return {
    timers: {
      set: (fn) => {
        const handle = ++handles;
        due.push({ fn, handle });
        return handle;
      },
      clear: (handle) => {
        due = due.filter((d) => d.handle !== handle);
      },
    },
    fire: () => {
      const now = due;
      due = [];
      now.forEach((d) => d.fn());
    },
  };
};
