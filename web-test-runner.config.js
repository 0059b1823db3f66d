import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, installAdvice, chromiumArgs } from './scripts/find-browser.js';
import { summaryReporter } from './scripts/summary-reporter.js';

const executablePath = findBrowser();
if (!executablePath) {
  console.error(installAdvice);
  process.exit(1);
}

// External data the project must agree with lives beside the project, never inside it.
const conformanceDir = resolve(import.meta.dirname, '../shared/conformance');

/** Serves ../shared/conformance at /__conformance/ and the run's environment at /__env.json. */
const sharedDataPlugin = {
  name: 'npq-shared-data',
  serve(context) {
    if (context.path === '/__env.json') {
      return { body: JSON.stringify({ ci: process.env.CI === 'true', conformanceDir }), type: 'json' };
    }
    if (context.path.startsWith('/__conformance/')) {
      const file = resolve(conformanceDir, context.path.slice('/__conformance/'.length));
      if (!file.startsWith(conformanceDir) || !existsSync(file)) return { status: 404, body: 'absent' };
      return { body: readFileSync(file, 'utf8'), type: 'text' };
    }
    return undefined;
  },
};

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: headless Chromium pauses animation frames in background pages.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), sharedDataPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
