import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/elements/npq-application-status/define.js';
import { MAX_TIMER_DELAY, type NpqApplicationStatus } from '../../../src/elements/npq-application-status/npq-application-status.js';
import { captureWarnings } from '../../helpers/console.js';
import { autumn, cohort, definitionWith } from './fixtures.js';

const shown = (element: Element) => (element.shadowRoot!.querySelector('[part~="base"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

const OPEN = 'Applications open – closes 5pm, 28 September 2026';
const CLOSING_SOON = 'Closing soon – closes 5pm, 28 September 2026';
const CLOSED = 'Applications closed';

describe('<npq-application-status> over time', () => {
  let clock: sinon.SinonFakeTimers;

  /** Starts the fake clock at an instant; only timers and Date are faked, so Lit's microtasks run. */
  function startClock(at: string): void {
    clock = sinon.useFakeTimers({ now: Date.parse(at), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  }

  async function badge(definition = definitionWith([autumn])): Promise<NpqApplicationStatus> {
    return fixture<NpqApplicationStatus>(html`<npq-application-status programme="npq-headship" .definition=${definition}></npq-application-status>`);
  }

  async function advance(element: NpqApplicationStatus, ms: number): Promise<void> {
    clock.tick(ms);
    await element.updateComplete;
  }

  afterEach(() => {
    fixtureCleanup();
    clock?.restore();
  });

  it('changes from open to closing soon at the exact boundary, with one timer', async () => {
    startClock('2026-09-14T15:59:58Z');
    const element = await badge();
    expect(shown(element)).to.equal(OPEN);
    expect(clock.countTimers()).to.equal(1);

    await advance(element, 1000); // 15:59:59Z, one second before
    expect(shown(element)).to.equal(OPEN);
    await advance(element, 1000); // 16:00:00Z, 5pm BST fourteen days before the close
    expect(shown(element)).to.equal(CLOSING_SOON);
    expect(clock.countTimers()).to.equal(1);

    await advance(element, Date.parse('2026-09-28T16:00:00Z') - Date.now() - 1000);
    expect(shown(element)).to.equal(CLOSING_SOON);
    await advance(element, 1000);
    expect(shown(element)).to.equal(CLOSED);
    expect(clock.countTimers()).to.equal(0);
  });

  it('leaves no timer behind once removed', async () => {
    startClock('2026-07-01T12:00:00Z');
    const before = clock.countTimers();
    const element = await badge();
    expect(clock.countTimers()).to.equal(before + 1);
    element.remove();
    expect(clock.countTimers()).to.equal(before);
  });

  it('sets a timer again when it is put back on the page', async () => {
    startClock('2026-07-01T12:00:00Z');
    const element = await badge();
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expect(clock.countTimers()).to.equal(1);
    await advance(element, Date.parse('2026-09-14T16:00:00Z') - Date.now());
    expect(shown(element)).to.equal(CLOSING_SOON);
  });

  it('keeps one timer however often it renders', async () => {
    startClock('2026-07-01T12:00:00Z');
    const element = await badge();
    for (let round = 0; round < 5; round += 1) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(clock.countTimers()).to.equal(1);
  });

  it('waits longer than setTimeout allows by setting its timer again', async () => {
    const far = cohort('2027a', '2027-06-01', '2027-07-01', { label: 'Summer 2027', starts: '2027-09-01' });
    startClock('2027-01-01T12:00:00Z'); // about 150 days before it opens
    const element = await badge(definitionWith([far]));
    expect(shown(element)).to.equal('Opens 1 June 2027');
    await advance(element, MAX_TIMER_DELAY);
    expect(shown(element)).to.equal('Opens 1 June 2027');
    expect(clock.countTimers()).to.equal(1);
    await advance(element, Date.parse('2027-05-31T23:00:00Z') - Date.now() - 1000);
    expect(shown(element)).to.equal('Opens 1 June 2027');
    await advance(element, 1000);
    expect(shown(element)).to.equal('Applications open – closes 1 July 2027');
  });

  it('sets no timer when nothing will change, or when `now` is fixed', async () => {
    startClock('2026-10-01T12:00:00Z');
    const closed = await badge();
    expect(shown(closed)).to.equal(CLOSED);
    expect(clock.countTimers()).to.equal(0);
    const fixed = await fixture<NpqApplicationStatus>(
      html`<npq-application-status programme="npq-headship" now="2026-07-01T12:00:00Z" .definition=${definitionWith([autumn])}></npq-application-status>`,
    );
    expect(shown(fixed)).to.equal(OPEN);
    expect(clock.countTimers()).to.equal(0);
  });

  it('uses the real clock, with one warning, when `now` is not a date and time', async () => {
    startClock('2026-09-20T12:00:00Z');
    const warnings = captureWarnings();
    try {
      const element = await fixture<NpqApplicationStatus>(
        html`<npq-application-status programme="npq-headship" now="next tuesday" .definition=${definitionWith([autumn])}></npq-application-status>`,
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(shown(element)).to.equal(CLOSING_SOON);
      expect(warnings.messages).to.have.length(1);
      expect(clock.countTimers()).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('looks again when the page becomes visible (timers sleep in background tabs)', async () => {
    startClock('2026-09-01T12:00:00Z');
    const element = await badge();
    expect(shown(element)).to.equal(OPEN);
    // The machine slept through the boundary: the clock moved on, the timer has not fired yet.
    clock.setSystemTime(Date.parse('2026-09-29T12:00:00Z'));
    await element.updateComplete;
    expect(shown(element)).to.equal(OPEN);

    document.dispatchEvent(new Event('visibilitychange'));
    await element.updateComplete;
    expect(document.visibilityState).to.equal('visible');
    expect(shown(element)).to.equal(CLOSED);
  });

  it('stops listening for visibility once removed', async () => {
    startClock('2026-09-01T12:00:00Z');
    const element = await badge();
    element.remove();
    clock.setSystemTime(Date.parse('2026-09-29T12:00:00Z'));
    document.dispatchEvent(new Event('visibilitychange'));
    await element.updateComplete;
    expect(shown(element)).to.equal(OPEN);
  });
});
