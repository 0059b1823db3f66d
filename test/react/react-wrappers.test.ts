import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { createElement, type JSX } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { NpqApplicationStatus, NpqContentExplorer, NpqEligibilityChecker, NpqProgrammeFinder, NpqProgrammes } from '../../src/react/index.js';
import type {
  NpqAnswerDetail,
  NpqErrorDetail,
  NpqFilterChangeDetail,
  NpqProgrammeSelectDetail,
  NpqReadyDetail,
} from '../../src/index.js';
import type {} from '../../src/react/jsx.js';
import { SETTLE_DELAY_MS } from '../../src/elements/npq-programme-finder/npq-programme-finder.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/console.js';
import { minimalDefinition } from '../fixtures/minimal-definition.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';

type Tag = 'npq-programmes' | 'npq-application-status' | 'npq-content-explorer' | 'npq-eligibility-checker' | 'npq-programme-finder';

const now = '2026-07-01T12:00:00Z';
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

let container: HTMLElement;
let root: Root;

/** Renders synchronously, so the element and the wrapper's listeners exist once it returns. */
function render(element: ReturnType<typeof createElement>) {
  flushSync(() => root.render(element));
}

async function rendered<Name extends Tag>(tag: Name) {
  const element = container.querySelector(tag);
  expect(element, `<${tag}> rendered`).to.be.instanceOf(HTMLElement);
  await element!.updateComplete;
  return element!;
}

/** What a visitor reads in the widget's shadow root. */
const shown = (element: Element) => squash(element.shadowRoot!.textContent);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  flushSync(() => root.unmount());
  container.remove();
  sessionStorage.clear();
});

