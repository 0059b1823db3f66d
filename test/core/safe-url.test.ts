import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/safe-url.js';

describe('safeUrl', () => {
  const refused: [string, unknown][] = [
    ['javascript:', 'javascript:alert(1)'],
    ['padded, mixed-case javascript:', ' JavaScript:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/'],
    ['relative', '/courses/npqh'],
    ['login details', 'https://user@riverside-tsh.example/'],
    ['blob:', 'blob:https://riverside-tsh.example/1234'],
    ['file:', 'file:///etc/passwd'],
    ['plain http:', 'http://riverside-tsh.example/'],
    ['a 100 kB URL', `https://riverside-tsh.example/${'a'.repeat(100_000)}`],
    ['a zero-width space', 'https://riverside-tsh.example/\u200b'.replace('\u200b', '\ufeff')],
    ['not a string', { href: 'https://riverside-tsh.example/' }],
    ['empty', ''],
  ];
  for (const [name, value] of refused) {
    it(`refuses ${name}`, () => {
      expect(safeUrl(value, ['https:', 'mailto:', 'tel:'])).to.equal(undefined);
    });
  }

  it('lets absolute https URLs through, normalised', () => {
    expect(safeUrl('HTTPS://Riverside-TSH.example/npqs?x=1#apply')).to.equal('https://riverside-tsh.example/npqs?x=1#apply');
  });

  it('lets mailto: and tel: through only where the caller allows them', () => {
    expect(safeUrl('mailto:npq@riverside-tsh.example')).to.equal(undefined);
    expect(safeUrl('mailto:npq@riverside-tsh.example', ['https:', 'mailto:'])).to.equal('mailto:npq@riverside-tsh.example');
    expect(safeUrl('tel:+441134960000', ['tel:'])).to.equal('tel:+441134960000');
  });
});
