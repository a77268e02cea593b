import { render, screen } from '@testing-library/react';
import { AttuneProvider, BreathPacer, ChoicePoint, commonMessages, es, useReducedMotion } from '../../src';
// Internals under test come from their own modules: they are not part of the public API.
import { mergeMessages } from '../../src/provider/messages';
import { createFormatters, useFormatters } from '../../src/provider/useFormatters';
import { useMessages } from '../../src/provider/useMessages';

function ExitLabel() {
  const messages = useMessages('common', commonMessages);
  return <p>{messages.exit}</p>;
}

function Motion() {
  return <p>{useReducedMotion() ? 'still' : 'moving'}</p>;
}

function Count({ value }: { value: number }) {
  const format = useFormatters();
  return <p>{format.number(value)}</p>;
}

function mockMatchMedia(matches: boolean) {
  window.matchMedia = vi.fn().mockImplementation((query: string) => ({
    matches,
    media: query,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  }));
}

describe('given no AttuneProvider', () => {
  it('should use the English defaults', () => {
    render(<ExitLabel />);
    expect(screen.getByText('This isn’t helping')).toBeInTheDocument();
  });

  it('should follow the operating system for reduced motion', () => {
    mockMatchMedia(true);
    render(<Motion />);
    expect(screen.getByText('still')).toBeInTheDocument();
  });
});

describe('given an AttuneProvider', () => {
  it('should merge a partial message override over the defaults', () => {
    render(
      <AttuneProvider messages={{ common: { exit: 'Not now' } }}>
        <ExitLabel />
      </AttuneProvider>,
    );
    expect(screen.getByText('Not now')).toBeInTheDocument();
  });

  it('should carry the whole Spanish table', () => {
    render(
      <AttuneProvider messages={es} locale="es">
        <ExitLabel />
        <Count value={1234.5} />
      </AttuneProvider>,
    );
    expect(screen.getByText('Esto no me está ayudando')).toBeInTheDocument();
    expect(screen.getByText('1234,5')).toBeInTheDocument();
  });

  it('should let reducedMotion="always" win over the operating system', () => {
    mockMatchMedia(false);
    render(
      <AttuneProvider reducedMotion="always">
        <Motion />
      </AttuneProvider>,
    );
    expect(screen.getByText('still')).toBeInTheDocument();
  });

  it('should let reducedMotion="never" keep motion even when the OS asks otherwise', () => {
    mockMatchMedia(true);
    render(
      <AttuneProvider reducedMotion="never">
        <Motion />
      </AttuneProvider>,
    );
    expect(screen.getByText('moving')).toBeInTheDocument();
  });

  it('should put the theme on an element that adds no box', () => {
    const { container } = render(
      <AttuneProvider theme="dark">
        <ExitLabel />
      </AttuneProvider>,
    );
    const themed = container.querySelector('[data-attune-theme="dark"]');
    expect(themed).toHaveStyle({ display: 'contents' });
  });
});

describe('given one "common" override and widgets that read different parts of it', () => {
  // Widgets read only the half of the common table they show (exit words, or pattern labels);
  // an app still overrides both through the one namespace.
  it('should reach the exit button of one and the pattern label of the other', () => {
    render(
      <AttuneProvider messages={{ common: { exit: 'Not now', patterns: { fawning: 'Placating' } } }}>
        <BreathPacer />
        <ChoicePoint noticed="fawning" />
      </AttuneProvider>,
    );
    expect(screen.getAllByRole('button', { name: 'Not now' })).toHaveLength(2);
    expect(screen.getByText('Placating')).toBeInTheDocument();
    expect(screen.queryByText('Fawning')).not.toBeInTheDocument();
  });

  it('should be the whole English table in `commonMessages`', () => {
    expect(Object.keys(commonMessages).sort()).toEqual(Object.keys(es.common).sort());
    expect(commonMessages.exit).toBe('This isn’t helping');
    expect(commonMessages.patterns.fawning).toBe('Fawning');
    expect(commonMessages.support.comeBack).toBe('You can come back to this any time.');
  });
});

describe('given mergeMessages', () => {
  it('should keep defaults for keys the override leaves out, at any depth', () => {
    const merged = mergeMessages(commonMessages, { patterns: { fawning: 'Placating' } });
    expect(merged.patterns.fawning).toBe('Placating');
    expect(merged.patterns.bracing).toBe(commonMessages.patterns.bracing);
    expect(merged.exit).toBe(commonMessages.exit);
  });

  it('should not change the defaults it merges into', () => {
    mergeMessages(commonMessages, { exit: 'changed' });
    expect(commonMessages.exit).toBe('This isn’t helping');
  });
});

describe('given the formatters', () => {
  it('should build each Intl formatter once per set of options', () => {
    const RealNumberFormat = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      locales?: string | string[],
      options?: Intl.NumberFormatOptions,
    ) {
      return new RealNumberFormat(locales, options);
    } as unknown as typeof Intl.NumberFormat);
    const format = createFormatters('en');
    format.number(1);
    format.number(2);
    format.number(3, { style: 'percent' });
    format.number(4, { style: 'percent' });
    expect(made).toHaveBeenCalledTimes(2);
    expect(format.number(0.5, { style: 'percent' })).toBe('50%');
  });
});
