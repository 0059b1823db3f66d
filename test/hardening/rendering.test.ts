import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/npq-programmes/define.js';
import '../../src/elements/npq-application-status/define.js';
import '../../src/elements/npq-programme-finder/define.js';
import '../../src/elements/npq-content-explorer/define.js';
import '../../src/elements/npq-eligibility-checker/define.js';
import type { NpqEligibilityChecker } from '../../src/elements/npq-eligibility-checker/npq-eligibility-checker.js';
import { captureWarnings } from '../helpers/console.js';
import { expectAccessible } from '../helpers/axe.js';
import type { Definition } from '../../src/core/definition/validate.js';
import { eligibilityOf } from '../../src/core/eligibility/section.js';
import { hostileCases, MARKUP, richDefinition, UNICODE, withTextEverywhere, type DefinitionSource, type ExpectedIssue } from './hostile-definitions.js';
import { armTrap, inertnessProblems, nextTask, provePayloadsWouldRun, shadowText, squash, watchPage, WIDGET_TAGS } from './page.js';
import { createWidget, FALLBACK_TEXT, hubPage, updated, walkCheckerToOutcome, type HubPage } from './widgets.js';

/** The slot's fallback content a visitor sees in an error box. */
function fallbackShown(host: Element): string[] {
  const error = host.shadowRoot?.querySelector('[part="error"][role="alert"]');
  return [...(error?.querySelector("slot")?.assignedElements() ?? [])].filter((element) => element instanceof HTMLAnchorElement).map((element) => squash(element.textContent));
}

const part = (host: Element, name: string) => host.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;

/** What each widget must show, worked out from the definition the page validated (the validator is checked in validator.test.ts). */
function expectWidgetsShow(page: HubPage, definition: Definition | undefined): void {
  const { widgets, programmes } = page;
  if (!definition) {
    for (const host of [programmes, ...Object.values(widgets)]) {
      expect(fallbackShown(host), `${host.tagName.toLowerCase()} shows its error with the fallback link`).to.deep.equal([FALLBACK_TEXT]);
    }
    return;
  }
  expect(part(programmes, 'error'), 'no error on <npq-programmes>').to.equal(null);
  const headship = definition.programmes.some((programme) => programme.id === 'npq-headship');
  const count = definition.programmes.length;
  const finderHeading = squash(widgets['npq-programme-finder'].shadowRoot!.getElementById('npq-finder-results')?.textContent);
  if (count > 1) expect(finderHeading, 'the finder counts the programmes left').to.match(new RegExp(`^${count} `));
  expect(part(widgets['npq-application-status'], headship ? 'base' : 'error'), 'the status shows its banner, or says the programme is missing').to.not.equal(null);
  const explorer = widgets['npq-content-explorer'].shadowRoot!;
  const explorerShows = headship ? 'article' : count > 0 ? '[part="error"]' : '.empty';
  expect(explorer.querySelector(explorerShows), 'the explorer shows the programme, or says it is missing, or that there are none').to.not.equal(null);
  const checker = widgets['npq-eligibility-checker'];
  expect(part(checker, eligibilityOf(definition).eligibility ? 'outcome' : 'error'), 'the checker reaches an outcome, or says it is not available').to.not.equal(null);
}

