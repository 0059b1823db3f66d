import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { applicationStatus } from '../../../src/core/status/application-status.js';
import { resolveMessages } from '../../../src/internal/messages.js';
import { renderStatusTag, statusMessages, statusTagStyles } from '../../../src/elements/npq-application-status/status-tag.js';
import { expectAccessible } from '../../helpers/axe.js';
import { autumn, programme } from './fixtures.js';

/** Another widget's shadow root, without the kit's base styles: the tag must bring what it needs. */
class NpqTestStatusHost extends LitElement {
  static override styles = [statusTagStyles];
  now = '2026-09-20T12:00:00Z';
  messages: Record<string, string> | undefined;
  override render() {
    const text = resolveMessages(statusMessages, 'status', this.messages, undefined);
    return litHtml`<p>NPQ in Headship: ${renderStatusTag(applicationStatus(programme([autumn]), new Date(this.now)), text)}</p>`;
  }
}
customElements.define('npq-test-status-host', NpqTestStatusHost);

describe('renderStatusTag in another widget', () => {
  it('renders the same wording and a coloured tag in any shadow root', async () => {
    const element = await fixture<NpqTestStatusHost>(html`<npq-test-status-host></npq-test-status-host>`);
    const paragraph = element.shadowRoot!.querySelector('p')!;
    expect(paragraph.textContent!.replace(/\s+/g, ' ').trim()).to.equal('NPQ in Headship: Closing soon – closes 5pm, 28 September 2026');
    const tag = element.shadowRoot!.querySelector<HTMLElement>('[part~="tag"]')!;
    expect(getComputedStyle(tag).backgroundColor).to.equal('rgb(253, 227, 197)');
    expect(getComputedStyle(tag).color).to.equal('rgb(110, 52, 0)');
    await expectAccessible(element);
  });

  it('follows the definition\'s "status.*" messages, keeping the date where the message puts it', async () => {
    const element = await fixture<NpqTestStatusHost>(html`<npq-test-status-host .messages=${{ 'status.closesDetail': 'last day {date}' }}></npq-test-status-host>`);
    expect(element.shadowRoot!.querySelector('.npq-status-detail')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('– last day 5pm, 28 September 2026');
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-09-28T17:00+01:00');
  });
});
