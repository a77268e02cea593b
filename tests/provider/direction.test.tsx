import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { AttuneProvider } from '../../src';
import { ChoicePoint, ChoicePointDialog } from '../../src/choice-point';
import { textDirection } from '../../src/provider/direction';

describe('given a locale', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['ur-PK', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['en', 'ltr'],
    ['es-MX', 'ltr'],
    ['ja', 'ltr'],
  ])('should read %s as %s', (locale, dir) => {
    expect(textDirection(locale)).toBe(dir);
  });

  it('should take anything that is not a locale as left to right, never throw', () => {
    fc.assert(fc.property(fc.string(), (text) => ['ltr', 'rtl'].includes(textDirection(text))));
    expect(textDirection('')).toBe('ltr');
    expect(textDirection('not a locale!')).toBe('ltr');
  });
});

describe('given an AttuneProvider in a right-to-left language', () => {
  it('should set lang and dir on what it renders', () => {
    render(
      <AttuneProvider locale="ar">
        <ChoicePoint noticed="fawning" />
      </AttuneProvider>,
    );
    const scope = screen.getByRole('radiogroup').closest('[dir]');
    expect(scope).toHaveAttribute('dir', 'rtl');
    expect(scope).toHaveAttribute('lang', 'ar');
  });

  it('should let the host say the direction itself', () => {
    render(
      <AttuneProvider locale="ar" dir="ltr">
        <ChoicePoint noticed="fawning" />
      </AttuneProvider>,
    );
    expect(screen.getByRole('radiogroup').closest('[dir]')).toHaveAttribute('dir', 'ltr');
  });

  it('should carry lang and dir into a dialog, which renders outside the provider', async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider locale="he">
        <ChoicePointDialog noticed="fawning" trigger={<button type="button">Choose</button>} />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Choose' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAttribute('dir', 'rtl');
    expect(dialog).toHaveAttribute('lang', 'he');
  });

  it('should leave the page’s lang and dir alone when given neither locale nor dir', () => {
    render(
      <AttuneProvider theme="dark">
        <ChoicePoint noticed="fawning" />
      </AttuneProvider>,
    );
    expect(screen.getByRole('radiogroup').closest('[dir]')).toBeNull();
    expect(screen.getByRole('radiogroup').closest('[lang]')).toBeNull();
  });

  it('should leave lang and dir to the page when there is no provider', async () => {
    const user = userEvent.setup();
    render(<ChoicePointDialog noticed="fawning" trigger={<button type="button">Choose</button>} />);
    await user.click(screen.getByRole('button', { name: 'Choose' }));
    expect(screen.getByRole('dialog')).not.toHaveAttribute('dir');
    expect(screen.getByRole('dialog')).not.toHaveAttribute('lang');
  });
});
