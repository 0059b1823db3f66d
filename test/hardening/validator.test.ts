import { expect } from '@open-wc/testing';
import { validateDefinition, type ValidationResult } from '../../src/core/definition/validate.js';
import {
  BAD_URLS,
  hostileCases,
  objectPaths,
  pointerOf,
  reservedKeyCase,
  richDefinition,
  textFields,
  urlCases,
  validateCase,
  withTextEverywhere,
  MARKUP,
  type HostileCase,
} from './hostile-definitions.js';

/** Objects anywhere in the output that hold a reserved key or have an unexpected prototype. */
function prototypeProblems(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const prototype = Object.getPrototypeOf(value) as unknown;
  const expected = Array.isArray(value) ? Array.prototype : Object.prototype;
  const problems = prototype === expected || prototype === null ? [] : [`${path || '/'} has another prototype`];
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') problems.push(`${path}/${key}`);
    problems.push(...prototypeProblems((value as Record<string, unknown>)[key], `${path}/${key}`));
  }
  return problems;
}

function expectCase(hostile: HostileCase, result: ValidationResult): void {
  const { name } = hostile;
  for (const wanted of hostile.issues) {
    const issue = result.issues.find((candidate) => candidate.path === wanted.path);
    expect(issue, `${name}: an issue at ${wanted.path.slice(0, 80)} among ${JSON.stringify(result.issues.slice(0, 8).map((i) => i.path.slice(0, 80)))}`).to.exist;
    if (wanted.expects) expect(issue!.expected, name).to.contain(wanted.expects);
    expect(issue!.severity, name).to.equal(wanted.severity ?? 'error');
  }
  if (hostile.issues.length === 0) expect(result.issues, name).to.deep.equal([]);
  expect(result.definition?.programmes.length, `${name}: programmes left`).to.equal(hostile.programmesLeft);
  if (hostile.eligibility !== undefined) expect(result.definition?.eligibility !== undefined, `${name}: eligibility kept`).to.equal(hostile.eligibility);
  expect(prototypeProblems(result.definition), name).to.deep.equal([]);
  expect(({} as Record<string, unknown>).polluted, name).to.equal(undefined);
}

describe('the hostile corpus, validated', () => {
  it('puts hostile text in every free-text field of the schema, and the rich definition is valid', () => {
    expect(validateDefinition(richDefinition()).issues).to.deep.equal([]);
    const fields = textFields().map((field) => pointerOf(field.path));
    // A sample of the fields the corpus must reach, from every part of the schema.
    for (const path of [
      '/provider/name',
      '/provider/logo/alt',
      '/programmes/0/title',
      '/programmes/0/summary',
      '/programmes/0/aliases/0',
      '/programmes/0/contentAreas/1/learnHow/0',
      '/programmes/0/cohorts/0/override/note',
      '/programmes/0/assessment/window/description',
      '/glossary/0/expansion',
      '/messages/finder.searchLabel',
      '/eligibility/questions/1/options/3/dividerBefore',
      '/eligibility/outcomes/0/nextSteps/0/text',
      '/eligibility/policies/0/rules/0/because',
    ]) {
      expect(fields, path).to.include(path);
    }
    for (const path of ['/programmes/0/id', '/programmes/0/links/apply', '/programmes/0/cohorts/0/starts', '/eligibility/questions/0/id']) {
      expect(fields, path).not.to.include(path);
    }
    expect(validateDefinition(withTextEverywhere(MARKUP.img)).issues).to.deep.equal([]);
  });

  for (const hostile of hostileCases()) {
    it(`${hostile.name}: never throws, and reports what it must`, () => {
      const source = hostile.make();
      const result = validateCase(source);
      expectCase(hostile, result);
    });
  }
});

describe('the URL corpus, in every URL field', () => {
  const cases = urlCases();
  it(`refuses each of ${BAD_URLS.length} URLs in each URL field (${cases.length} cases), located`, () => {
    for (const hostile of cases) expectCase(hostile, validateCase(hostile.make()));
  });
});

describe('reserved keys at every level', () => {
  it('locates "__proto__", "constructor" and "prototype" in every object, and nothing reaches a prototype', () => {
    const paths = objectPaths(richDefinition());
    expect(paths.length).to.be.above(60);
    for (const path of paths) {
      for (const key of ['__proto__', 'constructor', 'prototype'] as const) {
        const hostile = reservedKeyCase(path, key);
        expectCase(hostile, validateCase(hostile.make()));
      }
    }
  });
});

describe('issues of a file with millions of problems', () => {
  it('lists the first thousand and counts the rest', () => {
    const text = `{"schemaVersion":1,"provider":{"name":"Hub","kind":"other"},"programmes":[],"glossary":[${'0,'.repeat(999_999)}0]}`;
    const result = validateCase({ text });
    expect(result.issues[0]!.path).to.equal('/glossary/0');
    expect(result.issues.length, 'a million problems, listed up to the limit').to.be.at.most(1_001);
    const many = validateCase({ text: `{"schemaVersion":1,"provider":{"name":"Hub","kind":"other"},"programmes":[${'{},'.repeat(4_999)}{}]}` });
    expect(many.issues).to.have.length(1_001);
    const [, more] = /^\(file\): expected at most 1000 problems listed, found at least (\d+) more problems$/.exec(many.issues[1_000]!.message) ?? [];
    // Every programme past the listed ones has at least one problem.
    expect(Number(more)).to.be.at.least(4_900);
    expect(many.ok).to.equal(false);
  });
});
