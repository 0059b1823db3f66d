import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const demo = resolve(import.meta.dirname, 'demo');

// `npm run build:demo`: the demo hub site as static files a hub could host as they are.
export default defineConfig({
  root: demo,
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'demo-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(demo, 'index.html'),
        programme: resolve(demo, 'programme.html'),
        'check-eligibility': resolve(demo, 'check-eligibility.html'),
        builder: resolve(demo, 'builder.html'),
      },
    },
  },
  plugins: [
    {
      name: 'npq-sample-definition',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'data/programmes.json',
          source: readFileSync(resolve(demo, 'data/programmes.json'), 'utf8'),
        });
      },
    },
  ],
});
