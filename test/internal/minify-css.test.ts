// The build minifies Lit's css`` literals (scripts/css-literals.js). Chromium must read every
// widget's minified styles as the same rules, and the minifier must keep what CSS does not ignore.
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import { minifyCss } from '../../scripts/minify-css.js';
import '../../src/all.js';

/**
 * The rules Chromium parses from a style sheet's text, as it serialises them. A value with `var()`
 * keeps its source whitespace; any run of it is one whitespace token to CSS, so it counts as one space.
 */
function parsedRules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' '));
}

type Finalized = typeof LitElement;
const cssTextOf = (style: CSSResultOrNative) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'));

describe('minifying css`` literals', () => {
  for (const tag of ['npq-programmes', 'npq-application-status', 'npq-content-explorer', 'npq-eligibility-checker', 'npq-programme-finder'] as const) {
    it(`leaves <${tag}>'s styles parsing to the same rules, in fewer bytes`, () => {
      const styles = (customElements.get(tag) as Finalized).elementStyles.map(cssTextOf);
      expect(styles.length).to.be.above(0);
      for (const text of styles) {
        const minified = minifyCss(text);
        expect(parsedRules(minified)).to.deep.equal(parsedRules(text));
        expect(minified.length).to.be.below(text.length);
      }
    });
  }

  const cases: { name: string; text: string; touching?: { before?: boolean; after?: boolean }; expected: string }[] = [
    { name: 'indentation and line breaks', text: '\n  :host {\n    display: block;\n  }\n', expected: ':host{display: block;}' },
    { name: 'comments, even between tokens', text: 'a/* x */b { color: red; /* y */ }', expected: 'a b{color: red;}' },
    { name: 'a descendant combinator', text: ':host(:not([variant="banner"]))   .npq-loading { padding: 0 }', expected: ':host(:not([variant="banner"])) .npq-loading{padding: 0}' },
    { name: 'strings exactly, comment-like text and spaces included', text: "a::before { content: '/*  not a comment  */'; }", expected: "a::before{content: '/*  not a comment  */';}" },
    { name: 'escaped quotes inside strings', text: 'a { content: "say \\"  hi\\"" }', expected: 'a{content: "say \\"  hi\\""}' },
    { name: 'escapes outside strings', text: '.a\\ b  c { x: y }', expected: '.a\\ b c{x: y}' },
    { name: 'a space after a comma', text: 'h2,\n  h3 { --shadow: var(--x, 0 1px red) }', expected: 'h2, h3{--shadow: var(--x, 0 1px red)}' },
    { name: 'a space next to an interpolation', text: '\n  padding: ', touching: { after: true }, expected: 'padding: ' },
    { name: 'a space between two interpolations', text: '  \n ', touching: { before: true, after: true }, expected: ' ' },
    { name: 'no space after an interpolation before a delimiter', text: ' ;\n  margin: 0;', touching: { before: true }, expected: ';margin: 0;' },
  ];
  for (const { name, text, touching, expected } of cases) {
    it(`keeps what matters: ${name}`, () => {
      expect(minifyCss(text, touching)).to.equal(expected);
    });
  }
});
