import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, row, scribe, Story } from '../kit/decide.js';

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

const cases = [
  row(
    'a theme is created under a question',
    themed,
    'theme:create',
    { themeId: 'th4', questionId: 'q3', name: 'Uusi' },
    scribe,
  ).accepts('theme.created'),
  row('an id already used is refused', themed, 'theme:create', {
    themeId: 'th1',
    questionId: 'q1',
    name: 'Uusi',
  }).refuses(ErrorCode.InvalidState),
  row('an unknown question is refused', themed, 'theme:create', {
    themeId: 'th4',
    questionId: 'q9',
    name: 'Uusi',
  }).refuses(ErrorCode.NotFound),
  row(
    'a participant cannot create themes',
    themed,
    'theme:create',
    { themeId: 'th4', questionId: 'q1', name: 'Uusi' },
    phone('p1'),
  ).refuses(ErrorCode.Forbidden),
  row('renaming', themed, 'theme:rename', { themeId: 'th1', name: 'Toinen nimi' }).accepts('theme.renamed'),
  row('the same name again changes nothing', themed, 'theme:rename', { themeId: 'th1', name: 'Yksi' }).accepts(),
  row('renaming an unknown theme is refused', themed, 'theme:rename', { themeId: 'th9', name: 'X' }).refuses(
    ErrorCode.NotFound,
  ),
  row('two themes of a question merge', themed, 'theme:merge', { sourceId: 'th1', targetId: 'th2' }).accepts(
    'theme.merged',
  ),
  row('a theme cannot merge into itself', themed, 'theme:merge', { sourceId: 'th1', targetId: 'th1' }).refuses(
    ErrorCode.InvalidState,
  ),
  row('themes of two questions cannot merge', themed, 'theme:merge', { sourceId: 'th1', targetId: 'th3' }).refuses(
    ErrorCode.InvalidState,
  ),
  row('merging an unknown source is refused', themed, 'theme:merge', { sourceId: 'th9', targetId: 'th1' }).refuses(
    ErrorCode.NotFound,
  ),
  row('merging into an unknown target is refused', themed, 'theme:merge', { sourceId: 'th1', targetId: 'th9' }).refuses(
    ErrorCode.NotFound,
  ),
  row('a theme is deleted', themed, 'theme:delete', { themeId: 'th3' }).accepts('theme.deleted'),
  row('deleting an unknown theme is refused', themed, 'theme:delete', { themeId: 'th9' }).refuses(ErrorCode.NotFound),
  row(
    'a note goes under a theme',
    themed,
    'item:theme',
    { kind: 'note', itemId: 'n1', themeId: 'th1' },
    scribe,
  ).accepts('note.themed'),
  row(
    'a note already there changes nothing',
    () => themed().run('item:theme', { kind: 'note', itemId: 'n1', themeId: 'th1' }),
    'item:theme',
    { kind: 'note', itemId: 'n1', themeId: 'th1' },
  ).accepts(),
  row("a note cannot go under another question's theme", themed, 'item:theme', {
    kind: 'note',
    itemId: 'n1',
    themeId: 'th3',
  }).refuses(ErrorCode.InvalidState),
  row('an unknown note is refused', themed, 'item:theme', { kind: 'note', itemId: 'n9', themeId: 'th1' }).refuses(
    ErrorCode.NotFound,
  ),
  row('an approved thought under a theme is republished', themed, 'item:theme', {
    kind: 'thought',
    itemId: 't1',
    themeId: 'th1',
  }).accepts('thought.themed', 'thought.published'),
  row('a pending thought under a theme stays private', themed, 'item:theme', {
    kind: 'thought',
    itemId: 't2',
    themeId: 'th1',
  }).accepts('thought.themed'),
  row(
    'a thought leaves its theme',
    () => themed().run('item:theme', { kind: 'thought', itemId: 't2', themeId: 'th1' }),
    'item:theme',
    { kind: 'thought', itemId: 't2', themeId: null },
  ).accepts('thought.themed'),
  row('a thought with no theme taken from none changes nothing', themed, 'item:theme', {
    kind: 'thought',
    itemId: 't2',
    themeId: null,
  }).accepts(),
  row('an unknown thought is refused', themed, 'item:theme', { kind: 'thought', itemId: 't9', themeId: 'th1' }).refuses(
    ErrorCode.NotFound,
  ),
  row("a thought cannot go under another question's theme", themed, 'item:theme', {
    kind: 'thought',
    itemId: 't1',
    themeId: 'th3',
  }).refuses(ErrorCode.InvalidState),
];

describe('theme handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('moves what was under a merged theme to the target', () => {
    const s = themed()
      .run('item:theme', { kind: 'note', itemId: 'n1', themeId: 'th1' })
      .run('theme:merge', { sourceId: 'th1', targetId: 'th2' });
    expect(s.state.themes.th1).toBeUndefined();
    expect(s.state.notes.n1!.themeId).toBe('th2');
  });
});
