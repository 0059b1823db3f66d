import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Embedding/Theming',
  parameters: {
    docs: {
      description: {
        component:
          "A hub's own brand: set `--npq-*` custom properties on any ancestor and style `::part()`s. Fonts are inherited from the page.",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const now = '2026-09-14T12:00:00+01:00';

/** A hub with a plum brand colour, rounded corners and a serif house font. */
export const HubBrand: Story = {
  render: () => html`<style>
      .brand-plum {
        font-family: Georgia, 'Times New Roman', serif;
        --npq-color-accent: #6a1b4d;
        --npq-color-text: #1f1a24;
        --npq-color-border: #6f6475;
        --npq-color-subtle: #f6eef3;
        --npq-radius: 10px;
      }
      .brand-plum npq-programme-finder::part(result) {
        border-inline-start: 4px solid #6a1b4d;
        padding-inline-start: 1rem;
      }
    </style>
    <div class="brand-plum">
      <npq-programmes src="data/programmes.json">
        <npq-application-status programme="npq-senco" variant="banner" now=${now}></npq-application-status>
        <npq-programme-finder now=${now} page-size="3"></npq-programme-finder>
      </npq-programmes>
    </div>`,
};

/** The same widgets on a dark band: text and borders follow the tokens. */
export const DarkBand: Story = {
  render: () => html`<style>
      .brand-dark {
        background: #14213d;
        padding: 1.5rem;
        --npq-color-accent: #ffd166;
        --npq-color-text: #ffffff;
        --npq-color-muted: #d9d9d9;
        --npq-color-border: #a9b4c8;
        --npq-color-surface: #14213d;
        --npq-color-subtle: #22325a;
      }
    </style>
    <div class="brand-dark">
      <npq-programmes src="data/programmes.json">
        <npq-content-explorer programme="npq-headship" view="overview" now=${now}></npq-content-explorer>
      </npq-programmes>
    </div>`,
};
