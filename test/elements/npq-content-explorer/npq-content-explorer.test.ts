import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/elements/npq-content-explorer/define.js';
import '../../../src/elements/npq-programmes/define.js';
import type { NpqContentExplorer } from '../../../src/elements/npq-content-explorer/npq-content-explorer.js';
import type { NpqErrorDetail } from '../../../src/internal/events.js';
import { clearDefinitionCache } from '../../../src/core/definition/load.js';
import { expectAccessible } from '../../helpers/axe.js';
import { captureWarnings } from '../../helpers/console.js';
import { routeFetch } from '../../helpers/fetch.js';
import { explorerDefinition } from '../../fixtures/explorer-definition.js';
import { fact, focused, headings, isShown, readable, sectionButton, sectionContent, shadow, spoken } from './helpers.js';

/** Autumn 2026 applications close 5pm, 28 September 2026; "Closing soon" from 14 September. */
const CLOSING_SOON = '2026-09-20T09:00:00Z';

async function explorer(
  programme: string | undefined,
  options: { view?: string; headingLevel?: string; definition?: unknown; chooser?: boolean; now?: string } = {},
): Promise<NpqContentExplorer> {
  return fixture<NpqContentExplorer>(html`<npq-content-explorer
    programme=${ifDefined(programme)}
    view=${ifDefined(options.view)}
    heading-level=${options.headingLevel ?? '2'}
    now=${options.now ?? CLOSING_SOON}
    ?chooser=${options.chooser ?? false}
    .definition=${options.definition ?? explorerDefinition()}
  ></npq-content-explorer>`);
}

