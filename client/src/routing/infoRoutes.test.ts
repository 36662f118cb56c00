import { describe, expect, it } from 'vitest';
import { parseRoute } from './route';
import { infoPaths, infoRoute } from './infoRoutes';

describe('info routes', () => {
  it('parse the privacy, accessibility and deleted pages', () => {
    expect(parseRoute('/privacy', '')).toEqual({ name: 'privacy' });
    expect(parseRoute('/accessibility/', '')).toEqual({ name: 'accessibility' });
    expect(parseRoute(infoPaths.sessionDeleted, '')).toEqual({ name: 'sessionDeleted' });
  });

  it('leave other paths alone', () => {
    expect(infoRoute('/privacy/x')).toBeNull();
    expect(parseRoute('/privacyx', '')).toEqual({ name: 'notFound' });
  });
});
