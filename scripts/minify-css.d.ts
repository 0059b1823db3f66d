/** Types for scripts/minify-css.js, which the browser tests import. */
export function minifyCss(text: string, touching?: { before?: boolean; after?: boolean }): string;
