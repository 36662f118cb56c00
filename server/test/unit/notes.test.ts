import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, row, scribe, Story } from '../kit/decide.js';

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

const cases = [
  row('the scribe adds a note', notes, 'note:add', add('n4'), scribe).accepts('note.added'),
  row('the facilitator adds a note too', notes, 'note:add', add('n4')).accepts('note.added'),
  row('a note under a theme of its question', notes, 'note:add', add('n4', 'q1', 'th1'), scribe).accepts('note.added'),
  row('a theme of another question is refused', notes, 'note:add', add('n4', 'q1', 'th2'), scribe).refuses(
    ErrorCode.InvalidState,
  ),
  row('an unknown theme is refused', notes, 'note:add', add('n4', 'q1', 'th9'), scribe).refuses(ErrorCode.NotFound),
  row('an unknown question is refused', notes, 'note:add', add('n4', 'q9'), scribe).refuses(ErrorCode.NotFound),
  row('an id already used is refused', notes, 'note:add', add('n1'), scribe).refuses(ErrorCode.InvalidState),
  row('a participant cannot write notes', () => notes().join('p1'), 'note:add', add('n4'), phone('p1')).refuses(
    ErrorCode.Forbidden,
  ),
  row(
    'editing keeps the theme on the same question',
    notes,
    'note:edit',
    { noteId: 'n1', text: 'Uusi' },
    scribe,
  ).accepts('note.edited'),
  row(
    'moving to another question leaves the old theme',
    notes,
    'note:edit',
    { noteId: 'n1', text: 'Uusi', questionId: 'q2' },
    scribe,
  ).accepts('note.edited', 'note.themed'),
  row(
    'editing to an unknown question is refused',
    notes,
    'note:edit',
    { noteId: 'n1', text: 'Uusi', questionId: 'q9' },
    scribe,
  ).refuses(ErrorCode.NotFound),
  row(
    'editing a deleted note is refused',
    () => notes().run('note:delete', { noteId: 'n2' }, scribe),
    'note:edit',
    { noteId: 'n2', text: 'Uusi' },
    scribe,
  ).refuses(ErrorCode.NotFound),
  row('a note moves to the top', notes, 'note:move', { noteId: 'n3', afterNoteId: null }, scribe).accepts('note.moved'),
  row('a note moves after another', notes, 'note:move', { noteId: 'n1', afterNoteId: 'n2' }, scribe).accepts(
    'note.moved',
  ),
  row(
    'moving after an unknown note is refused',
    notes,
    'note:move',
    { noteId: 'n1', afterNoteId: 'n9' },
    scribe,
  ).refuses(ErrorCode.NotFound),
  row('moving an unknown note is refused', notes, 'note:move', { noteId: 'n9', afterNoteId: null }, scribe).refuses(
    ErrorCode.NotFound,
  ),
  row('a note is struck out', notes, 'note:delete', { noteId: 'n2' }, scribe).accepts('note.deleted'),
  row(
    'a note cannot be struck out twice',
    () => notes().run('note:delete', { noteId: 'n2' }, scribe),
    'note:delete',
    { noteId: 'n2' },
    scribe,
  ).refuses(ErrorCode.NotFound),
];

const order = (s: Story) =>
  Object.values(s.state.notes)
    .filter((n) => !n.deleted && n.questionId === 'q1')
    .sort((a, b) => a.order - b.order)
    .map((n) => n.id);

describe('note handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('orders notes as they are moved', () => {
    expect(order(notes())).toEqual(['n1', 'n2', 'n3']);
    expect(order(notes().run('note:move', { noteId: 'n3', afterNoteId: null }, scribe))).toEqual(['n3', 'n1', 'n2']);
    expect(order(notes().run('note:move', { noteId: 'n1', afterNoteId: 'n2' }, scribe))).toEqual(['n2', 'n1', 'n3']);
    expect(order(notes().run('note:move', { noteId: 'n1', afterNoteId: 'n3' }, scribe))).toEqual(['n2', 'n3', 'n1']);
  });
});