describe('React wrappers (npq-widgets/react)', () => {
  it('NpqProgrammes calls onNpqReady and gives its definition to an NpqProgrammeFinder rendered inside it', async () => {
    const ready: NpqReadyDetail[] = [];
    render(
      createElement(
        NpqProgrammes,
        { definition: minimalDefinition(), onNpqReady: (event) => ready.push(event.detail) },
        createElement(NpqProgrammeFinder, { now, headingLevel: 3 }),
      ),
    );
    await rendered('npq-programmes');
    const finder = await rendered('npq-programme-finder');
    await finder.updateComplete;
    expect(ready).to.deep.equal([{ programmes: 2, issues: 0 }]);
    const titles = [...finder.shadowRoot!.querySelectorAll('.result-title')].map((title) => squash(title.textContent));
    expect(titles.map((title) => title.replace(/ \([A-Z]+\)$/, ''))).to.deep.equal(['NPQ in Headship', 'NPQ in Leading Teaching']);
    expect(finder.shadowRoot!.querySelector('.result-title')!.tagName).to.equal('H4');
    await expectAccessible(finder);
  });

  it('NpqProgrammeFinder calls onNpqFilterChange once a filter settles, and onNpqProgrammeSelect when a title is followed', async () => {
    const changes: NpqFilterChangeDetail[] = [];
    const selected: NpqProgrammeSelectDetail[] = [];
    render(
      createElement(NpqProgrammeFinder, {
        now,
        definition: minimalDefinition(),
        onNpqFilterChange: (event) => changes.push(event.detail),
        onNpqProgrammeSelect: (event) => {
          // The host handles the navigation itself, as a single-page app would.
          event.preventDefault();
          selected.push(event.detail);
        },
      }),
    );
    const finder = await rendered('npq-programme-finder');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      finder.shadowRoot!.querySelector<HTMLInputElement>('#npq-finder-group-leadership')!.click();
      await finder.updateComplete;
      expect(changes, 'nothing reported before the change settles').to.have.length(0);
      await clock.tickAsync(SETTLE_DELAY_MS);
      await finder.updateComplete;
    } finally {
      clock.restore();
    }
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ results: 1, page: 1 });
    expect(changes[0]!.filters.group).to.deep.equal(['leadership']);

    const link = finder.shadowRoot!.querySelector<HTMLAnchorElement>('.result-title a')!;
    expect(squash(link.textContent)).to.contain('NPQ in Headship');
    const address = window.location.href;
    link.click();
    expect(selected).to.deep.equal([{ programme: 'npq-headship' }]);
    expect(window.location.href).to.equal(address);
  });

  it('NpqEligibilityChecker calls onNpqAnswer when a visitor answers, and moves to the next question', async () => {
    const answers: NpqAnswerDetail[] = [];
    render(
      createElement(NpqEligibilityChecker, {
        definition: checkerDefinition(),
        checkerId: 'react-wrapper',
        onNpqAnswer: (event) => answers.push(event.detail),
      }),
    );
    const checker = await rendered('npq-eligibility-checker');
    const heading = () => squash(checker.shadowRoot!.querySelector('#npq-step-heading')?.textContent);
    expect(heading()).to.equal('What is your role?');
    const headteacher = [...checker.shadowRoot!.querySelectorAll('label')].find((label) => squash(label.textContent) === 'Headteacher');
    expect(headteacher, 'a "Headteacher" choice').to.not.equal(undefined);
    headteacher!.click();
    [...checker.shadowRoot!.querySelectorAll('button')].find((button) => squash(button.textContent) === 'Continue')!.click();
    await checker.updateComplete;
    await checker.updateComplete;
    expect(answers).to.deep.equal([{ question: 'role', step: 1 }]);
    expect(heading()).to.equal('Which subjects do you lead?');
    await expectAccessible(checker);
  });

  it('NpqContentExplorer shows the chosen programme and calls onNpqProgrammeSelect when a visitor picks another', async () => {
    const selected: NpqProgrammeSelectDetail[] = [];
    render(createElement(NpqContentExplorer, { now, definition: minimalDefinition(), onNpqProgrammeSelect: (event) => selected.push(event.detail) }));
    const element = await rendered('npq-content-explorer');
    const select = element.shadowRoot!.querySelector('select')!;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.contain('NPQ in Headship');

    select.value = 'npq-leading-teaching';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(selected).to.deep.equal([{ programme: 'npq-leading-teaching' }]);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.contain('NPQ in Leading Teaching');
    await expectAccessible(element);
  });

  it('NpqApplicationStatus passes the definition as a property and shows the badge', async () => {
    const ready: NpqReadyDetail[] = [];
    render(
      createElement(NpqApplicationStatus, {
        programme: 'npq-headship',
        now,
        definition: minimalDefinition(),
        onNpqReady: (event) => ready.push(event.detail),
      }),
    );
    const element = await rendered('npq-application-status');
    expect(shown(element)).to.equal('Applications open – closes 5pm, 28 September 2026');
    expect(ready).to.have.length(1);
    await expectAccessible(element);
  });

  it('NpqApplicationStatus calls onNpqError for an unknown programme, and the visitor sees why', async () => {
    const errors: NpqErrorDetail[] = [];
    const warnings = captureWarnings();
    try {
      render(
        createElement(NpqApplicationStatus, {
          programme: 'npq-nope',
          now,
          definition: minimalDefinition(),
          onNpqError: (event) => errors.push(event.detail),
        }),
      );
      const element = await rendered('npq-application-status');
      expect(errors.map((detail) => detail.code)).to.deep.equal(['unknown-programme']);
      expect(warnings.messages).to.have.length(1);
      expect(shown(element)).to.contain('"npq-nope" is not in the programme definition');
      await expectAccessible(element);
    } finally {
      warnings.restore();
    }
  });

  it('NpqApplicationStatus follows new props and calls only the current handler', async () => {
    const first: NpqErrorDetail[] = [];
    const second: NpqErrorDetail[] = [];
    const warnings = captureWarnings();
    try {
      const definition = minimalDefinition();
      render(createElement(NpqApplicationStatus, { programme: 'npq-nope', now, definition, onNpqError: (event) => first.push(event.detail) }));
      await rendered('npq-application-status');
      render(createElement(NpqApplicationStatus, { programme: 'npq-gone', now, definition, onNpqError: (event) => second.push(event.detail) }));
      const element = await rendered('npq-application-status');
      expect(first).to.have.length(1);
      expect(second.map((detail) => detail.code)).to.deep.equal(['unknown-programme']);
      expect(shown(element)).to.contain('"npq-gone" is not in the programme definition');
    } finally {
      warnings.restore();
    }
  });
});

describe('JSX types (npq-widgets/react/jsx) in React 19 without a wrapper', () => {
  it('React sets the typed definition property and listens through the onnpq-error prop', async () => {
    const errors: NpqErrorDetail[] = [];
    const warnings = captureWarnings();
    try {
      const props: JSX.IntrinsicElements['npq-application-status'] = {
        programme: 'npq-nope',
        variant: 'banner',
        now,
        definition: minimalDefinition(),
        'onnpq-error': (event) => errors.push(event.detail),
      };
      render(createElement('npq-application-status', props));
      const element = await rendered('npq-application-status');
      expect(element.variant).to.equal('banner');
      expect(errors.map((detail) => detail.code)).to.deep.equal(['unknown-programme']);
      expect(shown(element)).to.contain('"npq-nope" is not in the programme definition');
    } finally {
      warnings.restore();
    }
  });
});
