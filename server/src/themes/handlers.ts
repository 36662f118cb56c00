import { ErrorCode, newEvent, type AppError, type NewEvent, type SessionState, type Theme } from '@aquarium/shared';
import { checkTheme } from '../notes/handlers.js';
import type { HandlerGroup } from '../engine/handlerTypes.js';
import { republish } from '../thoughts/handlers.js';

const findTheme = (s: SessionState, id: string): Theme | AppError =>
  s.themes[id] ?? { code: ErrorCode.NotFound, message: 'no such theme' };
const isTheme = (t: Theme | AppError): t is Theme => 'id' in t;

type ThemeCommands = 'theme:create' | 'theme:rename' | 'theme:merge' | 'theme:delete' | 'item:theme';

/** Themes under each question, and putting notes and thoughts under them. */
export const themeHandlers: HandlerGroup<ThemeCommands> = {
  'theme:create': (s, { themeId, questionId, name }, { now }) => {
    if (s.themes[themeId]) return { code: ErrorCode.InvalidState, message: 'a theme with this id exists' };
    if (!s.setup.questions.some((q) => q.id === questionId)) {
      return { code: ErrorCode.NotFound, message: 'no such question' };
    }
    return [newEvent('theme.created', { theme: { id: themeId, questionId, name, createdAt: now } })];
  },
  'theme:rename': (s, { themeId, name }) => {
    const theme = findTheme(s, themeId);
    if (!isTheme(theme)) return theme;
    return theme.name === name ? [] : [newEvent('theme.renamed', { themeId, name })];
  },
  'theme:merge': (s, { sourceId, targetId }) => {
    const source = findTheme(s, sourceId);
    const target = findTheme(s, targetId);
    if (!isTheme(source)) return source;
    if (!isTheme(target)) return target;
    if (sourceId === targetId) return { code: ErrorCode.InvalidState, message: 'a theme cannot merge into itself' };
    if (source.questionId !== target.questionId) {
      return { code: ErrorCode.InvalidState, message: 'only themes of the same question can merge' };
    }
    return [newEvent('theme.merged', { sourceId, targetId })];
  },
  'theme:delete': (s, { themeId }) => {
    const theme = findTheme(s, themeId);
    if (!isTheme(theme)) return theme;
    return [newEvent('theme.deleted', { themeId })];
  },
  'item:theme': (s, { kind, itemId, themeId }) => {
    if (kind === 'note') {
      const note = s.notes[itemId];
      if (!note || note.deleted) return { code: ErrorCode.NotFound, message: 'no such note' };
      const err = checkTheme(s, themeId, note.questionId);
      if (err) return err;
      return note.themeId === themeId ? [] : [newEvent('note.themed', { noteId: itemId, themeId })];
    }
    const thought = s.thoughts[itemId];
    if (!thought || thought.status === 'withdrawn') return { code: ErrorCode.NotFound, message: 'no such thought' };
    const err = checkTheme(s, themeId, thought.questionId);
    if (err) return err;
    if (thought.themeId === themeId) return [];
    const events: NewEvent[] = [
      newEvent('thought.themed', { thoughtId: itemId, participantId: thought.participantId, themeId }),
    ];
    if (thought.status === 'approved') events.push(republish(thought, { themeId }));
    return events;
  },
};
