import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import minifyLitLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// `npm start` serves the demo site; `vite build` makes the npm library (ES modules, deps external).

/**
 * Lit's own minifier for its template literals: html-minifier-next for html`` and svg``, lightningcss
 * for css``. Whitespace is collapsed conservatively: every run becomes one space and none is
 * dropped, so visible spaces ("Closing soon – closes", "text <a>link</a>") survive even at the
 * edge of a nested template. Any literal it cannot minify stops the build.
 */
const minifyTemplates = {
  ...minifyLitLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  }),
  enforce: 'pre' as const,
};

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: 'demo',
        server: { host: '127.0.0.1', port: 5173, open: false },
      }
    : {
        plugins: [minifyTemplates],
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          minify: false,
          sourcemap: true,
          lib: {
            entry: {
              index: resolve(import.meta.dirname, 'src/index.ts'),
              all: resolve(import.meta.dirname, 'src/all.ts'),
              lazy: resolve(import.meta.dirname, 'src/lazy.ts'),
              'core/index': resolve(import.meta.dirname, 'src/core/index.ts'),
              'cli/main': resolve(import.meta.dirname, 'src/cli/main.ts'),
              'react/index': resolve(import.meta.dirname, 'src/react/index.ts'),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^lit-html/, /^lit-element/, /^valibot$/, /^react(\/|$)/, /^node:/],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
            },
          },
        },
      },
);
