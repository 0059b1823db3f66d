import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, installAdvice, chromiumArgs } from './scripts/find-browser.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { reactEsmPlugin } from './scripts/react-esm-plugin.js';

const executablePath = findBrowser();
if (!executablePath) {
  console.error(installAdvice);
  process.exit(1);
}

// External data the project must agree with lives beside the project, never inside it.
/** The release the two-version embed test pretends was already on the page. */
const OTHER_VERSION = '0.0.9';

const conformanceDir = resolve(import.meta.dirname, '../shared/conformance');

/** Demo pages opened with `?probe` get a console recorder first, for the demo tests. */
const demoProbePlugin = {
  name: 'npq-demo-probe',
  transform(context) {
    if (context.path.startsWith('/demo/') && context.path.endsWith('.html') && context.URL.searchParams.has('probe')) {
      return { body: context.body.replace('<head>', '<head><script src="/test/demo/demo-probe.js"></script>') };
    }
    return undefined;
  },
};

/**
 * Serves the built CDN bundle as if it were another release (its version string rewritten), so
 * the embed tests can put two versions of the kit on one page.
 */
const otherVersionPlugin = {
  name: 'npq-other-version',
  serve(context) {
    if (context.path !== '/test/embed/other-version/npq-widgets.js') return undefined;
    const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));
    const bundle = readFileSync(resolve(import.meta.dirname, 'dist/cdn/npq-widgets.js'), 'utf8');
    return { body: bundle.replaceAll(JSON.stringify(version), JSON.stringify(OTHER_VERSION)), type: 'js' };
  },
};

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

/** The strict policy a cautious hub might serve; the embed test page must work under it. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' https:",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export default {
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/embed/') && context.path.endsWith('.html')) {
        // Two copies of Lit each create the lit-html policy; a page that may load the kit twice
        // must allow duplicates (see README, "Strict CSP").
        const twoCopies = context.query.double !== undefined || context.query['two-versions'] !== undefined;
        const policy = twoCopies ? STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'") : STRICT_CSP;
        context.set('Content-Security-Policy', policy);
      }
    },
  ],
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: headless Chromium pauses animation frames in background pages.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), reactEsmPlugin(), sharedDataPlugin, demoProbePlugin, otherVersionPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
