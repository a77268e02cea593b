type FakeTimerOptions = NonNullable<Parameters<typeof vi.useFakeTimers>[0]>;

/**
 * Fake timers for each test of the file or `describe` that calls it: installed before each
 * test, the real ones back after it, so no test leaks a fake clock into the next.
 * `testingLibrary`: Testing Library flushes its async work with setTimeout(0) and only
 * advances fake timers when it sees a `jest` global; this lends it Vitest's.
 */
export function fakeTimersInEachTest({
  testingLibrary = false,
  ...options
}: FakeTimerOptions & { testingLibrary?: boolean } = {}) {
  beforeEach(() => {
    vi.useFakeTimers(options);
    if (testingLibrary)
      vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.useRealTimers();
    if (testingLibrary) vi.unstubAllGlobals();
  });
}