function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<npq-content-explorer>', () => {
  afterEach(() => {
    clearHash();
    sinon.restore();
  });

  describe('loading and errors', () => {
    afterEach(() => clearDefinitionCache());

    it('keeps the fallback visible and says it is busy while its own definition loads', async () => {
      let release!: () => void;
      const network = routeFetch({ '/explorer-loading.json': { body: JSON.stringify(explorerDefinition()), gate: new Promise<void>((resolve) => (release = resolve)) } });
      try {
        const element = await fixture<NpqContentExplorer>(html`<npq-content-explorer src="/explorer-loading.json" programme="npq-headship"
          ><a href="https://moorland-tsh.example/npqh">NPQ in Headship course page</a></npq-content-explorer
        >`);
        const status = shadow(element).querySelector('[role="status"]')!;
        expect(status.getAttribute('aria-busy')).to.equal('true');
        expect(readable(status)).to.contain('Loading programme information');
        expect(shadow(element).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('NPQ in Headship course page');
        expect(element.getBoundingClientRect().height).to.be.greaterThan(200);
        await expectAccessible(element);
        release();
        await waitUntil(() => shadow(element).querySelector('.programme'), 'the programme appears once loaded');
        expect(shadow(element).querySelector('slot:not([name])'), 'the fallback is hidden once ready').to.equal(null);
      } finally {
        network.restore();
      }
    });

    it('shows a plain error with the fallback when its definition cannot be fetched', async () => {
      const network = routeFetch({});
      const warnings = captureWarnings();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      try {
        const heard = oneEvent(host, 'npq-error');
        const element = document.createElement('npq-content-explorer');
        element.src = '/explorer-missing.json';
        element.programme = 'npq-headship';
        const fallback = document.createElement('a');
        fallback.href = 'https://moorland-tsh.example/npqh';
        fallback.textContent = 'Course page';
        element.append(fallback);
        host.append(element);
        const error = await heard;
        expect((error.detail as NpqErrorDetail).code).to.equal('http');
        await element.updateComplete;
        const alert = shadow(element).querySelector('[role="alert"]')!;
        expect(readable(alert)).to.contain('Programme information is not available at the moment');
        expect(shadow(element).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Course page');
        expect(warnings.messages).to.have.length(1);
        await expectAccessible(element);
      } finally {
        warnings.restore();
        network.restore();
      }
    });

    it('says which programme is missing, once, with an npq-error, and keeps the fallback', async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture(html`<div>
          <npq-content-explorer programme="npq-nope" .definition=${explorerDefinition()}><a href="https://moorland-tsh.example/npqs">All our courses</a></npq-content-explorer>
        </div>`);
        const element = wrapper.querySelector('npq-content-explorer')!;
        await element.updateComplete;
        const alert = shadow(element).querySelector('[role="alert"]')!;
        expect(readable(alert)).to.contain('Course information is not available');
        expect(readable(alert)).to.contain('npq-nope');
        expect(shadow(element).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('All our courses');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('npq-nope').and.contain('npq-headship');
        element.requestUpdate();
        await element.updateComplete;
        expect(warnings.messages, 'no second warning on a later render').to.have.length(1);
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });

    it('fires npq-error with code unknown-programme', async () => {
      const warnings = captureWarnings();
      try {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const heard = oneEvent(host, 'npq-error');
        const element = document.createElement('npq-content-explorer');
        element.programme = 'npq-nope';
        element.definition = explorerDefinition();
        host.append(element);
        const event = await heard;
        expect((event.detail as NpqErrorDetail).code).to.equal('unknown-programme');
        expect((event.detail as NpqErrorDetail).message).to.contain('npq-nope');
      } finally {
        warnings.restore();
      }
    });

    it('says so when the definition lists no programmes', async () => {
      const definition = { ...explorerDefinition(), programmes: [] };
      const element = await explorer(undefined, { definition });
      expect(readable(shadow(element).querySelector('.base'))).to.equal('No courses are listed at the moment.');
      await expectAccessible(element);
    });

    it('takes its definition from the enclosing <npq-programmes>', async () => {
      const wrapper = await fixture(html`<npq-programmes .definition=${explorerDefinition()}>
        <npq-content-explorer programme="npq-leading-teaching" view="overview" now=${CLOSING_SOON}></npq-content-explorer>
      </npq-programmes>`);
      const element = wrapper.querySelector('npq-content-explorer')!;
      await waitUntil(() => element.shadowRoot?.querySelector('.overview'), 'the overview renders from context');
      expect(fact(shadow(element), 'Length')).to.equal('15 months: 12 months of teaching, then 3 months for assessment');
    });
  });

  describe('overview', () => {
    it('lists the key facts of a programme as a summary list', async () => {
      const element = await explorer('npq-headship', { view: 'overview' });
      const overview = shadow(element).querySelector('.overview')!;
      expect(fact(overview, 'Who it is for')).to.equal(
        'Deputy and assistant headteachers who plan to apply for headship within two years, and new headteachers. Senior leaders and headteachers Phases: primary and secondary',
      );
      expect(fact(overview, 'Length')).to.equal('21 months: 18 months of teaching, then 3 months for assessment');
      expect(fact(overview, 'Time commitment')).to.equal(
        '100 hours in all Live online sessions: 40 hours Face-to-face sessions: 24 hours Self-study: 30 hours Other activities: 6 hours',
      );
      expect(fact(overview, 'How it is taught')).to.equal(
        'Blended (online and face to face) Venues: Moorland Learning Centre, Halifax; Valley Primary School, Hebden Bridge',
      );
      expect(fact(overview, 'Next start')).to.equal('Autumn 2026, starting 1 October 2026');
      expect(fact(overview, 'Applications')).to.equal('Autumn 2026: Closing soon – closes 5pm, 28 September 2026 Apply for NPQ in Headship');
      expect(fact(overview, 'Funding')).to.equal(
        'DfE scholarship funding covers the course fee for eligible teachers. Schools with more pupils on free school meals may also receive a grant.',
      );
      const apply = [...overview.querySelectorAll('a')].find((link) => readable(link) === 'Apply for NPQ in Headship')!;
      expect(apply.getAttribute('href')).to.equal('https://moorland-tsh.example/apply/npqh');
      const closing = overview.querySelector('time')!;
      expect(closing.getAttribute('datetime')).to.equal('2026-09-28T17:00+01:00');
      await expectAccessible(element);
    });

    it('moves on to the next cohort once one has started, and offers no apply link while applications are not open', async () => {
      const element = await explorer('npq-headship', { view: 'overview', now: '2026-09-30T12:00:00Z' });
      const overview = shadow(element).querySelector('.overview')!;
      expect(fact(overview, 'Next start')).to.equal('Autumn 2026, starting 1 October 2026');
      expect(fact(overview, 'Applications')).to.equal('Spring 2027: Opens 1 October 2026');
      expect([...overview.querySelectorAll('a')].map(readable)).to.deep.equal(['More about NPQ in Headship']);
      element.now = '2026-10-05T12:00:00Z';
      await element.updateComplete;
      expect(fact(overview, 'Next start')).to.equal('Spring 2027, starting 1 February 2027');
      expect(fact(overview, 'Applications')).to.equal('Spring 2027: Applications open – closes 15 January 2027 Apply for NPQ in Headship');
      await expectAccessible(element);
    });

    const fundingCases = [
      { programme: 'npq-senior-leadership', funding: 'DfE scholarship funding is available for the Autumn 2026 cohort.' },
      { programme: 'early-headship-coaching-offer', funding: 'Free for eligible headteachers in their first five years.' },
    ];
    for (const { programme, funding } of fundingCases) {
      it(`gives a funding line for ${programme}`, async () => {
        const element = await explorer(programme, { view: 'overview' });
        expect(fact(shadow(element), 'Funding')).to.equal(funding);
      });
    }

    it('says when no start dates are published, and leaves out funding it cannot know', async () => {
      const element = await explorer('npq-executive-leadership', { view: 'overview' });
      const overview = shadow(element).querySelector('.overview')!;
      expect(fact(overview, 'Next start')).to.equal('No start dates are published at the moment.');
      expect(fact(overview, 'Applications')).to.equal('Applications closed');
      expect(fact(overview, 'Time commitment')).to.equal('90 hours in all Live online sessions: 50 hours Self-study: 40 hours');
      expect([...overview.querySelectorAll('dt')].map(readable)).not.to.include('Funding');
      await expectAccessible(element);
    });

    it('shows only a total when the definition gives no split', async () => {
      const element = await explorer('early-headship-coaching-offer', { view: 'overview' });
      expect(fact(shadow(element), 'Time commitment')).to.equal('25 hours');
      expect(fact(shadow(element), 'Length')).to.equal('18 months');
      expect(fact(shadow(element), 'How it is taught')).to.equal('Online and face to face');
    });

    it('updates the status by itself when it changes, unless `now` is fixed', async () => {
      // 4:59pm BST on 14 September 2026: "Closing soon" starts a minute later.
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-09-14T15:59:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const element = await fixture<NpqContentExplorer>(html`<npq-content-explorer
        programme="npq-headship"
        view="overview"
        .definition=${explorerDefinition()}
      ></npq-content-explorer>`);
      expect(fact(shadow(element), 'Applications')).to.contain('Applications open');
      clock.tick(61_000);
      await element.updateComplete;
      expect(fact(shadow(element), 'Applications')).to.contain('Closing soon');
      clock.restore();
    });
  });

  describe('content areas', () => {
    it('lists the areas with in-page links, then each area with its summary, closed', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      const root = shadow(element);
      const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')];
      expect(links.map((link) => [readable(link), link.getAttribute('href')])).to.deep.equal([
        ['School culture', '#npq-area-school-culture'],
        ['Curriculum and assessment', '#npq-area-curriculum-and-assessment'],
        ['Governance and accountability', '#npq-area-governance-and-accountability'],
        ['Implementation', '#npq-area-implementation'],
        ['Working in partnership', '#npq-area-working-in-partnership'],
      ]);
      expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Contents');
      const button = sectionButton(element, 'school-culture');
      expect(spoken(button)).to.equal('School culture, Show this section');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('npq-area-school-culture-content');
      const content = sectionContent(element, 'school-culture');
      expect(content.getAttribute('hidden')).to.equal('until-found');
      expect(isShown(content)).to.equal(false);
      // Closed text stays in the page, so find-in-page can reach it.
      expect(content.textContent).to.contain('A shared vision and values guide the decisions staff make every day.');
      // An area with nothing more to say has no button to press.
      expect(root.querySelector('#npq-area-working-in-partnership button')).to.equal(null);
      expect(readable(root.querySelector('#npq-area-working-in-partnership'))).to.equal('Working in partnership');
      await expectAccessible(element);
    });

    it('opens a section with its "learn that" and "learn how" statements', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      sectionButton(element, 'implementation').click();
      await element.updateComplete;
      const content = sectionContent(element, 'implementation');
      expect(sectionButton(element, 'implementation').getAttribute('aria-expanded')).to.equal('true');
      expect(spoken(sectionButton(element, 'implementation'))).to.equal('Implementation, Hide this section');
      expect(content.hasAttribute('hidden')).to.equal(false);
      expect(isShown(content)).to.equal(true);
      expect(readable(content)).to.equal(
        'You will learn that: Change succeeds when it is planned in stages and its effects are checked. You will learn how to: Decide what to stop doing to make room for a change. Monitor a change and adapt it.',
      );
      await expectAccessible(element);
    });

    it('works by keyboard: Tab to a section, Enter and Space toggle it, focus stays on its button', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      const root = shadow(element);
      root.querySelector<HTMLAnchorElement>('nav li:last-child a')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(root.querySelector('.show-all'));
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(sectionButton(element, 'school-culture'));

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(sectionButton(element, 'school-culture').getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(sectionContent(element, 'school-culture'))).to.equal(true);
      expect(focused(element)).to.equal(sectionButton(element, 'school-culture'));

      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(sectionButton(element, 'school-culture').getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(sectionContent(element, 'school-culture'))).to.equal(false);

      // Tab goes on to the next section's button.
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(sectionButton(element, 'curriculum-and-assessment'));
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(isShown(sectionContent(element, 'curriculum-and-assessment'))).to.equal(true);
      expect(isShown(sectionContent(element, 'school-culture'))).to.equal(false);
      await expectAccessible(element);
    });

    it('"Show all sections" opens and closes every section by keyboard, and follows single sections', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      const showAll = shadow(element).querySelector<HTMLButtonElement>('.show-all')!;
      const detailed = ['school-culture', 'curriculum-and-assessment', 'governance-and-accountability', 'implementation'];
      expect(readable(showAll)).to.equal('Show all sections');
      expect(showAll.getAttribute('aria-expanded')).to.equal('false');

      showAll.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(readable(showAll)).to.equal('Hide all sections');
      expect(showAll.getAttribute('aria-expanded')).to.equal('true');
      expect(detailed.map((id) => isShown(sectionContent(element, id)))).to.deep.equal([true, true, true, true]);
      await expectAccessible(element);

      // Closing one section means not all are shown any more.
      sectionButton(element, 'governance-and-accountability').click();
      await element.updateComplete;
      expect(readable(showAll)).to.equal('Show all sections');
      expect(showAll.getAttribute('aria-expanded')).to.equal('false');

      showAll.click();
      await element.updateComplete;
      expect(detailed.map((id) => isShown(sectionContent(element, id)))).to.deep.equal([true, true, true, true]);
      showAll.focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(detailed.map((id) => isShown(sectionContent(element, id)))).to.deep.equal([false, false, false, false]);
    });

    it('opens a section when the browser reveals its text (beforematch), keeping the button in step', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      const content = sectionContent(element, 'governance-and-accountability');
      // What Chromium does when find-in-page lands in a hidden="until-found" element.
      content.removeAttribute('hidden');
      content.dispatchEvent(new Event('beforematch'));
      await element.updateComplete;
      expect(sectionButton(element, 'governance-and-accountability').getAttribute('aria-expanded')).to.equal('true');
      expect(content.hasAttribute('hidden')).to.equal(false);
      sectionButton(element, 'governance-and-accountability').click();
      await element.updateComplete;
      expect(content.getAttribute('hidden'), 'closing again hides it until found').to.equal('until-found');
    });

    it('uses the heading level it is given, with sections one level below', async () => {
      const element = await explorer('npq-headship', { view: 'areas', headingLevel: '4' });
      expect(headings(element).slice(0, 3)).to.deep.equal(['h4: What you will learn', 'h5: School culture, Show this section', 'h5: Curriculum and assessment, Show this section']);
      expect(headings(element)).to.include('h5: Compare with similar courses');
    });

    it('says which other programmes share each area', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      const shared = (id: string) => readable(shadow(element).querySelector(`#npq-area-${id}`)!.closest('.section')!.querySelector('.section-shared'));
      expect(shared('school-culture')).to.equal('Also part of NPQ in Senior Leadership and NPQ in Executive Leadership.');
      expect(shared('implementation')).to.equal('Also part of NPQ in Senior Leadership, NPQ in Executive Leadership and NPQ in Leading Teaching.');
      expect(shared('governance-and-accountability')).to.equal('');
    });

    it('says when an area is part of every other programme', async () => {
      const definition = explorerDefinition();
      definition.programmes = definition.programmes.filter((programme) => programme.group === 'leadership');
      const element = await explorer('npq-headship', { view: 'areas', definition });
      const section = shadow(element).querySelector('#npq-area-implementation')!.closest('.section')!;
      expect(readable(section.querySelector('.section-shared'))).to.equal('Also part of every other course listed here.');
    });

    it('compares the content areas of SL, H and EL in a table', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      const table = shadow(element).querySelector('.comparison table')!;
      expect(readable(table.querySelector('caption'))).to.equal('Content areas in NPQ in Headship, NPQ in Senior Leadership and NPQ in Executive Leadership');
      // Column headers show the short code and tell assistive technology the full title.
      const header = (cell: Element) => readable(cell.querySelector('.visually-hidden') ?? cell);
      const rows = [...table.querySelectorAll('tr')].map((row) => [...row.children].map(header));
      expect([...table.querySelectorAll('thead [aria-hidden="true"]')].map(readable)).to.deep.equal(['NPQH', 'NPQSL', 'NPQEL']);
      expect(rows).to.deep.equal([
        ['Content area', 'NPQ in Headship', 'NPQ in Senior Leadership', 'NPQ in Executive Leadership'],
        ['School culture', 'Yes', 'Yes', 'Yes'],
        ['Curriculum and assessment', 'Yes', 'No', 'No'],
        ['Governance and accountability', 'Yes', 'No', 'No'],
        ['Implementation', 'Yes', 'Yes', 'Yes'],
        ['Working in partnership', 'Yes', 'No', 'No'],
        ['Operational leadership', 'No', 'Yes', 'No'],
        ['Finance and resources', 'No', 'No', 'Yes'],
      ]);
      const region = shadow(element).querySelector('.table-scroll')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex'), 'a scrolling table can be scrolled by keyboard').to.equal('0');
    });

    it('has no comparison when no programme in the group shares an area', async () => {
      const element = await explorer('npq-leading-teaching', { view: 'areas' });
      expect(shadow(element).querySelector('.comparison')).to.equal(null);
    });
  });

  describe('deep links', () => {
    it('opens the linked area on load and moves focus to it', async () => {
      history.replaceState(null, '', '#npq-area-implementation');
      const element = await explorer('npq-headship');
      await waitUntil(() => focused(element)?.id === 'npq-area-implementation', 'focus moves to the linked area');
      expect(sectionButton(element, 'implementation').getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(sectionContent(element, 'implementation'))).to.equal(true);
      expect(isShown(sectionContent(element, 'school-culture'))).to.equal(false);
      await expectAccessible(element);
    });

    it('opens an area when the address changes to it', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      location.hash = 'npq-area-curriculum-and-assessment';
      await waitUntil(() => focused(element)?.id === 'npq-area-curriculum-and-assessment', 'focus moves to the area');
      expect(isShown(sectionContent(element, 'curriculum-and-assessment'))).to.equal(true);
    });

    it('opens an area from the contents list, also when the address already names it', async () => {
      const element = await explorer('npq-headship', { view: 'areas' });
      const link = shadow(element).querySelector<HTMLAnchorElement>('nav a[href="#npq-area-governance-and-accountability"]')!;
      link.click();
      await waitUntil(() => focused(element)?.id === 'npq-area-governance-and-accountability', 'focus moves to the area');
      expect(location.hash).to.equal('#npq-area-governance-and-accountability');
      expect(isShown(sectionContent(element, 'governance-and-accountability'))).to.equal(true);

      sectionButton(element, 'governance-and-accountability').click();
      await element.updateComplete;
      expect(isShown(sectionContent(element, 'governance-and-accountability'))).to.equal(false);
      link.focus();
      link.click();
      await waitUntil(() => isShown(sectionContent(element, 'governance-and-accountability')), 'the same link opens it again');
      expect(focused(element)?.id).to.equal('npq-area-governance-and-accountability');
    });

    it('ignores links to areas the programme does not have, and other fragments', async () => {
      history.replaceState(null, '', '#npq-area-trust-finance');
      const element = await explorer('npq-headship', { view: 'areas' });
      location.hash = 'main-content';
      await oneEvent(window, 'hashchange');
      await element.updateComplete;
      expect(focused(element)).to.equal(null);
      expect(shadow(element).querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
    });
  });

  describe('chooser', () => {
    it('lists every programme by group when no programme is named, showing the first', async () => {
      const element = await explorer(undefined);
      const root = shadow(element);
      const select = root.querySelector('select')!;
      expect(readable(root.querySelector(`label[for="${select.id}"]`))).to.equal('Choose a course');
      const groups = [...select.querySelectorAll('optgroup')].map((group) => [group.label, ...[...group.querySelectorAll('option')].map(readable)]);
      expect(groups).to.deep.equal([
        ['Leadership NPQs', 'NPQ in Senior Leadership', 'NPQ in Headship', 'NPQ in Executive Leadership'],
        ['Specialist NPQs', 'NPQ in Leading Teaching'],
        ['Support for headteachers', 'Early headship coaching offer'],
      ]);
      expect(select.value).to.equal('npq-senior-leadership');
      expect(headings(element)[0]).to.equal('h2: NPQ in Senior Leadership (NPQSL)');
      await expectAccessible(element);
    });

    it('changes programme by keyboard, says so, and fires npq-programme-select', async () => {
      const element = await explorer(undefined);
      const select = shadow(element).querySelector('select')!;
      select.focus();
      const selected = oneEvent(element, 'npq-programme-select');
      await sendKeys({ press: 'ArrowDown' });
      const event = await selected;
      expect(event.detail).to.deep.equal({ programme: 'npq-headship' });
      expect(event.bubbles && event.composed).to.equal(true);
      await element.updateComplete;
      expect(headings(element)[0]).to.equal('h2: NPQ in Headship (NPQH)');
      expect(readable(shadow(element).querySelector('.chooser [role="status"]'))).to.equal('Showing NPQ in Headship');
      expect(focused(element)).to.equal(select);
      await expectAccessible(element);
    });

    it('starts from the named programme with the chooser attribute, and keeps sections apart per programme', async () => {
      const element = await explorer('npq-headship', { chooser: true, view: 'areas' });
      const select = shadow(element).querySelector('select')!;
      expect(select.value).to.equal('npq-headship');
      sectionButton(element, 'school-culture').click();
      await element.updateComplete;
      select.value = 'npq-senior-leadership';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(sectionButton(element, 'school-culture').getAttribute('aria-expanded')).to.equal('false');
      expect(readable(shadow(element).querySelector('nav'))).to.equal('School culture Operational leadership Implementation');
      select.value = 'npq-headship';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(sectionButton(element, 'school-culture').getAttribute('aria-expanded')).to.equal('true');
    });

    it('follows a new programme attribute', async () => {
      const element = await explorer('npq-headship', { chooser: true, view: 'overview' });
      element.programme = 'npq-leading-teaching';
      await element.updateComplete;
      expect(shadow(element).querySelector('select')!.value).to.equal('npq-leading-teaching');
      expect(fact(shadow(element), 'Length')).to.equal('15 months: 12 months of teaching, then 3 months for assessment');
    });
  });

  describe('structure and hours', () => {
    it('shows the course cycle and its stages in order as a timeline', async () => {
      const element = await explorer('npq-headship', { view: 'structure' });
      const root = shadow(element);
      expect(readable(root.querySelector('.structure > p'))).to.equal('The course lasts 21 months: 18 months of teaching, then 3 months for assessment.');
      const stages = [...root.querySelectorAll('ol.timeline > li')].map(readable);
      expect(stages).to.deep.equal([
        'Month 1 Induction Welcome and induction 3 hours Online',
        'Month 1 Conference Opening conference 6 hours Face to face',
        'Months 2 to 4 Module School culture 18 hours 6 sessions Online Six online clinics with reading between them.',
        'Months 5 to 15 Seminar Leadership seminars 24 hours 4 sessions Face to face',
        'Months 12 to 18 Implementation project Implementation project 20 hours Self-directed',
        'Months 19 to 21 Assessment Case study assessment Self-directed A written case study about leading a change.',
      ]);
      await expectAccessible(element);
    });

    it('draws the hours as an SVG chart hidden from assistive technology, with a table saying the same', async () => {
      const element = await explorer('npq-headship', { view: 'structure' });
      const figure = shadow(element).querySelector('figure.chart')!;
      expect(readable(figure.querySelector('figcaption'))).to.equal('How the 100 hours are spent');
      const chart = figure.querySelector('svg')!;
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      const bars = [...chart.querySelectorAll('.chart-row')].map((row) => [
        readable(row.querySelector('.chart-label')),
        row.querySelector('rect')!.getAttribute('width'),
        readable(row.querySelector('.chart-value')),
      ]);
      expect(bars).to.deep.equal([
        ['Live online sessions', '72%', '40 hours'],
        ['Face-to-face sessions', '43.2%', '24 hours'],
        ['Self-study', '54%', '30 hours'],
        ['Other activities', '10.8%', '6 hours'],
      ]);
      const table = figure.querySelector('table')!;
      expect(table.classList.contains('visually-hidden')).to.equal(true);
      expect(readable(table.querySelector('caption'))).to.equal('Hours by type of activity');
      const rows = [...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => `${cell.tagName.toLowerCase()}:${readable(cell)}`));
      expect(rows).to.deep.equal([
        ['th:Activity', 'th:Hours'],
        ['th:Live online sessions', 'td:40'],
        ['th:Face-to-face sessions', 'td:24'],
        ['th:Self-study', 'td:30'],
        ['th:Other activities', 'td:6'],
        ['th:Total', 'td:100'],
      ]);
      // Bars are as tall as the text around them, so a person zooming text sees them grow.
      const firstBar = chart.querySelector('rect')!.getBoundingClientRect();
      expect(firstBar.height).to.be.closeTo(1.25 * parseFloat(getComputedStyle(chart).fontSize), 0.5);
      await expectAccessible(element);
    });

    it('takes bar colours from custom properties and gives them system colours in forced-colors mode', async () => {
      const element = await explorer('npq-headship', { view: 'structure' });
      element.style.setProperty('--npq-chart-color-1', 'rgb(1, 2, 3)');
      const firstBar = shadow(element).querySelector('.chart-row--synchronous rect')!;
      expect(getComputedStyle(firstBar).fill).to.equal('rgb(1, 2, 3)');
      // Headless Chromium here cannot emulate forced colours, so read the rule the browser would apply.
      const forcedRules = (element.shadowRoot!.adoptedStyleSheets ?? [])
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)')
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const barRule = forcedRules.find((rule) => rule.selectorText.split(',').some((selector) => selector.trim() === '.chart-bar'));
      expect(barRule?.style.fill.toLowerCase()).to.equal('canvastext');
      const textRule = forcedRules.find((rule) => rule.selectorText.includes('.chart-value'));
      expect(textRule?.style.fill.toLowerCase()).to.equal('canvastext');
    });

    it('has no chart when the definition gives only a total, and says when no structure is published', async () => {
      const element = await explorer('early-headship-coaching-offer', { view: 'structure' });
      const root = shadow(element);
      expect(root.querySelector('figure')).to.equal(null);
      expect(readable(root.querySelector('.structure'))).to.equal(
        'Course structure The course lasts 18 months. The structure of this course has not been published yet.',
      );
      await expectAccessible(element);
    });
  });

  describe('assessment', () => {
    it('gives the kind, word limit, window, engagement threshold and pass requirements', async () => {
      const element = await explorer('npq-headship', { view: 'assessment' });
      const root = shadow(element);
      expect(readable(root.querySelector('.assessment > p'))).to.equal('A written case study about how you would lead a school through a challenge.');
      expect(fact(root, 'Type')).to.equal('Case study');
      expect(fact(root, 'Word limit')).to.equal('Up to 3,000 words');
      expect(fact(root, 'When')).to.equal('Months 19 to 21 Submit within the three months after the taught course ends.');
      expect(fact(root, 'Taking part')).to.equal('Attend at least 90% of sessions');
      expect([...root.querySelectorAll('.summary-row:last-child li')].map(readable)).to.deep.equal([
        'Meet the assessment criteria in every task.',
        'Take part in at least 90% of sessions.',
      ]);
      await expectAccessible(element);
    });

    it('leaves out what the definition does not say', async () => {
      const element = await explorer('npq-executive-leadership', { view: 'assessment' });
      expect([...shadow(element).querySelectorAll('dt')].map(readable)).to.deep.equal(['Type', 'Word limit']);
      expect(fact(shadow(element), 'Type')).to.equal('Written assignment');
    });

    it('says there is no formal assessment for support that is not a qualification', async () => {
      const element = await explorer('early-headship-coaching-offer', { view: 'assessment' });
      expect(fact(shadow(element), 'Type')).to.equal('No formal assessment');
    });

    it('says when assessment details are not published', async () => {
      const definition = explorerDefinition();
      delete (definition.programmes[3] as { assessment?: unknown }).assessment;
      const element = await explorer('npq-leading-teaching', { view: 'assessment', definition });
      expect(readable(shadow(element).querySelector('.assessment'))).to.equal('Assessment Assessment details for this course have not been published yet.');
    });
  });

  describe('view attribute', () => {
    const cases: { view: string; parts: string[] }[] = [
      { view: 'overview', parts: ['overview'] },
      { view: 'areas', parts: ['areas'] },
      { view: 'structure', parts: ['structure'] },
      { view: 'assessment', parts: ['assessment'] },
      { view: 'assessment overview', parts: ['overview', 'assessment'] },
    ];
    for (const { view, parts } of cases) {
      it(`view="${view}" shows only ${parts.join(' and ')}, headed at the host's level`, async () => {
        const element = await explorer('npq-headship', { view, headingLevel: '3' });
        const root = shadow(element);
        expect([...root.querySelectorAll('.part')].map((part) => part.getAttribute('part'))).to.deep.equal(parts);
        expect(root.querySelector('.programme-title'), 'no programme title above a part').to.equal(null);
        expect([...root.querySelectorAll('.part > h3')]).to.have.length(parts.length);
        await expectAccessible(element);
      });
    }

    it('shows every part under the programme title without a view', async () => {
      const element = await explorer('npq-headship', { headingLevel: '3' });
      expect(headings(element).filter((text) => !text.includes('this section'))).to.deep.equal([
        'h3: NPQ in Headship (NPQH)',
        'h4: Overview',
        'h4: What you will learn',
        'h5: Working in partnership',
        'h5: Compare with similar courses',
        'h4: Course structure',
        'h4: Assessment',
      ]);
      expect(headings(element).filter((text) => text.includes('this section'))[0]).to.equal('h5: School culture, Show this section');
      expect(readable(shadow(element).querySelector('.lead'))).to.equal('For school leaders who are, or want to become, a headteacher.');
    });

    it('never goes below h6', async () => {
      const element = await explorer('npq-headship', { headingLevel: '6' });
      expect(new Set(headings(element).map((text) => text.slice(0, 2)))).to.deep.equal(new Set(['h6']));
    });

    it('warns once about a view it does not know and shows everything', async () => {
      const warnings = captureWarnings();
      try {
        const element = await explorer('npq-headship', { view: 'overveiw' });
        expect(shadow(element).querySelectorAll('.part')).to.have.length(4);
        element.requestUpdate();
        await element.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('overveiw');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('text', () => {
    it('takes message overrides from the definition and from the element', async () => {
      const definition = { ...explorerDefinition(), messages: { 'explorer.areasHeading': 'Course content', 'explorer.showAllSections': 'Open every section' } };
      const element = await explorer('npq-headship', { view: 'areas', definition });
      expect(headings(element)[0]).to.equal('h2: Course content');
      expect(readable(shadow(element).querySelector('.show-all'))).to.equal('Open every section');
      element.messages = { areasHeading: 'What the course covers' };
      await element.updateComplete;
      expect(headings(element)[0]).to.equal('h2: What the course covers');
    });

    it('renders markup in the definition as text', async () => {
      const definition = explorerDefinition();
      definition.programmes[1]!.contentAreas[0]!.summary = '<img src="x" onerror="window.__explorerInjected = true">Culture';
      definition.programmes[1]!.title = '<b>Headship</b>';
      const element = await explorer('npq-headship', { definition });
      expect(shadow(element).querySelector('img, b')).to.equal(null);
      expect(readable(shadow(element).querySelector('.section-summary'))).to.contain('<img src="x"');
      expect(headings(element)[0]).to.equal('h2: <b>Headship</b> (NPQH)');
      expect((window as unknown as { __explorerInjected?: boolean }).__explorerInjected).to.equal(undefined);
    });
  });

  describe('every programme in the fixture', () => {
    for (const programme of explorerDefinition().programmes) {
      it(`renders all parts of ${programme.id} accessibly`, async () => {
        const element = await explorer(programme.id);
        const root = shadow(element);
        expect([...root.querySelectorAll('.part')].map((part) => part.getAttribute('part'))).to.deep.equal(['overview', 'areas', 'structure', 'assessment']);
        expect(root.querySelectorAll('nav li')).to.have.length(programme.contentAreas.length);
        expect(root.querySelectorAll('ol.timeline > li')).to.have.length(programme.structure?.length ?? 0);
        await expectAccessible(element);
      });
    }
  });
});
