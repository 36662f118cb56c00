import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { expected, phone, scribe, Story, type Case } from '../kit/decide.js';

const add = (noteId: string, questionId = 'q1', themeId?: string) => ({
  noteId,
  text: 'Muistiinpano',
  questionId,
  ...(themeId ? { themeId } : {}),
});

/** Three notes n1, n2, n3 under q1, a theme th1 under q1 and th2 under q2; n1 sits under th1. */
const notes = () =>
  Story.aquarium()
    .run('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Teema' }, scribe)
    .run('theme:create', { themeId: 'th2', questionId: 'q2', name: 'Toinen' }, scribe)
    .run('note:add', add('n1', 'q1', 'th1'), scribe)
    .run('note:add', add('n2'), scribe)
    .run('note:add', add('n3'), scribe);

const cases: Case[] = [
  {
    name: 'the scribe adds a note',
    given: notes,
    command: 'note:add',
    payload: add('n4'),
    by: scribe,
    events: ['note.added'],
  },
  {
    name: 'the facilitator adds a note too',
    given: notes,
    command: 'note:add',
    payload: add('n4'),
    events: ['note.added'],
  },
  {
    name: 'a note under a theme of its question',
    given: notes,
    command: 'note:add',
    payload: add('n4', 'q1', 'th1'),
    by: scribe,
    events: ['note.added'],
  },
  {
    name: 'a theme of another question is refused',
    given: notes,
    command: 'note:add',
    payload: add('n4', 'q1', 'th2'),
    by: scribe,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown theme is refused',
    given: notes,
    command: 'note:add',
    payload: add('n4', 'q1', 'th9'),
    by: scribe,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'an unknown question is refused',
    given: notes,
    command: 'note:add',
    payload: add('n4', 'q9'),
    by: scribe,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'an id already used is refused',
    given: notes,
    command: 'note:add',
    payload: add('n1'),
    by: scribe,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a participant cannot write notes',
    given: () => notes().join('p1'),
    command: 'note:add',
    payload: add('n4'),
    by: phone('p1'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'editing keeps the theme on the same question',
    given: notes,
    command: 'note:edit',
    payload: { noteId: 'n1', text: 'Uusi' },
    by: scribe,
    events: ['note.edited'],
  },
  {
    name: 'moving to another question leaves the old theme',
    given: notes,
    command: 'note:edit',
    payload: { noteId: 'n1', text: 'Uusi', questionId: 'q2' },
    by: scribe,
    events: ['note.edited', 'note.themed'],
  },
  {
    name: 'editing to an unknown question is refused',
    given: notes,
    command: 'note:edit',
    payload: { noteId: 'n1', text: 'Uusi', questionId: 'q9' },
    by: scribe,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'editing a deleted note is refused',
    given: () => notes().run('note:delete', { noteId: 'n2' }, scribe),
    command: 'note:edit',
    payload: { noteId: 'n2', text: 'Uusi' },
    by: scribe,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a note moves to the top',
    given: notes,
    command: 'note:move',
    payload: { noteId: 'n3', afterNoteId: null },
    by: scribe,
    events: ['note.moved'],
  },
  {
    name: 'a note moves after another',
    given: notes,
    command: 'note:move',
    payload: { noteId: 'n1', afterNoteId: 'n2' },
    by: scribe,
    events: ['note.moved'],
  },
  {
    name: 'moving after an unknown note is refused',
    given: notes,
    command: 'note:move',
    payload: { noteId: 'n1', afterNoteId: 'n9' },
    by: scribe,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'moving an unknown note is refused',
    given: notes,
    command: 'note:move',
    payload: { noteId: 'n9', afterNoteId: null },
    by: scribe,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a note is struck out',
    given: notes,
    command: 'note:delete',
    payload: { noteId: 'n2' },
    by: scribe,
    events: ['note.deleted'],
  },
  {
    name: 'a note cannot be struck out twice',
    given: () => notes().run('note:delete', { noteId: 'n2' }, scribe),
    command: 'note:delete',
    payload: { noteId: 'n2' },
    by: scribe,
    refused: ErrorCode.NotFound,
  },
];

const order = (s: Story) =>
  Object.values(s.state.notes)
    .filter((n) => !n.deleted && n.questionId === 'q1')
    .sort((a, b) => a.order - b.order)
    .map((n) => n.id);

describe('note handlers', () => {
  it.each(cases)('$name', (c) => {
    expect(c.given().decide(c.command, c.payload, c.by)).toEqual(expected(c));
  });

  it('orders notes as they are moved', () => {
    expect(order(notes())).toEqual(['n1', 'n2', 'n3']);
    expect(order(notes().run('note:move', { noteId: 'n3', afterNoteId: null }, scribe))).toEqual(['n3', 'n1', 'n2']);
    expect(order(notes().run('note:move', { noteId: 'n1', afterNoteId: 'n2' }, scribe))).toEqual(['n2', 'n1', 'n3']);
    expect(order(notes().run('note:move', { noteId: 'n1', afterNoteId: 'n3' }, scribe))).toEqual(['n2', 'n3', 'n1']);
  });
});
