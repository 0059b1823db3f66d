import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// The CDN bundle: one self-contained ES module (Lit bundled once) that defines every element.
export default {
  input: 'dist/all.js',
  output: {
    file: 'dist/cdn/npq-widgets.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
