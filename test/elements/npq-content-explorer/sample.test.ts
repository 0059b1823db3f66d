import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/npq-content-explorer/define.js';
import type { NpqContentExplorer } from '../../../src/elements/npq-content-explorer/npq-content-explorer.js';
import { validateDefinition } from '../../../src/core/definition/validate.js';
import { expectAccessible } from '../../helpers/axe.js';
import { fact, readable, shadow } from './helpers.js';

interface SampleProgramme {
  id: string;
  title: string;
  code: string;
  contentAreas: unknown[];
  structure?: unknown[];
  assessment?: unknown;
  hours: { synchronous?: number; inPerson?: number; selfStudy?: number };
}

// The demo site's sample definition: every programme in it must show all of its parts.
const response = await fetch('/demo/data/programmes.json');
const sample = (await response.json()) as { programmes: SampleProgramme[] };

describe('<npq-content-explorer> with the sample definition', () => {
  it('finds a valid sample with programmes in it', () => {
    expect(response.ok).to.equal(true);
    expect(validateDefinition(sample).issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
    expect(sample.programmes.length).to.be.greaterThan(0);
  });

  for (const programme of sample.programmes) {
    it(`renders every part of ${programme.id}`, async () => {
      const element = await fixture<NpqContentExplorer>(html`<npq-content-explorer
        programme=${programme.id}
        now="2026-09-01T09:00:00Z"
        .definition=${sample}
      ></npq-content-explorer>`);
      const root = shadow(element);
      expect(root.querySelector('[role="alert"]'), 'no error').to.equal(null);
      expect(readable(root.querySelector('.programme-title'))).to.equal(`${programme.title} (${programme.code})`);
      expect([...root.querySelectorAll('.part')].map((part) => part.getAttribute('part'))).to.deep.equal(['overview', 'areas', 'structure', 'assessment']);
      expect(fact(root, 'Applications')).not.to.equal('');
      expect(root.querySelectorAll('nav li')).to.have.length(programme.contentAreas.length);
      expect(root.querySelectorAll('ol.timeline > li')).to.have.length(programme.structure?.length ?? 0);
      const split = [programme.hours.synchronous, programme.hours.inPerson, programme.hours.selfStudy].some((value) => (value ?? 0) > 0);
      expect(root.querySelector('figure.chart table') !== null, 'a chart with its table when hours are split').to.equal(split);
      if (programme.assessment) expect(fact(root, 'Type')).not.to.equal('');
      // Every section open, so axe checks the detail too.
      root.querySelector<HTMLButtonElement>('.show-all')?.click();
      await element.updateComplete;
      await expectAccessible(element);
    });
  }
});
