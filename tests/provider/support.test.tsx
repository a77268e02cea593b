import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import {
  AttuneProvider,
  SupportOffer,
  checkSupportResources,
  es,
  useSupport,
  type SupportResource,
} from '../../src';
import { isSafeSupportHref, schemeOf } from '../../src/provider/support';
import { expectNoAxeViolations } from '../axe';

const line: SupportResource = {
  label: 'Talk to someone tonight',
  description: 'Free and confidential, any hour',
  href: 'https://example.org/talk',
};

describe('given support resources to check', () => {
  it('should keep good ones in order, as one or as a list', () => {
    const call: SupportResource = { label: 'Call', href: 'tel:+10000000000' };
    expect(checkSupportResources(line)).toEqual({ resources: [line], problems: [] });
    expect(checkSupportResources([line, call]).resources).toEqual([line, call]);
    expect(checkSupportResources(undefined)).toEqual({ resources: [], problems: [] });
  });

  it.each([
    ['no label', { href: 'https://example.org' }, /no label/],
    ['a blank label', { label: '  ', href: 'https://example.org' }, /no label/],
    ['both href and onOpen', { label: 'Both', href: '/help', onOpen: () => {} }, /exactly one/],
    ['neither href nor onOpen', { label: 'Neither' }, /exactly one/],
    [
      'a javascript: href',
      { label: 'Sneaky', href: 'javascript:alert(1)' },
      /could run code \(javascript:\)/,
    ],
    ['a data: href', { label: 'Data', href: 'data:text/html,<p>hi</p>' }, /could run code/],
    ['an onOpen that is not a function', { label: 'Odd', onOpen: 'open' }, /not a function/],
  ])('should leave out a resource with %s and say why', (_, bad, problem) => {
    const checked = checkSupportResources([bad, line]);
    expect(checked.resources).toEqual([line]);
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatch(/^support resource 1/);
    expect(checked.problems[0]).toMatch(problem);
  });

  it('should read a scheme hidden by case, tabs, newlines and leading spaces as a browser does', () => {
    const hide = fc
      .array(fc.constantFrom('', '\t', '\n', '\r'), { minLength: 10, maxLength: 10 })
      .map((noise) => noise);
    fc.assert(
      fc.property(
        fc.constantFrom('javascript', 'vbscript', 'data', 'blob', 'file'),
        hide,
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        fc.constantFrom('', ' ', '\u0000', ' \u001f'),
        (scheme, noise, upper, lead) => {
          const mixed = [...scheme]
            .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c) + (noise[i % noise.length] ?? ''))
            .join('');
          const href = `${lead}${mixed}:anything`;
          expect(schemeOf(href)).toBe(scheme);
          expect(isSafeSupportHref(href)).toBe(false);
          expect(checkSupportResources({ label: 'x', href }).resources).toEqual([]);
        },
      ),
    );
  });

  it('should allow web, phone, text and mail links and relative addresses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('https://', 'http://', 'tel:', 'sms:', 'mailto:', '/', './', '#', '?'),
        fc.stringMatching(/^[a-z0-9/._-]{0,20}$/),
        (start, rest) => {
          expect(isSafeSupportHref(start + rest)).toBe(true);
        },
      ),
    );
  });
});

function Resources() {
  return (
    <ul aria-label="Read by the host">
      {useSupport().map((resource) => (
        <li key={resource.label}>{resource.label}</li>
      ))}
    </ul>
  );
}

describe('given an AttuneProvider with support', () => {
  it('should give hosts the checked resources through useSupport, and none without a provider', () => {
    const { rerender } = render(<Resources />);
    expect(within(screen.getByRole('list')).queryAllByRole('listitem')).toHaveLength(0);
    rerender(
      <AttuneProvider support={[line, { label: 'App help', onOpen: () => {} }]}>
        <Resources />
      </AttuneProvider>,
    );
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Talk to someone tonight', 'App help']);
  });

  it('should skip a bad resource, keep the good ones and say so once in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = [{ label: 'Bad', href: 'javascript:void(0)' }, line];
    const { rerender } = render(
      <AttuneProvider support={bad}>
        <SupportOffer />
      </AttuneProvider>,
    );
    rerender(
      <AttuneProvider support={[...bad]}>
        <SupportOffer />
      </AttuneProvider>,
    );
    expect(screen.queryByRole('link', { name: 'Bad' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bad' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Talk to someone tonight' })).toHaveAttribute(
      'href',
      'https://example.org/talk',
    );
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0]?.[0]).toMatch(/AttuneProvider: support resource 1 \(“Bad”\) was left out/);
    error.mockRestore();
  });

  it('should say nothing in the console in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<AttuneProvider support={[{ label: 'Bad', href: 'javascript:void(0)' }]} />);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    vi.unstubAllEnvs();
  });
});

describe('given a SupportOffer', () => {
  it('should offer links and buttons, each described, opening in place unless asked', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const { container } = render(
      <AttuneProvider
        support={[
          line,
          { label: 'Open in a new tab', href: 'https://example.org/new', target: '_blank' },
          { label: 'Our support team', onOpen },
        ]}
      >
        <SupportOffer headingLevel={3} />
      </AttuneProvider>,
    );
    const region = screen.getByRole('region', { name: 'Pausing here' });
    expect(within(region).getByRole('heading', { level: 3, name: 'Pausing here' })).toBeInTheDocument();
    const list = within(region).getByRole('list', { name: 'If it would help to reach someone' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const link = screen.getByRole('link', { name: 'Talk to someone tonight' });
    expect(link).toHaveAccessibleDescription('Free and confidential, any hour');
    expect(link).not.toHaveAttribute('target');
    expect(link).not.toHaveAttribute('rel');
    expect(screen.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute('rel', 'noopener');
    await user.click(screen.getByRole('button', { name: 'Our support team' }));
    expect(onOpen).toHaveBeenCalledOnce();
    expect(screen.getByText('You can come back to this any time.')).toBeVisible();
    expect(screen.queryByText(/emergency|crisis|urgent/i)).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('should be announced politely when it appears, without taking focus', () => {
    const before = document.activeElement;
    render(
      <AttuneProvider support={line}>
        <SupportOffer reason="intensity" />
      </AttuneProvider>,
    );
    expect(screen.getByRole('log')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('log')).toHaveTextContent(
      'Support, if you want it That sounds like a lot to hold right now.',
    );
    expect(document.activeElement).toBe(before);
  });

  it('should take focus to its heading when it replaces what had focus', () => {
    render(<SupportOffer takeFocus />);
    expect(screen.getByRole('heading', { name: 'Pausing here' })).toHaveFocus();
  });

  it('should show nothing after a strong intensity when the host gave no support', () => {
    const { container } = render(<SupportOffer reason="intensity" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('should speak Spanish', () => {
    render(
      <AttuneProvider locale="es" messages={es} support={line}>
        <SupportOffer />
      </AttuneProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Una pausa aquí' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Si te ayuda hablar con alguien' })).toBeInTheDocument();
    expect(screen.getByText('Puedes volver a esto cuando quieras.')).toBeVisible();
  });
});
