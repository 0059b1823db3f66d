import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  STEP_LIMIT,
  alternativeProgrammes,
  evaluate,
  evaluateAll,
  pruneAnswers,
  questionOptions,
  suitableProgrammes,
  walkFlow,
  type AnswerValue,
  type Answers,
} from '../../../src/core/eligibility/evaluate.js';
import { toMermaid } from '../../../src/core/eligibility/mermaid.js';
import type { Eligibility, Question } from '../../../src/core/eligibility/schema.js';
import { loadSampleDefinition } from './sample.js';

const sample = await loadSampleDefinition();

/** Someone in an English state school asking about autumn 2026, before the course questions. */
const inSchool = {
  course_start_cohort: '2026b',
  teacher_catchment: 'england',
  work_setting: 'a_school',
  role: 'senior-leader',
  previously_funded: 'no',
} as const;

interface Case {
  name: string;
  answers: Answers;
  programme?: string;
  code: string;
  funding: string;
  missing?: string;
}

/** Cases the DfE matrix does not cover (issue 4), plus missing and "not sure" answers. */
const cases: Case[] = [
  {
    name: 'coaching offer for a new headteacher who has the headship NPQ',
    answers: { ...inSchool, role: 'headteacher', npqh_status: 'completed_npqh', ehco_headteacher: 'yes', ehco_new_headteacher: 'yes' },
    programme: 'npq-early-headship-coaching-offer',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'coaching offer for a headteacher past their first five years',
    answers: { ...inSchool, npqh_status: 'studying_npqh', ehco_headteacher: 'yes', ehco_new_headteacher: 'no' },
    programme: 'npq-early-headship-coaching-offer',
    code: 'not_new_headteacher_requesting_ehco',
    funding: 'not-funded',
  },
  {
    name: 'coaching offer for someone who is not a headteacher (the new-headteacher question is skipped)',
    answers: { ...inSchool, npqh_status: 'completed_npqh', ehco_headteacher: 'no' },
    programme: 'npq-early-headship-coaching-offer',
    code: 'not_new_headteacher_requesting_ehco',
    funding: 'not-funded',
  },
  {
    name: 'coaching offer without the headship NPQ (a gate that ends the questions)',
    answers: { ...inSchool, npqh_status: 'none' },
    programme: 'npq-early-headship-coaching-offer',
    code: 'ehco_needs_headship_npq',
    funding: 'not-funded',
  },
  {
    name: 'childminder on the DfE list, early years leadership',
    answers: { ...inSchool, work_setting: 'early_years_or_childcare', kind_of_nursery: 'childminder', childminder_on_list: 'yes' },
    programme: 'npq-early-years-leadership',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'childminder not sure about the list',
    answers: { ...inSchool, work_setting: 'early_years_or_childcare', kind_of_nursery: 'childminder', childminder_on_list: 'not_sure' },
    programme: 'npq-early-years-leadership',
    code: 'check_childminder_list',
    funding: 'unknown',
  },
  {
    name: 'local authority nursery school, SENCO NPQ',
    answers: { ...inSchool, work_setting: 'early_years_or_childcare', kind_of_nursery: 'local_authority_maintained_nursery', senco_in_role: 'yes' },
    programme: 'npq-senco',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'private nursery, SENCO NPQ',
    answers: { ...inSchool, work_setting: 'early_years_or_childcare', kind_of_nursery: 'private_nursery', senco_in_role: 'no_but_planning_to_become_one' },
    programme: 'npq-senco',
    code: 'early_years_invalid_npq',
    funding: 'not-funded',
  },
  {
    name: 'lead mentor with an accredited ITT provider, leading teacher development',
    answers: { ...inSchool, work_setting: 'another_setting', employment_type: 'lead_mentor_for_accredited_itt_provider', itt_provider_approved: 'yes' },
    programme: 'npq-leading-teacher-development',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'lead mentor whose ITT provider is not accredited',
    answers: { ...inSchool, work_setting: 'another_setting', employment_type: 'lead_mentor_for_accredited_itt_provider', itt_provider_approved: 'no' },
    programme: 'npq-leading-teacher-development',
    code: 'ineligible_establishment_type',
    funding: 'not-funded',
  },
  {
    name: 'lead mentor not sure about the ITT provider',
    answers: { ...inSchool, work_setting: 'another_setting', employment_type: 'lead_mentor_for_accredited_itt_provider', itt_provider_approved: 'not_sure' },
    programme: 'npq-leading-teacher-development',
    code: 'check_itt_provider',
    funding: 'unknown',
  },
  {
    name: 'lead mentor asking about another NPQ',
    answers: { ...inSchool, work_setting: 'another_setting', employment_type: 'lead_mentor_for_accredited_itt_provider', itt_provider_approved: 'yes' },
    programme: 'npq-leading-teaching',
    code: 'not_lead_mentor_course',
    funding: 'not-funded',
  },
  {
    name: 'leading primary mathematics without mastery evidence (the gate)',
    answers: { ...inSchool, maths_eligibility_teaching_for_mastery: 'no', maths_understanding_of_approach: 'cannot_show', on_rise_list: 'yes' },
    programme: 'npq-leading-primary-mathematics',
    code: 'maths_mastery_evidence_needed',
    funding: 'not-funded',
  },
  {
    name: 'leading primary mathematics with mastery shown another way, school on the PP50 list',
    answers: { ...inSchool, maths_eligibility_teaching_for_mastery: 'no', maths_understanding_of_approach: 'another_way', on_rise_list: 'no', on_pp50_list: 'yes' },
    programme: 'npq-leading-primary-mathematics',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'not sure whether the school is on the RISE or PP50 list',
    answers: { ...inSchool, on_rise_list: 'not_sure', on_pp50_list: 'no' },
    programme: 'npq-leading-literacy',
    code: 'check_school_lists',
    funding: 'unknown',
  },
  {
    name: 'not sure about the RISE list but on the PP50 list',
    answers: { ...inSchool, on_rise_list: 'not_sure', on_pp50_list: 'yes' },
    programme: 'npq-leading-literacy',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'not sure about previous funding',
    answers: { ...inSchool, previously_funded: 'not_sure' },
    programme: 'npq-headship',
    code: 'check_previous_funding',
    funding: 'unknown',
  },
  {
    name: 'spring 2026 skips the funding questions',
    answers: { course_start_cohort: '2026a', teacher_catchment: 'england', work_setting: 'a_school', role: 'headteacher' },
    programme: 'npq-headship',
    code: 'unfunded_cohort',
    funding: 'not-funded',
  },
  {
    name: 'the role does not affect funding and may be absent',
    answers: { course_start_cohort: '2026b', teacher_catchment: 'england', work_setting: 'a_school', previously_funded: 'no' },
    programme: 'npq-headship',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'the course comes from the answers when no programme is given',
    answers: { ...inSchool, course_identifier: 'npq-senior-leadership' },
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'a missing answer a rule needs gives unknown and names the question',
    answers: { course_start_cohort: '2026b', teacher_catchment: 'england', work_setting: 'a_school' },
    programme: 'npq-headship',
    code: 'unknown',
    funding: 'unknown',
    missing: 'previously_funded',
  },
  {
    name: 'no course at all gives unknown for the course question',
    answers: { ...inSchool },
    code: 'unknown',
    funding: 'unknown',
    missing: 'course_identifier',
  },
  {
    name: 'a targeted course needs the list answers',
    answers: { ...inSchool },
    programme: 'npq-leading-teaching',
    code: 'unknown',
    funding: 'unknown',
    missing: 'on_rise_list',
  },
  {
    name: 'answers off the path are ignored (a nursery kind for a school)',
    answers: { ...inSchool, kind_of_nursery: 'childminder', childminder_on_list: 'no' },
    programme: 'npq-headship',
    code: 'funded',
    funding: 'funded',
  },
  {
    name: 'an answer that is not one of the options counts as missing',
    answers: { ...inSchool, work_setting: 'a_castle' },
    programme: 'npq-headship',
    code: 'unknown',
    funding: 'unknown',
    missing: 'work_setting',
  },
  {
    name: 'working outside England ends the questions at once',
    answers: { course_start_cohort: '2026b', teacher_catchment: 'another' },
    programme: 'npq-headship',
    code: 'not_in_england',
    funding: 'not-funded',
  },
];

