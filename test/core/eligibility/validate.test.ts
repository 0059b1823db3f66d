import { expect } from '@open-wc/testing';
import { outcomeFromValue } from '../../../src/core/definition/load.js';
import { validateDefinition } from '../../../src/core/definition/validate.js';
import { eligibilityOf } from '../../../src/core/eligibility/section.js';
import type { Eligibility } from '../../../src/core/eligibility/schema.js';
import { loadSampleDefinition } from './sample.js';

const sample = await loadSampleDefinition();

type Json = Record<string, unknown>;
/** A fresh, editable copy of the sample's eligibility section. */
const eligibility = (): Eligibility & Json => structuredClone(sample.eligibility) as Eligibility & Json;
const questionIndex = (section: Eligibility, id: string) => section.questions.findIndex((question) => question.id === id);

interface Case {
  name: string;
  edit: (section: Eligibility & Json) => void;
  path: string;
  /** A phrase the "expected" wording must contain. */
  expects: string;
  severity?: 'error' | 'warning';
}

const catchment = questionIndex(sample.eligibility, 'teacher_catchment');
const workSetting = questionIndex(sample.eligibility, 'work_setting');
const role = questionIndex(sample.eligibility, 'role');

const corpus: Case[] = [
  {
    name: 'a next step to a question that does not exist',
    edit: (section) => (section.questions[catchment]!.next[1]!.goTo = 'work_place'),
    path: `/eligibility/questions/${catchment}/next/1/goTo`,
    expects: 'the id of a question',
  },
  {
    name: 'a terminal step naming an unknown outcome',
    edit: (section) => (section.questions[catchment]!.next[0]!.end = 'outside_england'),
    path: `/eligibility/questions/${catchment}/next/0/end`,
    expects: 'an outcome code',
  },
  {
    name: 'a rule naming an unknown outcome',
    edit: (section) => (section.policies[1]!.rules[0]!.outcome = 'not_england'),
    path: '/eligibility/policies/1/rules/0/outcome',
    expects: 'an outcome code',
  },
  {
    name: 'a loop back to an earlier question',
    edit: (section) => (section.questions[role]!.next[0]!.goTo = 'teacher_catchment'),
    path: `/eligibility/questions/${role}/next/0/goTo`,
    expects: 'no loops',
  },
  {
    name: 'a question whose last step has a test (a dead end)',
    edit: (section) => section.questions[workSetting]!.next.pop(),
    path: `/eligibility/questions/${workSetting}/next/2`,
    expects: 'every answer leads somewhere',
  },
  {
    name: 'a policy whose last rule has a test',
    edit: (section) => section.policies[0]!.rules.pop(),
    path: `/eligibility/policies/0/rules/${sample.eligibility.policies[0]!.rules.length - 2}`,
    expects: 'every set of answers gets an outcome',
  },
  {
    name: 'a cohort answer without a policy',
    edit: (section) => section.policies.pop(),
    path: '/eligibility/policies',
    expects: 'a policy for every answer',
  },
  {
    name: 'a step answer that is not one of the options',
    edit: (section) => (section.questions[workSetting]!.next[0]!.answer = 'early_years'),
    path: `/eligibility/questions/${workSetting}/next/0/answer`,
    expects: 'one of the values of question "work_setting"',
  },
  {
    name: 'a condition with two forms',
    edit: (section) => (section.policies[1]!.rules[0]!.when = { fact: 'school_setting', question: 'work_setting', equals: 'a_school' }),
    path: '/eligibility/policies/1/rules/0/when',
    expects: 'exactly one of "all", "any", "not", "fact" or "question"',
  },
  {
    name: 'a misspelt comparison',
    edit: (section) => (section.policies[1]!.rules[0]!.when = { question: 'teacher_catchment', equal: 'another' } as never),
    path: '/eligibility/policies/1/rules/0/when/equal',
    expects: 'only the condition keys',
  },
  {
    name: 'an unknown fact',
    edit: (section) => (section.policies[1]!.rules[0]!.when = { fact: 'in_school' }),
    path: '/eligibility/policies/1/rules/0/when/fact',
    expects: 'the name of a fact',
  },
  {
    name: 'facts that depend on each other in a loop',
    edit: (section) => {
      section.facts!['school_setting'] = { not: { fact: 'early_years_setting' } };
      section.facts!['early_years_setting'] = { fact: 'school_setting' };
    },
    path: '/eligibility/facts/school_setting',
    expects: 'does not depend on itself',
  },
  {
    name: 'an unknown group',
    edit: (section) => (section.policies[1]!.rules[0]!.when = { question: 'course_identifier', inGroup: 'pp50_courses' }),
    path: '/eligibility/policies/1/rules/0/when/inGroup',
    expects: 'the name of a group',
  },
  {
    name: 'a month comparison on a choice question',
    edit: (section) => (section.policies[1]!.rules[0]!.when = { question: 'work_setting', before: '2020-09' }),
    path: '/eligibility/policies/1/rules/0/when/before',
    expects: 'month-year question only',
  },
  {
    name: 'a javascript: link beside a question',
    edit: (section) => (section.questions[catchment]!.link = { text: 'Read more', url: 'javascript:alert(1)' }),
    path: `/eligibility/questions/${catchment}/link/url`,
    expects: 'https URL',
  },
  {
    name: 'the reserved outcome code "unknown"',
    edit: (section) => (section.outcomes[0]!.code = 'unknown'),
    path: '/eligibility/outcomes/0/code',
    expects: 'reserved',
  },
  {
    name: 'options on a yes / no / not sure question',
    edit: (section) => (section.questions[questionIndex(section, 'previously_funded')]!.options = [{ value: 'yes', label: 'Yes' }]),
    path: `/eligibility/questions/${questionIndex(sample.eligibility, 'previously_funded')}`,
    expects: 'options (or "optionsFrom") on choice questions only',
  },
  {
    name: 'two questions with one id',
    edit: (section) => (section.questions[role]!.id = 'work_setting'),
    path: `/eligibility/questions/${role}/id`,
    expects: 'a question id used once',
  },
  {
    name: 'a question nothing leads to',
    edit: (section) => section.questions.push({ id: 'favourite_subject', kind: 'short-text', legend: 'Which subject do you teach?', next: [{ goTo: 'check-answers' }] }),
    path: `/eligibility/questions/${sample.eligibility.questions.length}`,
    expects: 'a question some path from the first question leads to',
    severity: 'warning',
  },
  {
    name: 'an outcome nothing leads to',
    edit: (section) => section.outcomes.push({ ...section.outcomes[0]!, code: 'spare_outcome' }),
    path: `/eligibility/outcomes/${sample.eligibility.outcomes.length}`,
    expects: 'an outcome that a rule or step leads to',
    severity: 'warning',
  },
  {
    name: 'a group member that is not a programme of this hub',
    edit: (section) => section.groups!['targeted_courses']!.push('npq-leading-science'),
    path: '/eligibility/groups/targeted_courses/6',
    expects: 'a programme id from /programmes',
    severity: 'warning',
  },
  {
    name: 'a rule after one that always applies',
    edit: (section) => section.policies[0]!.rules.push({ outcome: 'funded' }),
    path: `/eligibility/policies/0/rules/${sample.eligibility.policies[0]!.rules.length}`,
    expects: 'no rule after one that always applies',
    severity: 'warning',
  },
];

