import { useState, type ReactNode } from 'react';
import { AttuneProvider, type AttuneTheme } from '../../src';

const themes: AttuneTheme[] = ['light', 'dark', 'system'];

/** A live theme switch around any content, for the Theming page. */
export function ThemePlayground({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<AttuneTheme>('light');
  return (
    <AttuneProvider theme={theme}>
      <div
        style={{ background: 'var(--attune-bg)', color: 'var(--attune-fg)', padding: 24, borderRadius: 12 }}
      >
        <fieldset style={{ border: 0, padding: 0, marginBlockEnd: 16, display: 'flex', gap: 16 }}>
          <legend style={{ fontWeight: 600, marginBlockEnd: 8 }}>Theme</legend>
          {themes.map((value) => (
            <label key={value} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
              <input
                type="radio"
                name="attune-playground-theme"
                value={value}
                checked={theme === value}
                onChange={() => setTheme(value)}
              />
              {value}
            </label>
          ))}
        </fieldset>
        {children}
      </div>
    </AttuneProvider>
  );
}