describe('evaluate (the sample definition)', () => {
  for (const { name, answers, programme, code, funding, missing } of cases) {
    it(name, () => {
      const result = evaluate(sample, answers, programme);
      expect({ code: result.code, funding: result.funding, missing: result.missing }).to.deep.equal({ code, funding, missing });
      if (code !== 'unknown') {
        expect(result.reasons, 'a reason in plain words').to.have.length(1);
        expect(result.decidedBy).to.match(/^\/eligibility\/(policies\/\d+\/rules|questions\/\d+\/next)\/\d+$/);
      }
    });
  }

  it('names the programme and cohort it decided for', () => {
    const result = evaluate(sample, inSchool, 'npq-headship');
    expect(result.programme).to.equal('npq-headship');
    expect(result.cohort).to.equal('2026b');
    expect(result.outcome?.title).to.be.a('string').and.not.equal('');
  });

  it('says plainly when a definition has no eligibility section', () => {
    const result = evaluate({ programmes: sample.programmes }, inSchool, 'npq-headship');
    expect(result.code).to.equal('unknown');
    expect(result.reasons[0]).to.contain('no eligibility questions');
  });
});

describe('evaluateAll', () => {
  it('gives one result per programme, in the definition order', () => {
    const results = evaluateAll(sample, inSchool);
    expect(results.map((result) => result.programme)).to.deep.equal(sample.programmes.map((programme) => programme.id));
  });

  it('funds the leadership NPQs for a school not on the lists, and asks about the lists for the others', () => {
    const results = evaluateAll(sample, { ...inSchool, on_rise_list: 'no', on_pp50_list: 'no' });
    const byId = Object.fromEntries(results.map((result) => [result.programme, result.code]));
    expect(byId['npq-headship']).to.equal('funded');
    expect(byId['npq-senco']).to.equal('funded');
    expect(byId['npq-leading-literacy']).to.equal('ineligible_establishment_not_a_pp50');
    // Its own gate question has no answer yet.
    expect(byId['npq-leading-primary-mathematics']).to.equal('unknown');
  });
});