describe('validating the eligibility section', () => {
  it('accepts the sample definition without a single issue', () => {
    const result = validateDefinition(structuredClone(sample));
    expect(result.issues.map((issue) => issue.message)).to.deep.equal([]);
    expect(result.definition?.eligibility).to.deep.equal(sample.eligibility);
  });

  for (const { name, edit, path, expects, severity = 'error' } of corpus) {
    it(`${severity === 'error' ? 'refuses' : 'warns about'} ${name}`, () => {
      const section = eligibility();
      edit(section);
      const result = validateDefinition({ ...structuredClone(sample), eligibility: section });
      const issue = result.issues.find((candidate) => candidate.path === path);
      expect(issue, `an issue at ${path}; found:\n${result.issues.map((candidate) => candidate.message).join('\n')}`).to.not.equal(undefined);
      expect(issue!.expected).to.contain(expects);
      expect(issue!.severity).to.equal(severity);
      // The rest of the file loads either way; the section itself only without errors.
      expect(result.definition?.programmes).to.have.length(sample.programmes.length);
      expect(result.definition?.eligibility === undefined).to.equal(severity === 'error');
    });
  }

  it('leaves out an eligibility section that is not an object, keeping the programmes', () => {
    const result = validateDefinition({ ...structuredClone(sample), eligibility: ['course_start_cohort'] });
    expect(result.issues.length).to.be.greaterThan(0);
    expect(result.issues.every((issue) => issue.path.startsWith('/eligibility'))).to.equal(true);
    expect(result.definition?.eligibility).to.equal(undefined);
    expect(result.definition?.programmes).to.have.length(sample.programmes.length);
  });
});

