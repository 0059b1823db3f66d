/** Types for scripts/css-literals.js, which vite.config.ts imports. */
import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';

export function minifyCssLiterals(source: string, fileName: string): string;
export function cssLiteralsVitePlugin(): VitePlugin;
export function cssLiteralsEsbuildPlugin(): EsbuildPlugin;
