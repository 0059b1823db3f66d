/**
 * A host may set properties on the tags before the kit's script has defined them (a deferred or
 * lazily loaded bundle). Nothing here imports the elements up front: they are defined mid-test.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { NpqEligibilityChecker } from '../../src/elements/npq-eligibility-checker/npq-eligibility-checker.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';
import { squash } from './page.js';

const NOW = '2026-07-01T12:00:00Z';
const text = (element: Element) => squash(element.shadowRoot?.textContent);

/** An element not yet defined, with properties (not attributes) set on it, as a script would. */
function early<T extends object>(tag: string, properties: T): HTMLElement & T {
  const element = document.createElement(tag) as HTMLElement & T;
  Object.assign(element, properties);
  return element;
}

describe('properties set before the elements are defined', () => {
  it('are kept by every widget, inside <npq-programmes> and on their own', async function () {
    this.timeout(20_000);
    expect(customElements.get('npq-programmes'), 'not defined yet').to.equal(undefined);
    const definition = checkerDefinition();
    const inside = {
      status: early('npq-application-status', { programme: 'npq-headship', variant: 'banner', now: NOW, messages: { open: 'Taking applications now' } }),
      finder: early('npq-programme-finder', { now: NOW, messages: { searchLabel: 'Find a course' } }),
      explorer: early('npq-content-explorer', { programme: 'npq-leading-teaching', now: NOW, messages: { overviewHeading: 'Key facts' } }),
      checker: early('npq-eligibility-checker', { checkerId: 'early', messages: { continue: 'Next question' } }),
    };
    const programmes = early('npq-programmes', { definition });
    programmes.append(...Object.values(inside));
    const alone = early('npq-content-explorer', { definition, programme: 'npq-headship', now: NOW, messages: { overviewHeading: 'At a glance' } });
    const container = document.createElement('div');
    container.append(programmes, alone);
    document.body.append(container);

    // Widgets first, the provider last: the order a lazily loading page may end up with.
    await import('../../src/elements/npq-application-status/define.js');
    await import('../../src/elements/npq-programme-finder/define.js');
    await import('../../src/elements/npq-content-explorer/define.js');
    await import('../../src/elements/npq-eligibility-checker/define.js');
    await import('../../src/elements/npq-programmes/define.js');

    await waitUntil(() => text(inside.status).includes('Taking applications now'), 'the status keeps its programme, variant, now and messages', { timeout: 5_000 });
    expect(inside.status.shadowRoot!.querySelector('[part~="heading"], h2')?.textContent).to.contain('NPQ in Headship');
    await waitUntil(() => text(inside.finder).includes('Find a course'), 'the finder keeps its messages');
    await waitUntil(() => text(inside.explorer).includes('Key facts'), 'the explorer keeps its messages');
    expect(text(inside.explorer)).to.contain('NPQ in Leading Teaching');
    await waitUntil(() => inside.checker.shadowRoot?.querySelector('button[type="submit"]') !== null, 'the checker shows its first question');
    expect(squash(inside.checker.shadowRoot!.querySelector('button[type="submit"]')!.textContent)).to.equal('Next question');
    expect((inside.checker as unknown as NpqEligibilityChecker).checkerId).to.equal('early');
    await waitUntil(() => text(alone).includes('At a glance'), 'a widget keeps its own definition');
    expect(text(alone)).to.contain('NPQ in Headship');
    container.remove();
  });
});
