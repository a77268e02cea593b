import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BreathPacer, ChoicePoint } from '../../src';
import './productThemes.css';

const themes = {
  'calm-clinical': 'Calm clinical',
  'warm-journal': 'Warm journal',
  'high-contrast': 'High contrast',
} as const;
type ThemeName = keyof typeof themes;

/** The same two widgets inside a wrapper whose class sets only `--attune-*` tokens. */
function ThemedMoment({ theme }: { theme: ThemeName }) {
  return (
    <div className={`theme-${theme}`} style={{ padding: '1rem', display: 'grid', gap: '1rem' }}>
      <h2 style={{ margin: 0 }}>{themes[theme]}</h2>
      <ChoicePoint noticed="bracing" body={['shoulders']} />
      <BreathPacer pattern="gentle" cycles={3} />
    </div>
  );
}

const meta = {
  title: 'Recipes/Three product themes',
  component: ThemedMoment,
  args: { theme: 'calm-clinical' },
  argTypes: { theme: { control: 'inline-radio', options: Object.keys(themes) } },
} satisfies Meta<typeof ThemedMoment>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The theme's accent, in the light scheme, as the browser reports a background colour. */
const lightAccent: Record<ThemeName, string> = {
  'calm-clinical': 'rgb(31, 95, 168)',
  'warm-journal': 'rgb(156, 74, 44)',
  'high-contrast': 'rgb(0, 48, 122)',
};

/** Chooses compassion by keyboard and checks the theme's own accent reached the widget. */
function playTheme(theme: ThemeName): Story['play'] {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'As a setback' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown} ');
    await expect(canvas.getByRole('radio', { name: 'As progress' })).toBeChecked();
    await waitFor(() => expect(canvas.getByText(/^You noticed it\./)).toBeVisible());
    const start = canvas.getByRole('button', { name: 'Start' });
    await expect(getComputedStyle(start).backgroundColor).toBe(lightAccent[theme]);
  };
}

/** Cool and quiet, for apps that sit next to care teams. */
export const CalmClinical: Story = { args: { theme: 'calm-clinical' }, play: playTheme('calm-clinical') };

/** Paper and ink, for journaling apps. */
export const WarmJournal: Story = { args: { theme: 'warm-journal' }, play: playTheme('warm-journal') };

/** Black and white, bold lines and bigger targets, for people who need the strongest contrast. */
export const HighContrast: Story = { args: { theme: 'high-contrast' }, play: playTheme('high-contrast') };
