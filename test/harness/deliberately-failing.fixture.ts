// Run only by test/harness/check-harness.js: proves a failing browser test fails the run.
import { expect, fixture, html } from '@open-wc/testing';
import { NpqElement } from '../../src/internal/npq-element.js';
import { defineElement } from '../../src/internal/define.js';
import { expectAccessible } from '../helpers/axe.js';

class NpqHarnessBroken extends NpqElement {
  override render() {
    return html`<input type="text" />`;
  }
}
defineElement('npq-harness-broken', NpqHarnessBroken);

describe('harness self-check', () => {
  it('fails on an element axe rejects', async () => {
    const element = await fixture(html`<npq-harness-broken></npq-harness-broken>`);
    await expectAccessible(element);
  });

  it('passes a plain assertion', () => {
    expect(1 + 1).to.equal(2);
  });
});
