import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import sinon from 'sinon';
import { clearDefinitionCache } from '../../../src/core/definition/load.js';
import { NpqElement } from '../../../src/internal/npq-element.js';
import { DefinitionController } from '../../../src/internal/definition-controller.js';
import { defineElement } from '../../../src/internal/define.js';
import type { NpqProgrammes } from '../../../src/elements/npq-programmes/npq-programmes.js';
import '../../../src/elements/npq-programmes/define.js';
import { minimalDefinition } from '../../fixtures/minimal-definition.js';
import { expectAccessible } from '../../helpers/axe.js';
import { captureWarnings } from '../../helpers/console.js';
import { routeFetch } from '../../helpers/fetch.js';

/** A widget-like consumer that shows what it receives, as a user would see it. */
class NpqTestConsumer extends NpqElement {
  readonly definitionController = new DefinitionController(this, { provide: false });
  @property() src?: string;
  @property({ attribute: false }) definition?: unknown;
  override render() {
    const { state } = this.definitionController;
    return state.status === 'ready'
      ? litHtml`<p>${state.definition.provider.name}: ${state.definition.programmes.length} programmes</p>`
      : litHtml`<p>${state.status}</p>`;
  }
}
defineElement('npq-test-consumer', NpqTestConsumer);

const definitionJson = JSON.stringify(minimalDefinition());
const shown = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<npq-programmes>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let network: ReturnType<typeof routeFetch> | undefined;

  beforeEach(() => {
    clearDefinitionCache();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    network?.restore();
    network = undefined;
    sinon.restore();
  });

  it('loads a definition from src and provides it to the widgets inside', async () => {
    network = routeFetch({ '/hub/programmes.json': { body: definitionJson } });
    const ready = new Promise<CustomEvent>((resolve) => document.addEventListener('npq-ready', (event) => resolve(event), { once: true }));
    const element = await fixture<NpqProgrammes>(html`<npq-programmes src="/hub/programmes.json">
      <npq-test-consumer></npq-test-consumer>
    </npq-programmes>`);
    const event = await ready;
    expect(event.detail).to.deep.equal({ programmes: 2, issues: 0 });
    const consumer = element.querySelector('npq-test-consumer')!;
    await waitUntil(() => shown(consumer).includes('programmes'));
    expect(shown(consumer)).to.equal('Riverside Teaching School Hub: 2 programmes');
    expect(warnings.messages).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('reads an inline JSON script child', async () => {
    const element = await fixture<NpqProgrammes>(html`<npq-programmes>
      <script type="application/json">
        ${definitionJson}
      </script>
      <npq-test-consumer></npq-test-consumer>
    </npq-programmes>`);
    const consumer = element.querySelector('npq-test-consumer')!;
    await waitUntil(() => shown(consumer).includes('programmes'));
    expect(element.validDefinition?.programmes).to.have.length(2);
  });

  it('takes a definition object as a property', async () => {
    const element = await fixture<NpqProgrammes>(html`<npq-programmes .definition=${minimalDefinition()}>
      <npq-test-consumer></npq-test-consumer>
    </npq-programmes>`);
    await waitUntil(() => shown(element.querySelector('npq-test-consumer')!).includes('2 programmes'));
  });

  it('makes one request per file however many elements name it', async () => {
    network = routeFetch({ '/hub/shared.json': { body: definitionJson } });
    const page = await fixture(html`<div>
      <npq-programmes src="/hub/shared.json"><npq-test-consumer></npq-test-consumer></npq-programmes>
      <npq-programmes src="/hub/shared.json"></npq-programmes>
      <npq-test-consumer src="/hub/shared.json"></npq-test-consumer>
    </div>`);
    const consumers = [...page.querySelectorAll('npq-test-consumer')];
    await waitUntil(() => consumers.every((consumer) => shown(consumer).includes('2 programmes')));
    expect(network.calls).to.deep.equal(['/hub/shared.json']);
  });

  const failures = [
    { name: '404', route: { status: 404, body: 'Not found' }, code: 'http', detail: '404' },
    { name: 'an HTML page instead of JSON', route: { status: 200, body: '<!doctype html><title>Oops</title>', contentType: 'text/html' }, code: 'not-json', detail: 'HTML page' },
    { name: 'JSON that is not a definition', route: { body: '{"programmes": 3}' }, code: 'invalid', detail: 'schemaVersion' },
  ] as const;
  for (const { name, route, code, detail } of failures) {
    it(`shows an accessible error with the fallback link on ${name}`, async () => {
      network = routeFetch({ '/hub/broken.json': route });
      const element = await fixture<NpqProgrammes>(html`<npq-programmes src="/hub/broken.json">
        <a href="https://riverside-tsh.example/npqs">See our courses</a>
      </npq-programmes>`);
      const event = await oneEvent(element, 'npq-error');
      expect(event.detail.code).to.equal(code);
      await element.updateComplete;
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Programme information is not available');
      expect(alert.textContent).to.contain(detail);
      const fallback = alert.querySelector('slot')!.assignedElements();
      expect(fallback.map((link) => link.textContent)).to.deep.equal(['See our courses']);
      expect(warnings.messages).to.have.length(1);
      await expectAccessible(element);
    });
  }

  it('retries a 500 answer once, then shows the error', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    network = routeFetch({ '/hub/flaky.json': { status: 500, body: 'Server error' } });
    const element = await fixture<NpqProgrammes>(html`<npq-programmes src="/hub/flaky.json"></npq-programmes>`);
    const failed = oneEvent(element, 'npq-error');
    await clock.tickAsync(1_000);
    expect((await failed).detail.code).to.equal('http');
    expect(network.calls).to.deep.equal(['/hub/flaky.json', '/hub/flaky.json']);
  });

  it('gives up after 10 seconds without an answer, twice', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    network = routeFetch({ '/hub/slow.json': { gate: new Promise(() => undefined) } });
    const element = await fixture<NpqProgrammes>(html`<npq-programmes src="/hub/slow.json"></npq-programmes>`);
    const failed = oneEvent(element, 'npq-error');
    await clock.tickAsync(21_000);
    const event = await failed;
    expect(event.detail.code).to.equal('timeout');
    expect(event.detail.message).to.contain('10 seconds');
    expect(network.calls).to.have.length(2);
  });

  it('shows the newest src when an older response arrives last', async () => {
    let releaseFirst!: () => void;
    const other = { ...minimalDefinition(), provider: { name: 'Second Hub', kind: 'teaching-school-hub' } };
    network = routeFetch({
      '/hub/first.json': { body: definitionJson, gate: new Promise((resolve) => (releaseFirst = resolve)) },
      '/hub/second.json': { body: JSON.stringify(other) },
    });
    const element = await fixture<NpqProgrammes>(html`<npq-programmes src="/hub/first.json">
      <npq-test-consumer></npq-test-consumer>
    </npq-programmes>`);
    element.src = '/hub/second.json';
    const consumer = element.querySelector('npq-test-consumer')!;
    await waitUntil(() => shown(consumer).includes('Second Hub'));
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(shown(consumer)).to.contain('Second Hub');
  });

  it('keeps the valid programmes of a partly broken file and reports the rest once', async () => {
    const definition = minimalDefinition();
    (definition.programmes[1] as { title: unknown }).title = 42;
    const errors: CustomEvent[] = [];
    const element = await fixture<NpqProgrammes>(html`<div @npq-error=${(event: CustomEvent) => errors.push(event)}>
      <npq-programmes .definition=${definition}><npq-test-consumer></npq-test-consumer></npq-programmes>
    </div>`);
    await waitUntil(() => shown(element.querySelector('npq-test-consumer')!).includes('1 programmes'));
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.issues[0].path).to.equal('/programmes/1/title');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('/programmes/1/title');
  });

  it('keeps the no-JS fallback visible while loading', async () => {
    network = routeFetch({ '/hub/pending.json': { gate: new Promise(() => undefined) } });
    const element = await fixture<NpqTestConsumer>(html`<npq-test-consumer src="/hub/pending.json">
      <a href="https://riverside-tsh.example/npqs">See our courses</a>
    </npq-test-consumer>`);
    expect(shown(element)).to.equal('loading');
    element.remove();
  });
});

describe('<npq-programmes> without a definition', () => {
  it('tells the editor what to add', async () => {
    const warnings = captureWarnings();
    try {
      const element = await fixture<NpqProgrammes>(html`<npq-programmes></npq-programmes>`);
      const event = await oneEvent(element, 'npq-error');
      expect(event.detail.message).to.contain('add a src attribute');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
