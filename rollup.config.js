import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { basename, dirname } from 'node:path';

const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  // The CDN bundle: one self-contained ES module (Lit bundled once) that defines every element.
  {
    input: 'dist/all.js',
    output: { file: 'dist/cdn/npq-widgets.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  // Lazy mode: a small loader plus shared chunks, each widget's code fetched when its tag appears.
  {
    input: { 'npq-widgets-lazy': 'dist/lazy.js' },
    output: {
      dir: 'dist/cdn/lazy',
      format: 'es',
      sourcemap: true,
      // Name each widget's chunk after its element, so a page's network panel reads plainly.
      chunkFileNames: (chunk) =>
        chunk.facadeModuleId?.endsWith('define.js') ? `${basename(dirname(chunk.facadeModuleId))}-[hash].js` : 'shared-[hash].js',
    },
    plugins: plugins(),
  },
];
