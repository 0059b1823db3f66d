import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NpqElement } from '../../src/internal/npq-element.js';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { expectAccessible, expectInaccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/console.js';

class NpqTestGreeting extends NpqElement {
  override render() {
    return litHtml`<p part="base">Welcome to the hub</p><button type="button" @click=${() => this.emit('npq-ready', { programmes: 1, issues: 0 })}>Notify</button>`;
  }
}
defineElement('npq-test-greeting', NpqTestGreeting);

/** Deliberately broken: an unlabelled text field, which axe must catch. */
class NpqTestBroken extends NpqElement {
  override render() {
    return litHtml`<input type="text" />`;
  }
}
defineElement('npq-test-broken', NpqTestBroken);

describe('NpqElement', () => {
  it('renders into a shadow root and passes axe', async () => {
    const element = await fixture<NpqTestGreeting>(html`<npq-test-greeting></npq-test-greeting>`);
    expect(element.shadowRoot?.textContent).to.contain('Welcome to the hub');
    await expectAccessible(element);
  });

  it('fires events that bubble out of the shadow root to the page', async () => {
    const wrapper = await fixture(html`<div><npq-test-greeting></npq-test-greeting></div>`);
    const element = wrapper.querySelector('npq-test-greeting')!;
    const heard = oneEvent(wrapper, 'npq-ready');
    element.shadowRoot!.querySelector('button')!.click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ programmes: 1, issues: 0 });
    expect(event.composed).to.equal(true);
  });

  it('inherits the host page font', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif"><npq-test-greeting></npq-test-greeting></div>`);
    const paragraph = wrapper.querySelector('npq-test-greeting')!.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(paragraph).fontFamily).to.contain('Georgia');
  });

  it('lets axe catch a deliberately broken element', async () => {
    const element = await fixture(html`<npq-test-broken></npq-test-broken>`);
    await expectInaccessible(element);
  });
});

describe('defineElement', () => {
  it('is a silent no-op when the same class is defined again', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('npq-test-greeting', NpqTestGreeting)).not.to.throw();
      expect(warnings.messages).to.have.length(0);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the first copy when the kit is loaded twice, and warns once for every clash on the page', () => {
    const warnings = captureWarnings();
    try {
      class SecondCopy extends NpqElement {}
      expect(() => defineElement('npq-test-greeting', SecondCopy)).not.to.throw();
      expect(customElements.get('npq-test-greeting')).to.equal(NpqTestGreeting);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('included twice');
    } finally {
      warnings.restore();
    }
  });

  it('keeps a tag the host page defined first and warns at most once, without throwing', () => {
    customElements.define('npq-test-host-owned', class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      class Ours extends NpqElement {}
      class AlsoOurs extends NpqElement {
        static override npqVersion = '0.0.1-other';
      }
      defineElement('npq-test-host-owned', Ours);
      customElements.define('npq-test-older', AlsoOurs);
      defineElement('npq-test-older', Ours);
      expect(warnings.messages.length).to.be.at.most(1);
      expect(customElements.get('npq-test-host-owned')).not.to.equal(Ours);
    } finally {
      warnings.restore();
    }
  });

  it('carries the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(NpqElement.npqVersion).to.equal(pkg.version);
  });
});