describe('suitable and alternative programmes', () => {
  it('matches the role against each programme’s audience', () => {
    const ids = suitableProgrammes(sample, { ...inSchool, role: 'headteacher' }).map((programme) => programme.id);
    const expected = sample.programmes.filter((programme) => programme.audience.roles.includes('headteacher')).map((programme) => programme.id);
    expect(ids).to.deep.equal(expected);
    expect(ids).to.include('npq-headship');
  });

  it('suggests no programmes without a role', () => {
    expect(suitableProgrammes(sample, { course_start_cohort: '2026b' })).to.deep.equal([]);
  });

  it('suggests only candidates the same answers would fund', () => {
    const answers = { ...inSchool, on_rise_list: 'no', on_pp50_list: 'no' };
    const result = evaluate(sample, answers, 'npq-leading-literacy');
    expect(result.code).to.equal('ineligible_establishment_not_a_pp50');
    const ids = alternativeProgrammes(sample, answers, result).map((programme) => programme.id);
    // The outcome's candidates that are funded for a school, in the definition's order.
    expect(ids).to.deep.equal(['npq-senior-leadership', 'npq-headship', 'npq-early-years-leadership', 'npq-senco']);
  });
});

describe('the question flow', () => {
  it('asks the next question on the path and reaches check answers when every answer is given', () => {
    const first = walkFlow(sample, {});
    expect(first.current).to.equal('course_start_cohort');
    const done = walkFlow(sample, { ...inSchool, course_identifier: 'npq-headship' });
    expect(done.complete).to.equal(true);
    expect(done.path).to.deep.equal(['course_start_cohort', 'teacher_catchment', 'work_setting', 'role', 'course_identifier', 'previously_funded']);
  });

  it('prunes answers off the path and keeps answers that may still be needed', () => {
    const kept = pruneAnswers(sample, { course_start_cohort: '2026b', teacher_catchment: 'england', work_setting: 'a_school', kind_of_nursery: 'childminder', previously_funded: 'no' });
    expect(kept).to.deep.equal({ course_start_cohort: '2026b', teacher_catchment: 'england', work_setting: 'a_school', previously_funded: 'no' });
  });

  it('uses the DfE course identifiers as the course options', () => {
    const course = sample.eligibility.questions.find((question) => question.id === 'course_identifier')!;
    expect(questionOptions(sample, course).map((option) => option.value)).to.include.members(['npq-headship', 'npq-early-headship-coaching-offer']);
  });

  it('stops at the step limit in a flow that loops (never validated)', () => {
    const looping: Eligibility = {
      ...sample.eligibility,
      questions: [
        { id: 'first', kind: 'yes-no-not-sure', legend: 'First?', next: [{ goTo: 'second' }] },
        { id: 'second', kind: 'yes-no-not-sure', legend: 'Second?', next: [{ goTo: 'first' }] },
      ],
    };
    const definition = { programmes: sample.programmes, eligibility: looping };
    const result = evaluate(definition, { first: 'yes', second: 'no' }, 'npq-headship');
    expect(result.code).to.equal('unknown');
    expect(result.reasons[0]).to.contain('loop');
  });

  it('exports the flow as a Mermaid flowchart', () => {
    const chart = toMermaid(sample.eligibility);
    expect(chart.startsWith('flowchart TD\n')).to.equal(true);
    expect(chart).to.contain('q_teacher_catchment -->|"No, I work somewhere else"| o_not_in_england');
    expect(chart).to.contain('q_on_pp50_list --> check');
    expect(chart).to.contain('check -->|"2026b"| p_1');
    for (const question of sample.eligibility.questions) expect(chart).to.contain(`q_${question.id}[`);
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────────

/** For each question: nothing, a valid answer, or something it does not accept. */
function arbitraryAnswer(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  const values = questionOptions(sample, question).map((option) => option.value);
  const wrong = fc.constantFrom<AnswerValue>('', 'maybe', '2026-13', ['nope']);
  const valid: fc.Arbitrary<AnswerValue> =
    question.kind === 'multiple-choice'
      ? fc.subarray(values, { minLength: 1 })
      : values.length > 0
        ? fc.constantFrom(...values)
        : fc.constant('2024-09');
  return fc.option(fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: wrong }), { nil: undefined, freq: 3 });
}

const arbitraryAnswers: fc.Arbitrary<Answers> = fc
  .tuple(...sample.eligibility.questions.map((question) => arbitraryAnswer(question)))
  .map((values) => {
    const answers: Record<string, AnswerValue> = {};
    sample.eligibility.questions.forEach((question, index) => {
      if (values[index] !== undefined) answers[question.id] = values[index];
    });
    return answers;
  });

const outcomeCodes = new Set(sample.eligibility.outcomes.map((outcome) => outcome.code));
const programmeIds = sample.programmes.map((programme) => programme.id);

describe('properties', () => {
  it('any set of answers gives exactly one outcome, consistent with its funding', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.option(fc.constantFrom(...programmeIds), { nil: undefined }), (answers, programme) => {
        const result = evaluate(sample, answers, programme);
        if (result.code === 'unknown') {
          expect(result.funding).to.equal('unknown');
          expect(result.outcome).to.equal(undefined);
        } else {
          expect(outcomeCodes.has(result.code)).to.equal(true);
          expect(result.outcome?.code).to.equal(result.code);
          expect(result.funding).to.equal(result.outcome?.funding);
        }
        expect(evaluate(sample, answers, programme)).to.deep.equal(result);
      }),
      { numRuns: 400 },
    );
  });

  it('pruning is idempotent and does not change the outcome', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const once = pruneAnswers(sample, answers);
        expect(pruneAnswers(sample, once)).to.deep.equal(once);
        expect(evaluate(sample, once)).to.deep.equal(evaluate(sample, answers));
      }),
      { numRuns: 400 },
    );
  });

  it('every walk stays within the step limit and never breaks on the sample', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const walk = walkFlow(sample, answers);
        expect(walk.broken).to.equal(false);
        expect(walk.path.length).to.be.at.most(Math.min(STEP_LIMIT, sample.eligibility.questions.length));
        expect(new Set(walk.path).size).to.equal(walk.path.length);
        expect([walk.current !== undefined, walk.end !== undefined, walk.complete].filter(Boolean)).to.have.length(1);
      }),
      { numRuns: 400 },
    );
  });

  it('a missing answer is only ever reported for a question that may still be asked', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.constantFrom(...programmeIds), (answers, programme) => {
        const result = evaluate(sample, answers, programme);
        if (result.missing === undefined) return;
        const walk = walkFlow(sample, { ...answers, course_identifier: programme });
        expect(walk.open.has(result.missing)).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });
});
