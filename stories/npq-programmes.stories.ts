import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Loading/npq-programmes',
  component: 'npq-programmes',
};
export default meta;

type Story = StoryObj;

/** Loads the bundled sample definition and shows what it provides. */
export const Loaded: Story = {
  render: () => html`<npq-programmes src="data/programmes.json">
    <p>Fallback: <a href="https://northfield-tsh.example/npqs">see our NPQ courses</a></p>
  </npq-programmes>`,
};

/** The file is not there: visitors see a plain message and the fallback link. */
export const NotFound: Story = {
  render: () => html`<npq-programmes src="data/missing.json">
    <p><a href="https://northfield-tsh.example/npqs">See our NPQ courses</a></p>
  </npq-programmes>`,
};

/** The file is JSON but not a programme definition: the editor sees each located problem. */
export const Invalid: Story = {
  render: () => html`<npq-programmes .definition=${{ schemaVersion: 2, provider: { name: '' }, programmes: {} }}>
    <p><a href="https://northfield-tsh.example/npqs">See our NPQ courses</a></p>
  </npq-programmes>`,
};
