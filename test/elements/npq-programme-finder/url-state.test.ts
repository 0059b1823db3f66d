import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/elements/npq-programme-finder/define.js';
import { SETTLE_DELAY_MS, type NpqProgrammeFinder } from '../../../src/elements/npq-programme-finder/npq-programme-finder.js';
import { expectAccessible } from '../../helpers/axe.js';
import { finderDefinition } from '../../fixtures/finder-definition.js';
import { checkbox, chips, NOW, resultsHeading, shadow, text, titles } from './helpers.js';

const original = window.location.href;

/** The test page's own address plus some parameters of the host's, which must survive. */
function hostAddress(extra: string, hash = ''): string {
  const parameters = new URLSearchParams(new URL(original).search);
  for (const [name, value] of new URLSearchParams(extra)) parameters.append(name, value);
  return `${window.location.pathname}?${parameters}${hash}`;
}

const parameters = () => new URLSearchParams(window.location.search);

function finder(urlState = true, hideFacets = '') {
  return fixture<NpqProgrammeFinder>(html`<npq-programme-finder
    now=${NOW}
    ?url-state=${urlState}
    hide-facets=${hideFacets}
    group=${hideFacets ? 'specialist' : ''}
    .definition=${finderDefinition()}
  ></npq-programme-finder>`);
}

describe('<npq-programme-finder url-state>', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  afterEach(() => {
    fixtureCleanup();
    clock?.restore();
    clock = undefined;
    window.history.replaceState(null, '', original);
  });

  it('writes npq- parameters in place, keeping the host’s own parameters and hash', async () => {
    window.history.replaceState(null, '', hostAddress('utm_source=mail&page=4', '#courses'));
    const entries = window.history.length;
    const element = await finder();
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    checkbox(element, 'mode', 'online')!.click();
    await element.updateComplete;
    expect(parameters().getAll('npq-mode')).to.deep.equal(['online']);
    expect(parameters().get('utm_source')).to.equal('mail');
    expect(parameters().get('page')).to.equal('4');
    expect(window.location.hash).to.equal('#courses');
    expect(window.history.length).to.equal(entries);

    shadow(element).getElementById('npq-finder-search')!.focus();
    await sendKeys({ type: 'head' });
    await element.updateComplete;
    expect(parameters().get('npq-q')).to.equal(null);
    clock.tick(SETTLE_DELAY_MS);
    expect(parameters().get('npq-q')).to.equal('head');
  });

  it('restores the search, filters, sort and page from the address (round trip)', async () => {
    const first = await finder();
    const search = shadow(first).getElementById('npq-finder-search') as HTMLInputElement;
    search.value = 'npq';
    search.dispatchEvent(new Event('input'));
    await first.updateComplete;
    checkbox(first, 'group', 'leadership')!.click();
    await first.updateComplete;
    const sort = shadow(first).getElementById('npq-finder-sort') as HTMLSelectElement;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    await first.updateComplete;
    const shown = titles(first);
    fixtureCleanup();

    // As after a reload, or a link someone shared.
    const second = await finder();
    expect((shadow(second).getElementById('npq-finder-search') as HTMLInputElement).value).to.equal('npq');
    expect(checkbox(second, 'group', 'leadership')!.checked).to.equal(true);
    expect((shadow(second).getElementById('npq-finder-sort') as HTMLSelectElement).value).to.equal('title');
    expect(titles(second)).to.deep.equal(shown);
    expect(shown[0]).to.equal('NPQ for Special Educational Needs Co-ordinators');
    await expectAccessible(second);
  });

  it('follows back and forward', async () => {
    const element = await finder();
    window.history.pushState(null, '', hostAddress('npq-group=support'));
    window.history.pushState(null, '', hostAddress('npq-q=senco'));
    let moved = oneEvent(window, 'popstate');
    window.history.back();
    await moved;
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Early headship coaching offer']);
    expect(chips(element).map((chip) => text(chip))).to.deep.equal(['Remove filter: Support for headteachers×']);

    moved = oneEvent(window, 'popstate');
    window.history.forward();
    await moved;
    await element.updateComplete;
    expect(text(resultsHeading(element))).to.equal('1 programme found');
    expect((shadow(element).getElementById('npq-finder-search') as HTMLInputElement).value).to.equal('senco');
    expect(chips(element)).to.have.length(0);
  });

  it('leaves a hidden facet out of the address and ignores it there', async () => {
    window.history.replaceState(null, '', hostAddress('npq-group=support'));
    const element = await finder(true, 'group');
    expect(titles(element)).to.deep.equal(['NPQ in Leading Teaching', 'NPQ in Leading Primary Mathematics']);
    checkbox(element, 'mode', 'online')!.click();
    await element.updateComplete;
    expect(parameters().getAll('npq-group')).to.deep.equal([]);
    expect(parameters().getAll('npq-mode')).to.deep.equal(['online']);
  });

  it('never touches the address without url-state', async () => {
    window.history.replaceState(null, '', hostAddress('npq-group=support'));
    const before = window.location.href;
    const element = await finder(false);
    expect(text(resultsHeading(element))).to.equal('8 programmes found');
    checkbox(element, 'mode', 'online')!.click();
    await element.updateComplete;
    expect(window.location.href).to.equal(before);
  });
});
