import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/elements/npq-programme-finder/define.js';
import { SETTLE_DELAY_MS, type NpqProgrammeFinder } from '../../../src/elements/npq-programme-finder/npq-programme-finder.js';
import type { NpqFilterChangeDetail } from '../../../src/elements/npq-programme-finder/events.js';
import { generateDefinition } from '../../../src/core/finder/generate.js';
import { expectAccessible } from '../../helpers/axe.js';
import { captureWarnings } from '../../helpers/console.js';
import { finderDefinition } from '../../fixtures/finder-definition.js';
import { checkbox, chips, deepActiveElement, liveRegion, NOW, resultsHeading, shadow, tabUntil, text, titles } from './helpers.js';

const ALL_TITLES = [
  'NPQ in Headship',
  'NPQ in Senior Leadership',
  'NPQ for Special Educational Needs Co-ordinators',
  'NPQ in Leading Teaching',
  'NPQ in Early Years Leadership',
  'NPQ in Leading Primary Mathematics',
  'Early headship coaching offer',
  'NPQ in Executive Leadership',
];

let clock: sinon.SinonFakeTimers | undefined;

/** Fakes timers only (not Date): Lit's microtasks run as usual and the widget's `now` fixes the time. */
function fakeTimers(): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return clock;
}

/** axe schedules its own work with timers, so it runs on real ones. */
function realTimers(): void {
  clock?.restore();
  clock = undefined;
}

async function settle(element: NpqProgrammeFinder): Promise<void> {
  clock!.tick(SETTLE_DELAY_MS);
  await element.updateComplete;
}

function finder(attributes: Partial<Record<'group' | 'audience-role' | 'mode' | 'hide-facets' | 'page-size', string>> = {}, definition: unknown = finderDefinition()) {
  return fixture<NpqProgrammeFinder>(html`<npq-programme-finder
    now=${NOW}
    group=${attributes.group ?? ''}
    audience-role=${attributes['audience-role'] ?? ''}
    mode=${attributes.mode ?? ''}
    hide-facets=${attributes['hide-facets'] ?? ''}
    page-size=${attributes['page-size'] ?? ''}
    .definition=${definition}
  ></npq-programme-finder>`);
}

afterEach(() => {
  fixtureCleanup();
  realTimers();
});

