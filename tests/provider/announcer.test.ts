import { screen } from '@testing-library/react';
import { announce } from '../../src/provider/announcer';

describe('given the shared announcer', () => {
  it('should say each message in one polite log region', () => {
    announce('Breathe in');
    announce('Breathe out');
    const regions = screen.getAllByRole('log');
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveAttribute('aria-live', 'polite');
    expect(regions[0]).toHaveTextContent('Breathe inBreathe out');
  });

  it('should let each message fade out after a while so the region stays short', () => {
    vi.useFakeTimers();
    try {
      announce('Saved');
      expect(screen.getByRole('log')).toHaveTextContent('Saved');
      vi.advanceTimersByTime(7000);
      expect(screen.getByRole('log')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('should ignore an empty message', () => {
    announce('');
    expect(screen.queryByRole('log')?.textContent ?? '').toBe('');
  });
});