/** What the widgets' loader gives (everything but the eligibility section), and the checker's own look at the section. */
function loadedWithSection(input: unknown) {
  const outcome = outcomeFromValue(input);
  if (!outcome.ok) throw new Error(`the definition did not load: ${outcome.message}`);
  const { definition, issues } = outcome.result;
  return { definition, issues, section: eligibilityOf(definition) };
}

const onlyEligibility = (issues: readonly { path: string }[]) => issues.filter((issue) => issue.path.startsWith('/eligibility'));

describe('the eligibility section of a definition the widgets loaded', () => {
  it('is left to the checker: the loader reports nothing under /eligibility and leaves out the field', () => {
    const section = eligibility();
    section.questions[catchment]!.next[1]!.goTo = 'work_place';
    const { definition, issues } = loadedWithSection({ ...structuredClone(sample), eligibility: section });
    expect(onlyEligibility(issues)).to.deep.equal([]);
    expect(definition.eligibility).to.equal(undefined);
    expect(definition.programmes).to.have.length(sample.programmes.length);
  });

  it('is the same section as the full validator keeps, when it has no problems', () => {
    const { section } = loadedWithSection(structuredClone(sample));
    expect(section.issues).to.deep.equal([]);
    expect(section.eligibility).to.deep.equal(sample.eligibility);
  });

  for (const { name, edit } of corpus) {
    it(`gives the checker the full validator's issues for ${name}`, () => {
      const edited = eligibility();
      edit(edited);
      const input = { ...structuredClone(sample), eligibility: edited };
      const full = validateDefinition(structuredClone(input));
      const { section } = loadedWithSection(input);
      expect(section.issues).to.deep.equal(onlyEligibility(full.issues));
      expect(section.eligibility === undefined).to.equal(full.definition?.eligibility === undefined);
    });
  }

  it('validates the section once per definition, however often it is asked for', () => {
    const { definition, section } = loadedWithSection({ ...structuredClone(sample), eligibility: ['course_start_cohort'] });
    expect(section.eligibility).to.equal(undefined);
    expect(section.issues.length).to.be.greaterThan(0);
    expect(section.issues.every((issue) => issue.path.startsWith('/eligibility'))).to.equal(true);
    expect(eligibilityOf(definition)).to.equal(section);
  });

  it('says a definition without the section has none, and no problems', () => {
    const { eligibility: _left, ...withoutSection } = structuredClone(sample);
    const { section } = loadedWithSection(withoutSection);
    expect(section).to.deep.equal({ issues: [] });
  });
});

describe('eligibility warnings', () => {
  it('reports a group member that names a left-out programme once, however many rules use the group', async () => {
    const sample = (await (await fetch('/demo/data/programmes.json')).json()) as { programmes: { links: { apply: string } }[] };
    sample.programmes[1]!.links.apply = 'javascript:alert(1)';
    const paths = validateDefinition(sample).issues.filter((issue) => issue.path.startsWith('/eligibility/groups/')).map((issue) => issue.path);
    expect(paths).to.deep.equal([...new Set(paths)]);
    expect(paths.length).to.be.above(0);
  });
});
