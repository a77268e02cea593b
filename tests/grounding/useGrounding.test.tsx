import { act, renderHook } from '@testing-library/react';
import { useGrounding, type UseGroundingOptions } from '../../src/grounding';

describe('given the headless hook', () => {
  it('should hold answers per step, move on, skip, and complete once', () => {
    const onComplete = vi.fn<NonNullable<UseGroundingOptions['onComplete']>>();
    const { result } = renderHook(() => useGrounding({ variant: 'orienting', onComplete }));
    expect(result.current.total).toBe(4);
    expect(result.current.step).toEqual({ id: 'place', count: 1 });
    expect(result.current.progress).toEqual(['current', 'ahead', 'ahead', 'ahead']);
    act(() => result.current.setAnswer(0, ' the bus '));
    expect(result.current.answers).toEqual([' the bus ']);
    act(() => result.current.next());
    act(() => result.current.skip());
    expect(result.current.index).toBe(2);
    expect(result.current.answers).toEqual(['']);
    act(() => result.current.next());
    act(() => result.current.next());
    expect(result.current.complete).toBe(true);
    expect(result.current.progress).toEqual(['past', 'past', 'past', 'past']);
    act(() => result.current.next());
    expect(onComplete).toHaveBeenCalledOnce();
    expect(onComplete.mock.calls[0]![0].steps).toEqual([
      { id: 'place', state: 'noticed', answers: ['the bus'] },
      { id: 'date', state: 'skipped', answers: [] },
      { id: 'time', state: 'noticed', answers: [] },
      { id: 'hold', state: 'noticed', answers: [] },
    ]);
  });

  it('should ignore a field the step does not have', () => {
    const { result } = renderHook(() => useGrounding({ defaultStep: 4 }));
    act(() => result.current.setAnswer(3, 'mint'));
    expect(result.current.answers).toEqual(['']);
  });

  it('should return from the end to the last step, and clear everything on restart', () => {
    const { result } = renderHook(() => useGrounding({ variant: 'orienting', defaultStep: 3 }));
    act(() => result.current.setAnswer(0, 'keys'));
    act(() => result.current.next());
    act(() => result.current.back());
    expect(result.current.complete).toBe(false);
    expect(result.current.index).toBe(3);
    expect(result.current.answers).toEqual(['keys']);
    act(() => result.current.restart());
    expect(result.current.index).toBe(0);
    expect(result.current.result().steps.every((step) => step.answers.length === 0)).toBe(true);
    expect(result.current.result().steps.every((step) => step.state === 'not-reached')).toBe(true);
  });
});
