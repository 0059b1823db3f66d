import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  // The root vite.config.ts builds the npm library (deps external); Storybook needs an app build.
  viteFinal: (viteConfig) => {
    const { build = {}, ...rest } = viteConfig;
    const { lib: _lib, rolldownOptions: _rolldown, ...appBuild } = build as typeof build & { rolldownOptions?: unknown };
    return { ...rest, root: undefined, build: appBuild };
  },
};

export default config;
