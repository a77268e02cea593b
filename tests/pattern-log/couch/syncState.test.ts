// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { errorState, isNetworkError } from '../../../src/pattern-log/couch/syncState';

describe('the couch storage’s sync errors', () => {
  it('names the kind of each error the server can answer, for PatternLog to say in its language', () => {
    expect(errorState({ status: 401 })).toMatchObject({ status: 'error', code: 'not-accepted' });
    expect(errorState({ status: 403, message: 'forbidden' })).toMatchObject({ code: 'not-accepted' });
    expect(errorState({ status: 404 })).toMatchObject({ code: 'no-database' });
    expect(errorState({ status: 413 })).toMatchObject({ code: 'too-large' });
    expect(errorState({ status: 400, message: 'Invalid rev format' })).toMatchObject({
      code: 'server',
      detail: 'Invalid rev format',
      reason: 'the sync server said “Invalid rev format”',
    });
    expect(errorState({ status: 409 })).toMatchObject({ code: 'server', detail: '' });
    // The thrown value stays with the state, for the app's own logs.
    const error = { status: 401 };
    expect(errorState(error)).toMatchObject({ error });
  });

  it('tells an unreachable server (offline, retried) from an answer', () => {
    for (const status of [undefined, 0, 500, 503, 408]) expect(isNetworkError({ status })).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 413]) expect(isNetworkError({ status })).toBe(false);
  });
});
