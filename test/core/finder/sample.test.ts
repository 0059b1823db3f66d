import { expect } from '@open-wc/testing';
import { validateDefinition } from '../../../src/core/definition/validate.js';
import { createFinder, type FinderQuery } from '../../../src/core/finder/finder.js';

/** The bundled sample hub's definition, as the demo site serves it. */
const sample = validateDefinition(await fetch('/demo/data/programmes.json').then((response) => response.json()));
const definition = sample.definition!;
const finder = createFinder(definition.programmes);
const snapshot = finder.snapshot(new Date('2026-09-14T11:00:00Z'));
const ids = (query: FinderQuery) => finder.find(snapshot, { pageSize: 100, ...query }).items.map((item) => item.programme.id);

describe('finder on the sample hub definition', () => {
  it('loads the sample without errors', () => {
    expect(sample.ok).to.equal(true);
    expect(definition.programmes.length).to.be.greaterThan(5);
  });

  const firsts: [query: string, id: string][] = [
    ['npqh', 'npq-headship'],
    ['headship', 'npq-headship'],
    ['head teacher', 'npq-headship'],
    ['headteacher', 'npq-headship'],
    ['SENCo', 'npq-senco'],
    ['SENDCo', 'npq-senco'],
    ['special educational needs', 'npq-senco'],
    ['deputy head', 'npq-senior-leadership'],
    ['maths', 'npq-leading-primary-mathematics'],
    ['early years', 'npq-early-years-leadership'],
    ['behaviour', 'npq-leading-behaviour-culture'],
    ['literacy', 'npq-leading-literacy'],
  ];
  for (const [query, id] of firsts) {
    it(`puts ${id} first for "${query}"`, () => expect(ids({ text: query })[0]).to.equal(id));
  }

  it('finds every programme first by its own short code and by its own title', () => {
    for (const programme of definition.programmes) {
      const byCode = finder.find(snapshot, { text: programme.code }).items[0]!.programme;
      expect(byCode.code, programme.code).to.equal(programme.code);
      expect(ids({ text: programme.title })[0], programme.title).to.equal(programme.id);
    }
  });

  it('keeps every programme under exactly one group', () => {
    const groups = ['leadership', 'specialist', 'support'].map((group) => ids({ filters: { group: [group] } }));
    expect(groups.flat().sort()).to.deep.equal(definition.programmes.map((programme) => programme.id).sort());
  });

  it('counts what each option would give', () => {
    const results = finder.find(snapshot, { filters: { group: ['specialist'] } });
    for (const option of results.facets.start.options) {
      expect(finder.find(snapshot, { filters: { group: ['specialist'], start: [option.value] } }).total, option.value).to.equal(option.count);
    }
  });
});
