import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { createMemoryStorage, usePatternLog } from '../../src/pattern-log';

/** A host's own interface on the headless hook: one button, a count, and an export. */
function OneTapLog() {
  const [storage] = useState(() => createMemoryStorage());
  const log = usePatternLog({ storage });
  const [json, setJson] = useState('');
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 8, justifyItems: 'start' }}>
      <button
        type="button"
        className="attune-Button"
        onClick={() => log.add({ pattern: 'bracing', body: ['shoulders'] })}
      >
        My shoulders just rose
      </button>
      <p>
        Noticed {log.entries.length} {log.entries.length === 1 ? 'time' : 'times'} · storage: {log.status}
      </p>
      <button
        type="button"
        className="attune-Button"
        data-variant="quiet"
        onClick={() => setJson(log.exportJSON())}
      >
        Show the JSON
      </button>
      {json && (
        <pre aria-label="Exported JSON" style={{ maxInlineSize: 'min(40rem, 100%)', overflow: 'auto' }}>
          {json}
        </pre>
      )}
    </div>
  );
}

const meta = {
  title: 'PatternLog/Headless hook',
  component: OneTapLog,
  parameters: {
    docs: {
      description: {
        component:
          '`usePatternLog({ storage })` gives the entries, the actions and the storage status with no interface, for teams that draw their own. `add` returns the entry at once; saving follows.',
      },
    },
  },
} satisfies Meta<typeof OneTapLog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OneTap: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'My shoulders just rose' }));
    await expect(await canvas.findByText(/Noticed 1 time · storage: ready/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show the JSON' }));
    await expect(canvas.getByLabelText('Exported JSON')).toHaveTextContent('"pattern": "bracing"');
  },
};
