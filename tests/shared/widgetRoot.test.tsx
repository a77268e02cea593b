import { composeEventHandlers } from '../../src/shared/composeEventHandlers';
import { mergeRootProps, splitProps } from '../../src/shared/widget';

const event = () => {
  let prevented = false;
  return {
    get defaultPrevented() {
      return prevented;
    },
    preventDefault: () => {
      prevented = true;
    },
  };
};

describe('given a host handler and the widget’s own', () => {
  it('should run the host’s first, then the widget’s', () => {
    const calls: string[] = [];
    composeEventHandlers(
      () => calls.push('host'),
      () => calls.push('widget'),
    )(event());
    expect(calls).toEqual(['host', 'widget']);
  });

  it('should skip the widget’s when the host prevented the default', () => {
    const widget = vi.fn();
    composeEventHandlers((e: ReturnType<typeof event>) => e.preventDefault(), widget)(event());
    expect(widget).not.toHaveBeenCalled();
  });
});

describe('given the widget’s root props and the host’s', () => {
  const own = {
    className: 'attune-Thing',
    role: 'group',
    'aria-label': 'Thing',
    'data-state': 'idle',
    'data-motion': undefined,
    style: { color: 'red' },
    onFocus: vi.fn(),
  };

  it('should join classes, merge styles and compose a handler both give', () => {
    const hostFocus = vi.fn();
    const merged = mergeRootProps(own, { className: 'mine', style: { margin: 1 }, onFocus: hostFocus });
    expect(merged.className).toBe('attune-Thing mine');
    expect(merged.style).toEqual({ color: 'red', margin: 1 });
    (merged.onFocus as (e: ReturnType<typeof event>) => void)(event());
    expect(hostFocus).toHaveBeenCalledOnce();
    expect(own.onFocus).toHaveBeenCalledOnce();
  });

  it('should keep the widget’s data- state, even one it leaves unset, and take the host’s others', () => {
    const merged = mergeRootProps(own, {
      'data-state': 'host',
      'data-motion': 'host',
      'data-screen': 'evening',
      id: 'pacer',
    });
    expect(merged).toMatchObject({ 'data-state': 'idle', 'data-screen': 'evening', id: 'pacer' });
    expect(merged['data-motion']).toBeUndefined();
  });

  it('should let a role or label given on purpose win, and one left undefined change nothing', () => {
    expect(mergeRootProps(own, { role: 'region', 'aria-label': undefined })).toMatchObject({
      role: 'region',
      'aria-label': 'Thing',
    });
  });
});

describe('given props with the widget’s own names', () => {
  it('should leave only the others for the root', () => {
    const rest = splitProps({ pattern: 'box', id: 'a', 'data-x': '1' }, { pattern: true });
    expect(rest).toEqual({ id: 'a', 'data-x': '1' });
  });
});
