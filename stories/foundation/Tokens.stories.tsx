import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TokenPairs } from './TokenPairs';

const meta = {
  title: 'Theming/Token pairs',
  component: TokenPairs,
  parameters: {
    docs: { description: { component: 'The semantic colour pairs, each shown as text on its background.' } },
  },
} satisfies Meta<typeof TokenPairs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Relative luminance of the colour an element paints behind it (0 black, 1 white). */
function backgroundLuminance(element: Element): number {
  const [r, g, b] = getComputedStyle(element)
    .backgroundColor.match(/[\d.]+/g)!
    .map(Number) as [number, number, number];
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export const Light: Story = {
  globals: { theme: 'light' },
  play: async ({ canvas }) => {
    await expect(
      backgroundLuminance(canvas.getByText('Noticing is the win', { selector: 'tr:first-child span' })),
    ).toBeGreaterThan(0.8);
  },
};

/** Guards the theme boundary: inside a dark provider, tokens must resolve dark. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(
      backgroundLuminance(canvas.getByText('Noticing is the win', { selector: 'tr:first-child span' })),
    ).toBeLessThan(0.05);
  },
};
