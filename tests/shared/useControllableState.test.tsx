import { act, renderHook } from '@testing-library/react';
import { useControllableState } from '../../src/shared/useControllableState';

describe('given an uncontrolled value', () => {
  it('should start at the default, change on set and report each change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ defaultProp: 1, onChange }));
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('should let two updates in one event build on each other', () => {
    const { result } = renderHook(() => useControllableState({ defaultProp: 0 }));
    act(() => {
      result.current[1]((n) => n + 1);
      result.current[1]((n) => n + 1);
    });
    expect(result.current[0]).toBe(2);
  });

  it('should not report a value that did not change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ defaultProp: 'a', onChange }));
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('given a controlled value', () => {
  it('should show the prop, ask the host through onChange and wait for the new prop', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ prop }) => useControllableState({ prop, defaultProp: 0, onChange }),
      { initialProps: { prop: 5 } },
    );
    act(() => result.current[1](6));
    expect(onChange).toHaveBeenCalledWith(6);
    expect(result.current[0]).toBe(5);
    rerender({ prop: 6 });
    expect(result.current[0]).toBe(6);
  });

  it('should ask again when the host kept its value, computing from the value shown', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ prop: 5, defaultProp: 0, onChange }));
    act(() => result.current[1]((n) => n + 1));
    act(() => result.current[1]((n) => n + 1));
    expect(onChange.mock.calls).toEqual([[6], [6]]);
    expect(result.current[0]).toBe(5);
  });

  it('should warn in development when it switches to uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = renderHook<unknown, { prop: number | undefined }>(
      ({ prop }) => useControllableState({ prop, defaultProp: 0, caller: 'Thing' }),
      { initialProps: { prop: 1 } },
    );
    rerender({ prop: undefined });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Thing is changing from controlled to uncontrolled'),
    );
  });
});
