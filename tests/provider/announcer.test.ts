import { screen } from '@testing-library/react';
import { announce } from '../../src/provider/announcer';
import { fakeTimersInEachTest } from '../fakeTimers';

describe('given the shared announcer', () => {
  it('should say each message in one polite log region', () => {
    announce('Breathe in');
    announce('Breathe out');
    const regions = screen.getAllByRole('log');
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveAttribute('aria-live', 'polite');
    expect(regions[0]).toHaveTextContent('Breathe inBreathe out');
  });

  describe('with fake timers', () => {
    fakeTimersInEachTest();

    it('should let each message fade out after a while so the region stays short', () => {
      announce('Saved');
      expect(screen.getByRole('log')).toHaveTextContent('Saved');
      vi.advanceTimersByTime(7000);
      expect(screen.getByRole('log')).toBeEmptyDOMElement();
    });

    it('should withdraw a message and its timer when its signal aborts', () => {
      const owner = new AbortController();
      announce('Breathe in', { signal: owner.signal });
      announce('Saved');
      expect(vi.getTimerCount()).toBe(2);
      owner.abort();
      expect(screen.getByRole('log')).toHaveTextContent(/^Saved$/);
      expect(vi.getTimerCount()).toBe(1);
      announce('Breathe out', { signal: owner.signal });
      expect(screen.getByRole('log')).toHaveTextContent(/^Saved$/);
    });

    it('should stop listening to the signal once the message has faded out', () => {
      const owner = new AbortController();
      const removeEventListener = vi.spyOn(owner.signal, 'removeEventListener');
      announce('Breathe in', { signal: owner.signal });
      vi.advanceTimersByTime(7000);
      expect(removeEventListener).toHaveBeenCalledWith('abort', expect.any(Function));
      expect(screen.getByRole('log')).toBeEmptyDOMElement();
    });
  });

  it('should ignore an empty message', () => {
    announce('');
    expect(screen.queryByRole('log')?.textContent ?? '').toBe('');
  });
});
