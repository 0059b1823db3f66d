import { expect } from '@open-wc/testing';
import { evaluate } from '../../../src/core/eligibility/evaluate.js';
import { readScenarios, type Scenario } from './dfe-scenarios.js';
import { loadSampleDefinition, type SampleDefinition } from './sample.js';

const MATRIX = 'dfe-funding-eligibility-scenarios-2026.csv';
const EXPECTED_ROWS = 1368;
const SHOWN_DISAGREEMENTS = 15;

interface Environment {
  ci: boolean;
}

/** Top-level await: mocha needs the test titles (with the count) before the run starts. */
const environment: Environment = await fetch('/__env.json').then((response) => response.json() as Promise<Environment>);
const matrixResponse = await fetch(`/__conformance/${MATRIX}`);
const matrixText = matrixResponse.ok ? await matrixResponse.text() : undefined;
const definition: SampleDefinition = await loadSampleDefinition();
const scenarios: Scenario[] = matrixText === undefined ? [] : readScenarios(matrixText);

function disagreements(): string[] {
  return scenarios.flatMap((scenario) => {
    const result = evaluate(definition, scenario.answers, scenario.programme);
    if (result.funding === scenario.expected) return [];
    const { Cohort, 'Works in England': england, 'Work setting': setting, NPQ, 'Already registered for this course': registered } = scenario.row;
    return [
      `line ${scenario.line} (${Cohort}, England: ${england}, ${setting}, ${NPQ}, registered: ${registered}, RISE: ${scenario.row['RISE list?'] || '-'}, PP50: ${scenario.row['PP50'] || '-'}): ` +
        `DfE expects ${scenario.expected}, the sample gives ${result.funding} (${result.code}${result.missing ? `, missing ${result.missing}` : ''})`,
    ];
  });
}

describe('DfE funding eligibility matrix (../shared/conformance)', () => {
  if (matrixText === undefined) {
    it(`has no data: ${MATRIX} is absent, so the DfE scenarios were not checked (allowed outside CI only)`, () => {
      expect(environment.ci, `${MATRIX} must be present under CI`).to.equal(false);
    });
    return;
  }

  const bad = disagreements();
  const agreeing = scenarios.length - bad.length;

  it(`${agreeing}/${scenarios.length} DfE scenarios agree with the sample definition`, () => {
    expect(scenarios.length, `rows read from ${MATRIX}`).to.equal(EXPECTED_ROWS);
    const shown = bad.slice(0, SHOWN_DISAGREEMENTS).join('\n');
    const more = bad.length > SHOWN_DISAGREEMENTS ? `\n… and ${bad.length - SHOWN_DISAGREEMENTS} more` : '';
    expect(bad, `${bad.length} rows disagree:\n${shown}${more}`).to.deep.equal([]);
  });

  it('reads every row the way the README describes (each expected value occurs)', () => {
    const expectedValues = new Set(scenarios.map((scenario) => scenario.row['Expected eligibility value']));
    expect([...expectedValues].sort()).to.deep.equal(['no', 'subject to review', 'yes', 'yes (if on ITT provider list)']);
    const cohorts = new Set(scenarios.map((scenario) => scenario.answers['course_start_cohort']));
    expect([...cohorts].sort()).to.deep.equal(['2026a', '2026b']);
  });

  it('decides every row from answers on the path, never from a missing answer', () => {
    const undecided = scenarios.filter((scenario) => evaluate(definition, scenario.answers, scenario.programme).code === 'unknown');
    expect(undecided.map((scenario) => scenario.line)).to.deep.equal([]);
  });
});
