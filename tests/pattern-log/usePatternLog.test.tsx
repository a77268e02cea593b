import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, usePatternLog } from '../../src/pattern-log';

describe('given two hooks on one storage, like two tabs', () => {
  it('should return each new entry at once and end with both entries in both', async () => {
    const storage = createMemoryStorage();
    const first = renderHook(() => usePatternLog({ storage }));
    const second = renderHook(() => usePatternLog({ storage }));
    await waitFor(() => expect(first.result.current.status).toBe('ready'));
    await waitFor(() => expect(second.result.current.status).toBe('ready'));
    let a = '';
    let b = '';
    act(() => {
      a = first.result.current.add({ pattern: 'fawning', when: 'before' }).id;
      b = second.result.current.add({ pattern: 'cannot-rest' }).id;
    });
    expect(first.result.current.entries.map((e) => e.id)).toContain(a);
    await waitFor(() => {
      for (const hook of [first, second])
        expect(hook.result.current.entries.map((e) => e.id).sort()).toEqual([a, b].sort());
    });
    act(() => first.result.current.remove(b));
    await waitFor(() => expect(second.result.current.entries.map((e) => e.id)).toEqual([a]));
    act(() => void first.result.current.undo());
    await waitFor(() => expect(second.result.current.entries).toHaveLength(2));
  });

  it('should start a new log when given another storage', async () => {
    const one = createMemoryStorage();
    const other = createMemoryStorage();
    const { result, rerender } = renderHook(({ storage }) => usePatternLog({ storage }), {
      initialProps: { storage: one },
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => void result.current.add({ pattern: 'fawning' }));
    rerender({ storage: other });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.entries).toEqual([]);
    expect(await one.load()).toContain('fawning');
  });
});

describe('given a log that changes', () => {
  it('should keep its actions the same functions', async () => {
    const storage = createMemoryStorage();
    const { result } = renderHook(() => usePatternLog({ storage }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const before = result.current;
    act(() => void result.current.add({ pattern: 'fawning' }));
    expect(result.current.entries).toHaveLength(1);
    expect(result.current).not.toBe(before);
    for (const action of ['add', 'update', 'remove', 'undo', 'exportJSON', 'importJSON', 'clear'] as const)
      expect(result.current[action]).toBe(before[action]);
  });
});
