import type { Meta, StoryObj } from '@storybook/react-vite';
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

export const Light: Story = { globals: { theme: 'light' } };
export const Dark: Story = { globals: { theme: 'dark' } };
