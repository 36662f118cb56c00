import type { StoredEvent } from '../eventVersion.js';

/**
 * Version 1 → 2: one word per domain concept (issue #21). A stakeholder group's id is `stakeholderGroupId`, a
 * small group's `smallGroupId` (both were `groupId`); development themes are `developmentThemes` (were `topics`);
 * a thought written alone in a small group is a solo thought (was an idea), and its events are `soloThought.*`.
 */

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `o` with the keys in `names` renamed, in their place; anything that is not an object is returned as is. */
const rename = (o: unknown, names: Record<string, string>): unknown =>
  isObject(o) ? Object.fromEntries(Object.entries(o).map(([k, v]) => [names[k] ?? k, v])) : o;

/** A copy of `o` whose field `key` went through `change`. */
const within = (o: unknown, key: string, change: (v: unknown) => unknown): unknown =>
  isObject(o) && key in o ? { ...o, [key]: change(o[key]) } : o;

const stakeholder = { groupId: 'stakeholderGroupId' };
const small = { groupId: 'smallGroupId' };
const setup = (s: unknown) => rename(s, { topics: 'developmentThemes' });
const point = (p: unknown) => rename(p, { groupId: 'smallGroupId', ideaIds: 'soloThoughtIds' });

/** The events whose type was renamed. */
const types: Record<string, string> = {
  'idea.written': 'soloThought.written',
  'idea.withdrawn': 'soloThought.withdrawn',
  'idea.revealed': 'soloThought.revealed',
  'idea.counted': 'soloThought.counted',
};

/** How each changed event's data becomes its version 2 shape, by its version 1 type. */
const data: Record<string, (d: unknown) => unknown> = {
  'session.created': (d) => within(d, 'setup', setup),
  'session.setupUpdated': (d) => within(d, 'setup', setup),
  'participant.joined': (d) =>
    within(d, 'participant', (p) => rename(p, { ...stakeholder, topicId: 'developmentThemeId' })),
  'thought.submitted': (d) => within(d, 'thought', (t) => rename(t, stakeholder)),
  'thought.published': (d) => within(d, 'thought', (t) => rename(t, stakeholder)),
  'turn.started': (d) => within(d, 'turn', (t) => rename(t, stakeholder)),
  'turn.announced': (d) => within(d, 'turn', (t) => rename(t, stakeholder)),
  'point.added': (d) => within(d, 'point', point),
  'group.caughtUp': (d) =>
    within(d, 'snapshot', (s) =>
      within(rename(s, { ideas: 'soloThoughts' }), 'points', (ps) => (Array.isArray(ps) ? ps.map(point) : ps)),
    ),
  'idea.written': (d) => rename(d, { idea: 'soloThought' }),
  'idea.withdrawn': (d) => rename(d, { ideaId: 'soloThoughtId' }),
  'idea.revealed': (d) => rename(d, { ideas: 'soloThoughts' }),
  ...Object.fromEntries(
    [
      'group.renamed',
      'group.deleted',
      'participant.grouped',
      'group.chairSet',
      'group.presented',
      'points.ordered',
      'groupVote.opened',
      'groupVote.allocated',
      'groupVote.closed',
      'group.recordDrafted',
      'group.returned',
      'idea.counted',
      'group.stepSet',
      'group.timeGiven',
      'group.chairAway',
      'group.shown',
    ].map((type) => [type, (d: unknown) => rename(d, small)]),
  ),
};

export const upcastV1 = (e: StoredEvent): StoredEvent => {
  const change = data[e.type];
  return { ...e, type: types[e.type] ?? e.type, data: change ? change(e.data) : e.data };
};
