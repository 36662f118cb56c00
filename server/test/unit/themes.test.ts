import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { expected, phone, scribe, Story, type Case } from '../kit/decide.js';

const submit = (thoughtId: string, questionId = 'q1') => ({ thoughtId, text: 'Ajatus', questionId, showName: false });

/** Themes th1, th2 under q1 and th3 under q2; a note n1 (q1), an approved thought t1 and a pending t2 (q1). */
const themed = () =>
  Story.aquarium()
    .join('p1')
    .run('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Yksi' })
    .run('theme:create', { themeId: 'th2', questionId: 'q1', name: 'Kaksi' })
    .run('theme:create', { themeId: 'th3', questionId: 'q2', name: 'Kolme' })
    .run('note:add', { noteId: 'n1', text: 'Muistiinpano', questionId: 'q1' }, scribe)
    .run('thought:submit', submit('t1'), phone('p1'))
    .run('thought:submit', submit('t2'), phone('p1'))
    .run('thought:moderate', { thoughtId: 't1', status: 'approved' });

const cases: Case[] = [
  {
    name: 'a theme is created under a question',
    given: themed,
    command: 'theme:create',
    payload: { themeId: 'th4', questionId: 'q3', name: 'Uusi' },
    by: scribe,
    events: ['theme.created'],
  },
  {
    name: 'an id already used is refused',
    given: themed,
    command: 'theme:create',
    payload: { themeId: 'th1', questionId: 'q1', name: 'Uusi' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown question is refused',
    given: themed,
    command: 'theme:create',
    payload: { themeId: 'th4', questionId: 'q9', name: 'Uusi' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a participant cannot create themes',
    given: themed,
    command: 'theme:create',
    payload: { themeId: 'th4', questionId: 'q1', name: 'Uusi' },
    by: phone('p1'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'renaming',
    given: themed,
    command: 'theme:rename',
    payload: { themeId: 'th1', name: 'Toinen nimi' },
    events: ['theme.renamed'],
  },
  {
    name: 'the same name again changes nothing',
    given: themed,
    command: 'theme:rename',
    payload: { themeId: 'th1', name: 'Yksi' },
    events: [],
  },
  {
    name: 'renaming an unknown theme is refused',
    given: themed,
    command: 'theme:rename',
    payload: { themeId: 'th9', name: 'X' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'two themes of a question merge',
    given: themed,
    command: 'theme:merge',
    payload: { sourceId: 'th1', targetId: 'th2' },
    events: ['theme.merged'],
  },
  {
    name: 'a theme cannot merge into itself',
    given: themed,
    command: 'theme:merge',
    payload: { sourceId: 'th1', targetId: 'th1' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'themes of two questions cannot merge',
    given: themed,
    command: 'theme:merge',
    payload: { sourceId: 'th1', targetId: 'th3' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'merging an unknown source is refused',
    given: themed,
    command: 'theme:merge',
    payload: { sourceId: 'th9', targetId: 'th1' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'merging into an unknown target is refused',
    given: themed,
    command: 'theme:merge',
    payload: { sourceId: 'th1', targetId: 'th9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a theme is deleted',
    given: themed,
    command: 'theme:delete',
    payload: { themeId: 'th3' },
    events: ['theme.deleted'],
  },
  {
    name: 'deleting an unknown theme is refused',
    given: themed,
    command: 'theme:delete',
    payload: { themeId: 'th9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a note goes under a theme',
    given: themed,
    command: 'item:theme',
    payload: { kind: 'note', itemId: 'n1', themeId: 'th1' },
    by: scribe,
    events: ['note.themed'],
  },
  {
    name: 'a note already there changes nothing',
    given: () => themed().run('item:theme', { kind: 'note', itemId: 'n1', themeId: 'th1' }),
    command: 'item:theme',
    payload: { kind: 'note', itemId: 'n1', themeId: 'th1' },
    events: [],
  },
  {
    name: "a note cannot go under another question's theme",
    given: themed,
    command: 'item:theme',
    payload: { kind: 'note', itemId: 'n1', themeId: 'th3' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown note is refused',
    given: themed,
    command: 'item:theme',
    payload: { kind: 'note', itemId: 'n9', themeId: 'th1' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'an approved thought under a theme is republished',
    given: themed,
    command: 'item:theme',
    payload: { kind: 'thought', itemId: 't1', themeId: 'th1' },
    events: ['thought.themed', 'thought.published'],
  },
  {
    name: 'a pending thought under a theme stays private',
    given: themed,
    command: 'item:theme',
    payload: { kind: 'thought', itemId: 't2', themeId: 'th1' },
    events: ['thought.themed'],
  },
  {
    name: 'a thought leaves its theme',
    given: () => themed().run('item:theme', { kind: 'thought', itemId: 't2', themeId: 'th1' }),
    command: 'item:theme',
    payload: { kind: 'thought', itemId: 't2', themeId: null },
    events: ['thought.themed'],
  },
  {
    name: 'a thought with no theme taken from none changes nothing',
    given: themed,
    command: 'item:theme',
    payload: { kind: 'thought', itemId: 't2', themeId: null },
    events: [],
  },
  {
    name: 'an unknown thought is refused',
    given: themed,
    command: 'item:theme',
    payload: { kind: 'thought', itemId: 't9', themeId: 'th1' },
    refused: ErrorCode.NotFound,
  },
  {
    name: "a thought cannot go under another question's theme",
    given: themed,
    command: 'item:theme',
    payload: { kind: 'thought', itemId: 't1', themeId: 'th3' },
    refused: ErrorCode.InvalidState,
  },
];

describe('theme handlers', () => {
  it.each(cases)('$name', (c) => {
    expect(c.given().decide(c.command, c.payload, c.by)).toEqual(expected(c));
  });

  it('moves what was under a merged theme to the target', () => {
    const s = themed()
      .run('item:theme', { kind: 'note', itemId: 'n1', themeId: 'th1' })
      .run('theme:merge', { sourceId: 'th1', targetId: 'th2' });
    expect(s.state.themes.th1).toBeUndefined();
    expect(s.state.notes.n1!.themeId).toBe('th2');
  });
});