describe('hostile definitions rendered by every widget', () => {
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    // First renders prepare templates and style sheets once; the cases measure rendering, not that.
    warnings = captureWarnings();
    const page = hubPage({ value: richDefinition() });
    await page.settled;
    await updated([page.programmes, ...Object.values(page.widgets)]);
    await walkCheckerToOutcome(page.widgets['npq-eligibility-checker'] as NpqEligibilityChecker);
    page.container.remove();
    warnings.restore();
    sessionStorage.clear();
  });

  beforeEach(() => {
    sessionStorage.clear();
    armTrap();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('would catch a payload that runs: the trap works', async () => {
    await provePayloadsWouldRun();
    const holder = document.createElement('div');
    holder.append(document.createRange().createContextualFragment(MARKUP.img));
    document.body.append(holder);
    await waitUntil(() => window.__pwned !== undefined, 'the image payload ran');
    expect(window.__pwned).to.equal('img');
    holder.remove();
  });

  /** Renders the page and walks the checker; every step in a task of its own, as on a real page. */
  async function render(source: DefinitionSource) {
    await nextTask();
    const watch = watchPage();
    // The definition is in the page: nothing may be fetched for it.
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return realFetch.call(window, input, init);
    };
    const page = hubPage(source);
    let event: CustomEvent | undefined;
    try {
      event = await page.settled;
      const all = [page.programmes, ...Object.values(page.widgets)];
      await nextTask();
      await updated(all);
      await walkCheckerToOutcome(page.widgets['npq-eligibility-checker'] as NpqEligibilityChecker);
      await updated(all);
      await provePayloadsWouldRun();
    } finally {
      window.fetch = realFetch;
      await watch.stop();
    }
    return { page, watch, event: event!, requested };
  }

  for (const hostile of hostileCases()) {
    it(`${hostile.name}: shown as text, runs nothing, throws nothing${hostile.atSizeLimit ? '' : ', no long task'}`, async function () {
      this.timeout(60_000);
      const source = hostile.make();
      let rendered = await render(source);
      // A task can run long because the machine was busy elsewhere: a cost of the data shows up every time.
      const seen: number[][] = [rendered.watch.longTasks];
      for (let attempt = 2; attempt <= 5 && !hostile.atSizeLimit && rendered.watch.longTasks.length > 0; attempt += 1) {
        rendered.page.container.remove();
        sessionStorage.clear();
        rendered = await render(source);
        seen.push(rendered.watch.longTasks);
      }
      const { page, watch, event, requested } = rendered;
      expect(window.__pwned, 'no payload ran').to.equal(undefined);
      expect(requested, 'requests for a definition given in the page').to.deep.equal([]);
      expect(watch.errors, 'uncaught errors').to.deep.equal([]);
      expect(watch.rejections, 'unhandled rejections').to.deep.equal([]);
      // At the size limits the work is bounded (the test's time-out) but may take longer than 50 ms.
      if (!hostile.atSizeLimit) expect(watch.longTasks, `tasks over 50 ms in each of ${seen.length} renders: ${JSON.stringify(seen)}`).to.deep.equal([]);

      for (const host of [page.programmes, ...Object.values(page.widgets)]) {
        expect(inertnessProblems(host), host.tagName.toLowerCase()).to.deep.equal([]);
        expect(getComputedStyle(host).display, `${host.tagName.toLowerCase()} is displayed`).to.equal('block');
      }
      const shown = page.programmes.validDefinition;
      expect(shown?.programmes.length, 'programmes left').to.equal(hostile.programmesLeft);
      if (hostile.eligibility !== undefined) expect(shown !== undefined && eligibilityOf(shown).eligibility !== undefined, 'checker questions kept').to.equal(hostile.eligibility);
      expectWidgetsShow(page, shown);
      if (hostile.shows !== undefined) {
        const text = hostile.shows.slice(0, 100);
        for (const tag of WIDGET_TAGS) expect(shadowText(page.widgets[tag]).includes(text), `${tag} shows the text as text`).to.equal(true);
      }
      const errors = hostile.issues.filter((issue) => (issue.severity ?? 'error') === 'error');
      // The checker alone validates the eligibility section; reserved keys are refused for the whole file as it is read.
      const forChecker = (issue: ExpectedIssue) => issue.path.startsWith('/eligibility') && issue.expects !== 'reserved';
      const loaderPaths = errors.filter((issue) => !forChecker(issue)).map((issue) => issue.path);
      const checkerPaths = errors.filter(forChecker).map((issue) => issue.path);
      if (loaderPaths.length > 0) {
        expect(page.errors, 'one npq-error from <npq-programmes>').to.have.length(1);
        const reported = (event.type === 'npq-error' ? event : page.errors[0]!).detail.issues.map((issue: { path: string }) => issue.path);
        for (const path of loaderPaths) expect(reported, 'the npq-error locates the problem').to.include(path);
      }
      if (checkerPaths.length > 0) {
        expect(page.checkerErrors, 'one npq-error from the checker').to.have.length(1);
        const reported = page.checkerErrors[0]!.detail.issues.map((issue: { path: string }) => issue.path);
        for (const path of checkerPaths) expect(reported, 'the checker\'s npq-error locates the problem').to.include(path);
      }
      page.container.remove();
    });
  }

  it('reads a hostile page address (finder parameters and a fragment) as text', async () => {
    const original = location.href;
    const query = `${MARKUP.img} ${UNICODE.combiningFlood.slice(0, 40)}`;
    const parameters = new URLSearchParams({ 'npq-q': query, 'npq-sort': 'constructor', 'npq-page': '1e309', 'npq-venue': 'v'.repeat(100_000) });
    for (const value of [MARKUP.svg, '__proto__', 'leadership,,,leadership']) parameters.append('npq-group', value);
    history.replaceState(null, '', `?${parameters}#npq-area-"]${encodeURIComponent(MARKUP.img)}`);
    const watch = watchPage();
    const container = document.createElement('div');
    try {
      const finder = createWidget('npq-programme-finder');
      finder.setAttribute('url-state', '');
      const explorer = createWidget('npq-content-explorer');
      for (const element of [finder, explorer]) (element as HTMLElement & { definition: unknown }).definition = richDefinition();
      container.append(finder, explorer);
      document.body.append(container);
      await updated([finder, explorer]);
      await provePayloadsWouldRun();
      await watch.stop();
      expect(window.__pwned).to.equal(undefined);
      expect(watch.errors).to.deep.equal([]);
      expect(watch.rejections).to.deep.equal([]);
      for (const element of [finder, explorer]) expect(inertnessProblems(element), element.localName).to.deep.equal([]);
      expect(finder.shadowRoot!.querySelector<HTMLInputElement>('#npq-finder-search')!.value, 'the search box holds the words as text').to.equal(query);
      expect(shadowText(finder)).to.contain(MARKUP.img);
      expect(explorer.shadowRoot!.querySelector('article')).to.exist;
    } finally {
      await watch.stop();
      container.remove();
      history.replaceState(null, '', original);
    }
  });

  it('stays accessible with markup in every text field', async function () {
    this.timeout(60_000);
    const page = hubPage({ value: withTextEverywhere(MARKUP.img) });
    await page.settled;
    await updated([page.programmes, ...Object.values(page.widgets)]);
    for (const tag of WIDGET_TAGS) await expectAccessible(page.widgets[tag]);
    await walkCheckerToOutcome(page.widgets['npq-eligibility-checker'] as NpqEligibilityChecker);
    await expectAccessible(page.widgets['npq-eligibility-checker']);
    page.container.remove();
  });
});
