import { commandNames, ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { rolesRefused, Story } from '../kit/decide.js';
import { samplePayloads } from '../samples.js';

/** Every command, sent by every role it does not belong to, in a session of its own method. */
const rows = commandNames.flatMap((name) => rolesRefused(name).map((actor) => ({ name, role: actor.role, actor })));

describe('every command refuses the roles it does not belong to', () => {
  it.each(rows)('$name by $role', ({ name, actor }) => {
    const story =
      name.startsWith('group') || name.startsWith('idea') || name.startsWith('point')
        ? Story.smallGroups()
        : Story.aquarium();
    expect(story.join('p1').decide(name, samplePayloads[name], actor)).toEqual({ refused: ErrorCode.Forbidden });
  });
});
