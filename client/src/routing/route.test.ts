import { paths, projectPaths } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { projectPages } from './projectPages';
import { parseProjectRoute } from './projectRoutes';
import { pagePaths, parseRoute } from './route';

describe('parseRoute', () => {
  it('knows every page', () => {
    expect(parseRoute('/', '')).toEqual({ name: 'home' });
    expect(parseRoute('/new', '')).toEqual({ name: 'create', createdId: null });
    expect(parseRoute('/new', '?created=abc')).toEqual({ name: 'create', createdId: 'abc' });
    expect(parseRoute('/facilitator', '')).toEqual({ name: 'facilitator' });
    expect(parseRoute('/scribe/', '')).toEqual({ name: 'scribe' });
    expect(parseRoute('/screen', '')).toEqual({ name: 'screen' });
    expect(parseRoute('/nope', '')).toEqual({ name: 'notFound' });
  });

  it('knows the project pages', () => {
    for (const path of ['/new-project', '/project/p1', '/project/p1/report/', '/r/R2D2X7Q9'])
      expect(parseRoute(path, '')).toEqual({ name: 'projects' });
    expect(parseProjectRoute('/new-project', '')).toEqual({ name: 'createProject', createdId: null });
    expect(parseProjectRoute('/new-project', '?created=p1')).toEqual({ name: 'createProject', createdId: 'p1' });
    expect(parseProjectRoute('/project/p1', '')).toEqual({ name: 'project', projectId: 'p1' });
    expect(parseProjectRoute('/project/p1/report/', '')).toEqual({ name: 'projectReport', projectId: 'p1' });
    expect(parseProjectRoute('/r/R2D2X7Q9', '')).toEqual({ name: 'publicReport', code: 'R2D2X7Q9' });
    expect(parseProjectRoute('/project/p1/other', '')).toBeNull();
  });

  it('normalises the join code in the path', () => {
    expect(parseRoute('/j/kq7f-m2xd', '')).toEqual({ name: 'join', code: 'KQ7FM2XD' });
  });
});

describe('pagePaths', () => {
  it('agree with the shared contract the server builds links from', () => {
    expect(pagePaths.facilitator).toBe(paths.facilitator);
    expect(pagePaths.scribe).toBe(paths.scribe);
    expect(pagePaths.screen).toBe(paths.screen);
    expect(pagePaths.join('KQ7FM2XD')).toBe(paths.join('KQ7FM2XD'));
    expect(projectPages.project('p1') + '#owner=tok').toBe(projectPaths.owner('p1', 'tok'));
    expect(projectPages.publicReport('R2D2X7Q9')).toBe(projectPaths.report('R2D2X7Q9'));
  });
});