describe('<npq-programme-finder>', () => {
  describe('results', () => {
    it('lists every programme with the count as the heading, and passes axe', async () => {
      const element = await finder();
      expect(text(resultsHeading(element))).to.equal('8 programmes found');
      expect(resultsHeading(element)!.tagName).to.equal('H2');
      expect(titles(element)).to.deep.equal(ALL_TITLES);
      await expectAccessible(element);
    });

    it('shows each card’s facts, the shared status wording, funding and the next step', async () => {
      const element = await finder();
      const card = shadow(element).querySelector('.result')!;
      const link = card.querySelector<HTMLAnchorElement>('.result-title a')!;
      expect(link.href).to.equal('https://northfield-tsh.example/npqs/headship');
      expect(card.querySelector('.result-title')!.tagName).to.equal('H3');
      const abbr = link.querySelector('abbr')!;
      expect(text(abbr)).to.equal('NPQH');
      expect(abbr.title).to.equal('National Professional Qualification in Headship');
      const facts = text(card.querySelector('.facts'));
      expect(facts).to.contain('Who it is for Senior or assistant/deputy head, Headteacher or head of school');
      expect(facts).to.contain('Length 18 months, then 3 months for the assessment');
      expect(facts).to.contain('Hours 120 hours');
      expect(facts).to.contain('How it is taught Blended (online and face to face) at Leeds Hub');
      expect(facts).to.contain('Next cohort Autumn 2026, starting 5 October 2026');
      expect(card.querySelector('.facts time')!.getAttribute('datetime')).to.equal('2026-10-05');
      expect(facts).to.contain('Applications Applications open – closes 5pm, 28 September 2026');
      expect(facts).to.contain('No DfE scholarship funding for this cohort.');
      const apply = card.querySelector<HTMLAnchorElement>('a.apply')!;
      expect(text(apply)).to.equal('Apply for NPQ in Headship');
      expect(apply.href).to.equal('https://northfield-tsh.example/npqs/headship/apply');
    });

    it('says when a programme has no cohort to come, and offers no apply link while applications are shut', async () => {
      const element = await finder();
      const [, , senco, , earlyYears] = [...shadow(element).querySelectorAll('.result')];
      expect(text(earlyYears!.querySelector('.facts'))).to.contain('Next cohort No dates yet');
      expect(text(senco!.querySelector('.facts'))).to.contain('Applications Opens 15 September 2026');
      expect(senco!.querySelector('a.apply')).to.equal(null);
    });

    it('offers to register interest while applications are shut, when the hub takes it', async () => {
      const definition = finderDefinition();
      definition.programmes[2]!.links = { registerInterest: 'mailto:npq@northfield-tsh.example' };
      const element = await finder({}, definition);
      const senco = shadow(element).querySelectorAll('.result')[2]!;
      const link = senco.querySelector<HTMLAnchorElement>('a.apply')!;
      expect(text(link)).to.equal('Register interest in NPQ for Special Educational Needs Co-ordinators');
      expect(link.href).to.equal('mailto:npq@northfield-tsh.example');
      // No information link: the title is plain text.
      expect(senco.querySelector('.result-title a')).to.equal(null);
    });

    it('puts headings at the host’s level and takes its wording from the definition', async () => {
      const definition = { ...finderDefinition(), messages: { 'finder.searchLabel': 'Search our courses', 'finder.resultsMany': '{count} courses' } };
      const element = await fixture<NpqProgrammeFinder>(html`<npq-programme-finder now=${NOW} heading-level="3" .definition=${definition}></npq-programme-finder>`);
      expect(resultsHeading(element)!.tagName).to.equal('H3');
      expect(text(resultsHeading(element))).to.equal('8 courses');
      expect(shadow(element).querySelector('.result-title')!.tagName).to.equal('H4');
      expect(text(shadow(element).querySelector('label[for="npq-finder-search"]'))).to.equal('Search our courses');
    });

    it('fires a cancelable npq-programme-select when a title is followed', async () => {
      const element = await finder();
      const link = shadow(element).querySelector<HTMLAnchorElement>('.result-title a')!;
      const stop = (event: Event) => event.preventDefault();
      element.addEventListener('npq-programme-select', stop);
      const heard = oneEvent(element, 'npq-programme-select');
      link.click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ programme: 'npq-headship' });
      expect(event.composed).to.equal(true);
      expect(event.defaultPrevented).to.equal(true);
      expect(window.location.href).not.to.contain('northfield-tsh.example');
    });
  });

  describe('keyboard only', () => {
    it('searches as the visitor types and announces the count once typing pauses', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button type="button">Before</button>
        <npq-programme-finder now=${NOW} .definition=${finderDefinition()}></npq-programme-finder>
      </div>`);
      const element = wrapper.querySelector('npq-programme-finder')!;
      await element.updateComplete;
      fakeTimers();
      const changes: NpqFilterChangeDetail[] = [];
      element.addEventListener('npq-filter-change', (event) => changes.push(event.detail));
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id).to.equal('npq-finder-search');
      await sendKeys({ type: 'SENCo' });
      await element.updateComplete;
      expect(text(resultsHeading(element))).to.equal('1 programme found');
      expect(titles(element)).to.deep.equal(['NPQ for Special Educational Needs Co-ordinators']);
      expect(text(liveRegion(element))).to.equal('');
      expect(changes).to.have.length(0);

      await settle(element);
      expect(text(liveRegion(element))).to.equal('1 programme found');
      expect(changes).to.have.length(1);
      expect(changes[0]).to.deep.include({ query: 'SENCo', results: 1, sort: 'relevance', page: 1 });
    });

    it('moves focus to the results heading when the search is submitted with Enter', async () => {
      const element = await finder();
      shadow(element).getElementById('npq-finder-search')!.focus();
      await sendKeys({ type: 'head teacher' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(deepActiveElement()).to.equal(resultsHeading(element));
      expect(titles(element)[0]).to.equal('NPQ in Headship');
      expect(text(liveRegion(element))).to.equal('3 programmes found');
    });

    it('filters with Tab and Space, updating counts, chips and the live region', async () => {
      const element = await finder();
      fakeTimers();
      shadow(element).getElementById('npq-finder-search')!.focus();
      await tabUntil((active) => active?.id === 'npq-finder-mode-online');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(checkbox(element, 'mode', 'online')!.checked).to.equal(true);
      expect(titles(element)).to.deep.equal(['NPQ in Senior Leadership', 'NPQ in Leading Teaching', 'Early headship coaching offer']);
      expect(text(shadow(element).querySelector('label[for="npq-finder-group-leadership"]'))).to.equal('Leadership NPQs (1)');
      expect(chips(element).map((chip) => text(chip))).to.deep.equal(['Remove filter: Online×']);

      await tabUntil((active) => active?.id === 'npq-finder-status-open');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['NPQ in Senior Leadership', 'Early headship coaching offer']);
      await settle(element);
      expect(text(liveRegion(element))).to.equal('2 programmes found');
      realTimers();
      await expectAccessible(element);
    });

    it('collapses and expands a facet from its legend button', async () => {
      const element = await finder();
      const toggle = shadow(element).querySelector<HTMLButtonElement>('[aria-controls="npq-finder-facet-phase"]')!;
      expect(text(toggle)).to.equal('Phase filter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(element).getElementById('npq-finder-facet-phase')!.hidden).to.equal(true);
      await expectAccessible(element);
    });

    it('skips from the search to the results heading', async () => {
      const element = await finder();
      shadow(element).getElementById('npq-finder-search')!.focus();
      const skip = await tabUntil((active) => active?.classList.contains('skip-link') ?? false);
      expect(text(skip)).to.equal('Skip to results');
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()).to.equal(resultsHeading(element));
    });
  });

  describe('chips', () => {
    it('moves focus to the next chip after a removal, and to the results heading after the last', async () => {
      const element = await finder({ mode: 'online blended', group: 'leadership' });
      expect(chips(element).map((chip) => text(chip))).to.deep.equal([
        'Remove filter: Leadership NPQs×',
        'Remove filter: Online×',
        'Remove filter: Blended (online and face to face)×',
      ]);
      chips(element)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(text(deepActiveElement())).to.equal('Remove filter: Blended (online and face to face)×');
      expect(checkbox(element, 'mode', 'online')!.checked).to.equal(false);

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(text(deepActiveElement())).to.equal('Remove filter: Leadership NPQs×');

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(chips(element)).to.have.length(0);
      expect(deepActiveElement()).to.equal(resultsHeading(element));
      expect(text(resultsHeading(element))).to.equal('8 programmes found');
    });

    it('clears every filter and focuses the results heading', async () => {
      const element = await finder({ mode: 'online', 'audience-role': 'headteacher' });
      expect(text(resultsHeading(element))).to.equal('1 programme found');
      await expectAccessible(element);
      shadow(element).querySelector<HTMLButtonElement>('[part="clear-filters"]')!.click();
      await element.updateComplete;
      expect(text(resultsHeading(element))).to.equal('8 programmes found');
      expect(chips(element)).to.have.length(0);
      expect(deepActiveElement()).to.equal(resultsHeading(element));
    });
  });

  describe('pages', () => {
    it('shows page-size programmes a page and focuses the results heading on a page change', async () => {
      const element = await finder({ 'page-size': '3' });
      expect(titles(element)).to.deep.equal(ALL_TITLES.slice(0, 3));
      expect(text(resultsHeading(element))).to.equal('8 programmes found, page 1 of 3');
      expect(text(shadow(element).querySelector('.showing'))).to.equal('Showing 1 to 3 of 8');
      const next = [...shadow(element).querySelectorAll<HTMLButtonElement>('.pagination button')].find((button) => text(button) === 'Next page')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(deepActiveElement()).to.equal(resultsHeading(element));
      expect(text(resultsHeading(element))).to.equal('8 programmes found, page 2 of 3');
      expect(titles(element)).to.deep.equal(ALL_TITLES.slice(3, 6));
      expect(shadow(element).querySelector('[aria-current="page"]')!.getAttribute('aria-label')).to.equal('Page 2');
      await expectAccessible(element);
    });

    it('goes back to page 1 when a filter changes', async () => {
      const element = await finder({ 'page-size': '3' });
      shadow(element).querySelector<HTMLButtonElement>('[aria-label="Page 3"]')!.click();
      await element.updateComplete;
      checkbox(element, 'group', 'leadership')!.click();
      await element.updateComplete;
      expect(text(resultsHeading(element))).to.equal('5 programmes found, page 1 of 2');
    });

    it('renders 500 programmes ten at a time', async () => {
      const element = await finder({}, generateDefinition({ programmes: 500, seed: 1 }));
      expect(text(resultsHeading(element))).to.equal('500 programmes found, page 1 of 50');
      expect(shadow(element).querySelectorAll('.result')).to.have.length(10);
    });
  });

  describe('no results', () => {
    it('says which filter to remove and how many programmes that gives, and passes axe', async () => {
      const element = await finder({ group: 'support', mode: 'face-to-face' });
      expect(text(resultsHeading(element))).to.equal('0 programmes found');
      const advice = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="empty"] button')];
      expect(advice.map((button) => text(button))).to.deep.equal([
        'Remove the “Type of programme: Support for headteachers” filter to see 2 programmes',
        'Remove the “How it is taught: Face to face” filter to see 1 programme',
      ]);
      await expectAccessible(element);
      advice[0]!.click();
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['NPQ in Early Years Leadership', 'NPQ in Leading Primary Mathematics']);
      expect(deepActiveElement()).to.equal(resultsHeading(element));
    });

    it('offers to clear the search words', async () => {
      const element = await finder({ group: 'support' });
      const search = shadow(element).getElementById('npq-finder-search') as HTMLInputElement;
      search.value = 'maths';
      search.dispatchEvent(new Event('input'));
      await element.updateComplete;
      const empty = shadow(element).querySelector('[part="empty"]')!;
      expect(text(empty)).to.contain('Clear the search “maths” to see 1 programme');
      expect(text(empty)).to.contain('check the spelling of your search words');
    });

    it('says so when the definition has no programmes at all', async () => {
      const definition = { ...finderDefinition(), programmes: [] };
      const element = await finder({}, definition);
      expect(text(resultsHeading(element))).to.equal('0 programmes found');
      expect(text(shadow(element).querySelector('[part="empty"]'))).to.equal('There are no programmes to show at the moment.');
      await expectAccessible(element);
    });
  });

  describe('presets and hidden facets', () => {
    it('starts with a preset group as a removable filter', async () => {
      const element = await finder({ group: 'specialist' });
      expect(titles(element)).to.deep.equal(['NPQ in Leading Teaching', 'NPQ in Leading Primary Mathematics']);
      expect(checkbox(element, 'group', 'specialist')!.checked).to.equal(true);
      expect(chips(element)).to.have.length(1);
    });

    it('keeps a hidden facet’s preset as the finder’s scope: no facet, no chip, not cleared', async () => {
      const element = await finder({ group: 'specialist', 'hide-facets': 'group venue', mode: 'online' });
      expect(shadow(element).querySelector('[aria-controls="npq-finder-facet-group"]')).to.equal(null);
      expect(shadow(element).querySelector('[aria-controls="npq-finder-facet-venue"]')).to.equal(null);
      expect(chips(element).map((chip) => text(chip))).to.deep.equal(['Remove filter: Online×']);
      shadow(element).querySelector<HTMLButtonElement>('[part="clear-filters"]')!.click();
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['NPQ in Leading Teaching', 'NPQ in Leading Primary Mathematics']);
    });

    it('warns once and fires npq-error for a value it does not know, ignoring it', async () => {
      const warnings = captureWarnings();
      try {
        const element = await finder({ group: 'leadersip', 'hide-facets': 'colour' });
        expect(text(resultsHeading(element))).to.equal('8 programmes found');
        element.requestUpdate();
        await element.updateComplete;
        expect(warnings.messages).to.deep.equal([
          'npq-widgets: <npq-programme-finder> The group attribute has "leadersip", which is not one of: leadership, specialist, support. It is ignored.',
          'npq-widgets: <npq-programme-finder> The hide-facets attribute has "colour", which is not one of: group, role, phase, mode, venue, start, funding, status. It is ignored.',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('narrow layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('puts the filters behind a toggle button at 320px, without a horizontal scroll', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await finder();
      const toggle = shadow(element).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
      const panel = shadow(element).getElementById('npq-finder-filters')!;
      expect(getComputedStyle(toggle).display).not.to.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.checkVisibility()).to.equal(false);
      await expectAccessible(element);

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide filters');
      expect(panel.checkVisibility()).to.equal(true);
      expect(deepActiveElement()).to.equal(toggle);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessible(element);
    });

    it('counts the selected filters on the toggle', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await finder({ mode: 'online', group: 'leadership' });
      expect(text(shadow(element).querySelector('[part="filters-toggle"]'))).to.equal('Show filters (2 selected)');
    });

    it('shows the filters beside the results, with no toggle, when wide', async () => {
      await setViewport({ width: 1024, height: 768 });
      const element = await finder();
      const toggle = shadow(element).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
      expect(getComputedStyle(toggle).display).to.equal('none');
      const panel = shadow(element).getElementById('npq-finder-filters')!;
      expect(panel.checkVisibility()).to.equal(true);
      const results = shadow(element).querySelector('.results-column')!;
      expect(panel.getBoundingClientRect().right).to.be.at.most(results.getBoundingClientRect().left);
    });
  });

  describe('live region', () => {
    it('announces once for a burst of changes, and leaves no timer once removed', async () => {
      const element = await finder();
      const timers = fakeTimers();
      checkbox(element, 'mode', 'online')!.click();
      await element.updateComplete;
      checkbox(element, 'mode', 'blended')!.click();
      await element.updateComplete;
      clock!.tick(SETTLE_DELAY_MS - 1);
      expect(text(liveRegion(element))).to.equal('');
      await settle(element);
      expect(text(liveRegion(element))).to.equal('6 programmes found');

      checkbox(element, 'mode', 'online')!.click();
      await element.updateComplete;
      expect(text(liveRegion(element))).to.equal('');
      expect(timers.countTimers()).to.equal(1);
      element.remove();
      expect(timers.countTimers()).to.equal(0);
    });
  });

  describe('loading and errors', () => {
    it('shows the loading state, with the fallback, until a definition arrives', async () => {
      const element = await fixture<NpqProgrammeFinder>(html`<npq-programme-finder now=${NOW}><a href="https://northfield-tsh.example/npqs">Our programmes</a></npq-programme-finder>`);
      expect(shadow(element).querySelector('[part="loading"]')).not.to.equal(null);
      await expectAccessible(element);
      element.definition = finderDefinition();
      await element.updateComplete;
      expect(text(resultsHeading(element))).to.equal('8 programmes found');
      expect(shadow(element).querySelector('slot')).to.equal(null);
    });

    it('shows an error, with the fallback and the editor’s details, for an unusable definition', async () => {
      const warnings = captureWarnings();
      try {
        const element = await finder({}, { schemaVersion: 2 });
        const error = shadow(element).querySelector('[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('Programme information is not available at the moment');
        expect(error.querySelector('details')).not.to.equal(null);
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });
  });
});
