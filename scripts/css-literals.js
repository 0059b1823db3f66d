// Minifies the CSS in Lit's css`` literals at build time (comments, indentation, line breaks),
// for the library build (vite.config.ts, which the CDN bundles are made from) and the size
// script. The literals are found with TypeScript's parser, so no other template is touched.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { minifyCss } from './minify-css.js';

/** The source with the static parts of every css`` literal minified. */
export function minifyCssLiterals(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  /** Replaces the text between a literal part's delimiters (`` ` `` or `}` before, `` ` `` or `${` after). */
  const edit = (part, before, after, touching) => {
    const start = part.getStart(file) + before;
    const end = part.end - after;
    edits.push([start, end, minifyCss(source.slice(start, end), touching)]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        edit(template, 1, 1, {});
      } else {
        edit(template.head, 1, 2, { after: true });
        template.templateSpans.forEach((span) => {
          const tail = ts.isTemplateTail(span.literal);
          edit(span.literal, 1, tail ? 1 : 2, { before: true, after: !tail });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

const applies = (id) => /[\\/]src[\\/].*\.ts$/.test(id) && !id.endsWith('.d.ts');

/** Vite (rolldown) plugin: runs on the TypeScript source before it is compiled. */
export function cssLiteralsVitePlugin() {
  return {
    name: 'npq-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!applies(id) || !code.includes('css`')) return undefined;
      // Only text inside style literals moves, so the source map is kept as it is.
      return { code: minifyCssLiterals(code, id), map: null };
    },
  };
}

/** esbuild plugin for the size script, so it measures what the build ships. */
export function cssLiteralsEsbuildPlugin() {
  return {
    name: 'npq-minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        if (!applies(path)) return undefined;
        const code = await readFile(path, 'utf8');
        return { contents: code.includes('css`') ? minifyCssLiterals(code, path) : code, loader: 'ts' };
      });
    },
  };
}
