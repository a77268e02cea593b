import { act, renderHook } from '@testing-library/react';
import { observerScripts, useObserverScript } from '../../src/observer-script';

describe('given the headless hook', () => {
  it('should give the lines so far, filled in, and move through them', () => {
    const onComplete = vi.fn();
    const { result } = renderHook(() =>
      useObserverScript({ script: observerScripts.rain, perspective: 'first', onComplete }),
    );
    expect(result.current.total).toBe(7);
    expect(result.current.status).toBe('manual');
    act(() => result.current.next());
    expect(result.current.step.kind).toBe('prompt');
    act(() => result.current.setAnswer('feeling', '  tired '));
    act(() => result.current.next());
    expect(result.current.lines.map((line) => line.answer)).toEqual([undefined, 'tired', undefined]);
    expect(result.current.text).toBe(
      'Allow. I let tired be here for a moment. I don’t have to fix it or push it away.',
    );
    expect(result.current.sentences).toHaveLength(3);
    for (let i = 0; i < 4; i++) act(() => result.current.next());
    expect(result.current.isLast).toBe(true);
    act(() => result.current.next());
    expect(result.current.status).toBe('complete');
    expect(onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ scriptId: 'rain', steps: 7, answers: { feeling: 'tired' } }),
    );
  });

  it('should keep the pace between 0.5 and 4', () => {
    const { result } = renderHook(() => useObserverScript({ script: observerScripts.justNoticed }));
    act(() => result.current.setPace(0.1));
    expect(result.current.pace).toBe(0.5);
    act(() => result.current.setPace(9));
    expect(result.current.pace).toBe(4);
  });

  it('should report no speech where the browser has none', () => {
    const { result } = renderHook(() => useObserverScript({ script: observerScripts.justNoticed }));
    expect(result.current.speech.supported).toBe(false);
    expect(result.current.speech.sentence).toBe(-1);
  });
});
