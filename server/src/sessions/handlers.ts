import { ErrorCode, newEvent } from '@aquarium/shared';
import { endCurrentTurn } from '../turns/handlers.js';
import type { HandlerGroup } from '../engine/handlerTypes.js';

/** Session-level commands: setup edits, joining, ending. */
type SessionCommands =
  'session:updateSetup' | 'joining:set' | 'session:end' | 'settings:update' | 'session:setRetention';

export const sessionHandlers: HandlerGroup<SessionCommands> = {
  'session:updateSetup': (state, { setup }) => {
    if (state.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    if (setup.method !== state.setup.method) {
      return { code: ErrorCode.InvalidState, message: 'the method cannot change after creation' };
    }
    const current = state.currentPhase === null ? null : state.setup.phases[state.currentPhase];
    if (current && !setup.phases.some((p) => p.id === current.id)) {
      return { code: ErrorCode.InvalidState, message: 'the phase that is running cannot be removed' };
    }
    const missingGroup = Object.values(state.participants).some(
      (p) => !setup.stakeholderGroups.some((g) => g.id === p.stakeholderGroupId),
    );
    if (missingGroup) {
      return { code: ErrorCode.InvalidState, message: 'a stakeholder group with participants cannot be removed' };
    }
    return [newEvent('session.setupUpdated', { setup })];
  },
  'joining:set': (state, { open }) => {
    if (state.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    return state.joiningOpen === open ? [] : [newEvent('joining.set', { open })];
  },
  'settings:update': (state, { commandId: _id, ...change }) => {
    const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const settings = { ...state.settings, ...given };
    const same = Object.entries(settings).every(([k, v]) => state.settings[k as keyof typeof settings] === v);
    return same ? [] : [newEvent('settings.updated', { settings })];
  },
  'session:setRetention': (state, { days }) =>
    state.retentionDays === days ? [] : [newEvent('session.retentionSet', { days })],
  'session:end': (state) => {
    if (state.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has already ended' };
    return [...endCurrentTurn(state), newEvent('session.ended', {})];
  },
};
