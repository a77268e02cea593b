import { act, renderHook } from '@testing-library/react';
import { useChoicePoint, type Choice } from '../../src/choice-point';

describe('given the headless hook with the default paths', () => {
  it('should choose, point the way back, and report each choice', () => {
    const onChoose = vi.fn<(choice: Choice) => void>();
    const { result } = renderHook(() => useChoicePoint({ noticed: 'withdrawing', onChoose }));
    expect(result.current.noticedLabel).toBe('Withdrawing');
    expect(result.current.chosen).toBeUndefined();
    act(() => result.current.choose('shame'));
    expect(result.current.chosen?.id).toBe('shame');
    expect(result.current.wayBack?.id).toBe('compassion');
    act(() => result.current.choose(result.current.wayBack!.id));
    expect(result.current.wayBack).toBeUndefined();
    expect(onChoose.mock.calls.map(([choice]) => choice.path)).toEqual(['shame', 'compassion']);
  });

  it('should ignore an id that is not a path, and choosing the chosen path again', () => {
    const onChoose = vi.fn<(choice: Choice) => void>();
    const { result } = renderHook(() => useChoicePoint({ noticed: 'x', defaultValue: 'shame', onChoose }));
    act(() => result.current.choose('elsewhere'));
    act(() => result.current.choose('shame'));
    expect(onChoose).not.toHaveBeenCalled();
    expect(result.current.chosen?.id).toBe('shame');
  });

  it('should start a record for a host-chosen value when the intensity after is set', () => {
    const onIntensityAfterChange = vi.fn();
    const { result } = renderHook(() =>
      useChoicePoint({ noticed: 'x', value: 'compassion', onIntensityAfterChange }),
    );
    act(() => result.current.setIntensityAfter(2));
    expect(onIntensityAfterChange).toHaveBeenCalledWith(
      expect.objectContaining({ path: 'compassion', noticed: 'x', intensityAfter: 2 }),
    );
  });
});
