import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { parseDefinitionText, validateDefinition, MAX_DEFINITION_CHARS } from '../../../src/core/definition/validate.js';
import { minimalDefinition, type MinimalDefinition } from '../../fixtures/minimal-definition.js';

type Json = Record<string, unknown>;

interface BrokenCase {
  name: string;
  /** Returns the broken input: an object, or raw JSON text when it must be parsed. */
  make: (definition: MinimalDefinition & Json) => unknown;
  path: string;
  /** A phrase the "expected" wording must contain. */
  expects: string;
  severity?: 'error' | 'warning';
  /** Programmes still usable afterwards; undefined = the whole file is unusable. */
  programmesLeft?: number;
  /** The published JSON Schema can express this rule too. */
  schemaRejects?: boolean;
}

const first = (definition: MinimalDefinition) => definition.programmes[0] as unknown as Json;
const cohort = (definition: MinimalDefinition) => definition.programmes[0]!.cohorts[0] as unknown as Json;
const withLinks = (url: string, key = 'apply') => (definition: MinimalDefinition) => {
  (first(definition).links as Json)[key] = url;
  return definition;
};

const corpus: BrokenCase[] = [
  { name: 'a list instead of an object at the root', make: () => [], path: '', expects: 'an object', schemaRejects: true },
  { name: 'null at the root', make: () => null, path: '', expects: 'an object', schemaRejects: true },
  { name: 'a string at the root', make: () => 'programmes', path: '', expects: 'an object', schemaRejects: true },
  { name: 'an unsupported schemaVersion', make: (d) => ({ ...d, schemaVersion: 2 }), path: '/schemaVersion', expects: 'schemaVersion 1', schemaRejects: true },
  { name: 'no schemaVersion', make: ({ schemaVersion: _omit, ...d }) => d, path: '/schemaVersion', expects: 'required key', schemaRejects: true },
  { name: 'no provider', make: ({ provider: _omit, ...d }) => d, path: '/provider', expects: 'required key "provider"', schemaRejects: true },
  { name: 'an unknown provider kind', make: (d) => ({ ...d, provider: { ...d.provider, kind: 'school' } }), path: '/provider/kind', expects: 'teaching-school-hub', schemaRejects: true },
  { name: 'a javascript: provider website', make: (d) => ({ ...d, provider: { ...d.provider, website: 'javascript:alert(1)' } }), path: '/provider/website', expects: 'https URL' },
  { name: 'a malformed provider email', make: (d) => ({ ...d, provider: { ...d.provider, email: 'npq at hub' } }), path: '/provider/email', expects: 'email address' },
  { name: 'programmes as an object', make: (d) => ({ ...d, programmes: {} }), path: '/programmes', expects: 'a list of programmes', schemaRejects: true },
  { name: 'a programme id with spaces', make: (d) => ((first(d).id = 'NPQ Headship'), d), path: '/programmes/0/id', expects: 'lower-case letters', programmesLeft: 1, schemaRejects: true },
  { name: 'a number as a title', make: (d) => ((first(d).title = 5), d), path: '/programmes/0/title', expects: 'a title', programmesLeft: 1, schemaRejects: true },
  { name: 'an empty title', make: (d) => ((first(d).title = ''), d), path: '/programmes/0/title', expects: 'not empty', programmesLeft: 1, schemaRejects: true },
  { name: 'a missing summary', make: (d) => (delete first(d).summary, d), path: '/programmes/0/summary', expects: 'required key "summary"', programmesLeft: 1, schemaRejects: true },
  { name: 'an unknown programme group', make: (d) => ((first(d).group = 'leaders'), d), path: '/programmes/0/group', expects: '"leadership", "specialist", "support"', programmesLeft: 1, schemaRejects: true },
  { name: 'an unknown role', make: (d) => ((d.programmes[0]!.audience.roles = ['deputy'] as never), d), path: '/programmes/0/audience/roles/0', expects: 'a role', programmesLeft: 1, schemaRejects: true },
  { name: 'a repeated role', make: (d) => ((d.programmes[0]!.audience.roles = ['headteacher', 'headteacher']), d), path: '/programmes/0/audience/roles', expects: 'without repeats', programmesLeft: 1 },
  { name: 'hours that add up to more than the total', make: (d) => ((d.programmes[0]!.hours.total = 50), d), path: '/programmes/0/hours/total', expects: 'at least 90 hours', programmesLeft: 1 },
  { name: 'negative hours', make: (d) => ((d.programmes[0]!.hours.selfStudy = -5), d), path: '/programmes/0/hours/selfStudy', expects: '0 hours or more', programmesLeft: 1, schemaRejects: true },
  { name: 'applications closing before they open', make: (d) => ((cohort(d).applications = { opens: '2026-09-01', closes: '2026-08-01' }), d), path: '/programmes/0/cohorts/0/applications/closes', expects: 'after the opening date', programmesLeft: 1 },
  { name: 'a start date that does not exist', make: (d) => ((cohort(d).starts = '2026-02-30'), d), path: '/programmes/0/cohorts/0/starts', expects: 'exists in the calendar', programmesLeft: 1 },
  { name: 'a closing date written the British way', make: (d) => ((cohort(d).applications = { opens: '2026-05-01', closes: '28/09/2026' }), d), path: '/programmes/0/cohorts/0/applications/closes', expects: 'YYYY-MM-DD', programmesLeft: 1, schemaRejects: true },
  { name: 'a cohort naming a venue that is not listed', make: (d) => ((cohort(d).venues = ['town-hall']), d), path: '/programmes/0/cohorts/0/venues/0', expects: 'riverside-centre', programmesLeft: 1 },
  { name: 'two cohorts with one id', make: (d) => (d.programmes[0]!.cohorts.push({ ...d.programmes[0]!.cohorts[0]! } as never), d), path: '/programmes/0/cohorts/1/id', expects: 'used once', programmesLeft: 1 },
  { name: 'two programmes with one id', make: (d) => ((d.programmes[1]!.id = 'npq-headship'), d), path: '/programmes/1/id', expects: 'already used by /programmes/0', programmesLeft: 1 },
  { name: 'two content areas with one id', make: (d) => ((d.programmes[0]!.contentAreas[1]!.id = 'school-culture'), d), path: '/programmes/0/contentAreas/1/id', expects: 'used once', programmesLeft: 1 },
  { name: 'a javascript: apply link', make: withLinks('javascript:alert(document.cookie)'), path: '/programmes/0/links/apply', expects: 'https URL', programmesLeft: 1 },
  { name: 'a mixed-case, padded javascript: link', make: withLinks(' JavaScript:alert(1)'), path: '/programmes/0/links/apply', expects: 'https URL', programmesLeft: 1 },
  { name: 'a tab inside the scheme', make: withLinks('java\tscript:alert(1)'), path: '/programmes/0/links/apply', expects: 'https URL', programmesLeft: 1 },
  { name: 'a data: URL', make: withLinks('data:text/html,<script>alert(1)</script>', 'information'), path: '/programmes/0/links/information', expects: 'https URL', programmesLeft: 1 },
  { name: 'a plain http: link', make: withLinks('http://riverside-tsh.example/apply'), path: '/programmes/0/links/apply', expects: 'https URL', programmesLeft: 1 },
  { name: 'a protocol-relative link', make: withLinks('//evil.example/apply'), path: '/programmes/0/links/apply', expects: 'https URL', programmesLeft: 1 },
  { name: 'a link with login details', make: withLinks('https://user:secret@riverside-tsh.example/'), path: '/programmes/0/links/apply', expects: 'login details', programmesLeft: 1 },
  { name: 'a tel: link where only web or email fit', make: withLinks('tel:01134960000', 'registerInterest'), path: '/programmes/0/links/registerInterest', expects: 'https or mailto', programmesLeft: 1 },
  { name: 'a 100 kB URL', make: withLinks(`https://riverside-tsh.example/${'a'.repeat(100_000)}`), path: '/programmes/0/links/apply', expects: 'at most 2048 characters', programmesLeft: 1 },
  {
    name: 'a __proto__ key inside a programme',
    make: (d) => JSON.stringify(d).replace('"id":"npq-headship"', '"__proto__":{"polluted":true},"id":"npq-headship"'),
    path: '/programmes/0/__proto__',
    expects: 'reserved',
    programmesLeft: 1,
  },
  { name: 'a constructor key at the top level', make: (d) => ({ ...d, constructor: { prototype: { polluted: true } } }), path: '/constructor', expects: 'reserved', programmesLeft: 2 },
  { name: 'a stage ending before it starts', make: (d) => ((d.programmes[0]!.structure![0]!.endMonth = 0), d), path: '/programmes/0/structure/0/endMonth', expects: 'at least 1', programmesLeft: 1, schemaRejects: true },
  { name: 'a stage after the course has ended', make: (d) => ((d.programmes[0]!.structure![0]!.endMonth = 40), d), path: '/programmes/0/structure/0/endMonth', expects: "within the course's 21 months", programmesLeft: 1 },
  { name: 'an engagement threshold over 100 %', make: (d) => ((d.programmes[0]!.assessment!.engagementThreshold = 120), d), path: '/programmes/0/assessment/engagementThreshold', expects: 'from 0 to 100', programmesLeft: 1, schemaRejects: true },
  { name: 'no content areas', make: (d) => (delete first(d).contentAreas, d), path: '/programmes/0/contentAreas', expects: 'required key', programmesLeft: 1, schemaRejects: true },
  { name: 'a badly named message override', make: (d) => ({ ...d, messages: { 'Search label': 'Find' } }), path: '/messages/Search label', expects: 'message key', programmesLeft: 2 },
  { name: 'a programme that is text, not an object', make: (d) => ((d.programmes as unknown[])[0] = 'NPQH', d), path: '/programmes/0', expects: 'an object', programmesLeft: 1, schemaRejects: true },
  { name: 'a glossary entry that is null', make: (d) => ({ ...d, glossary: [null] }), path: '/glossary/0', expects: 'an object', programmesLeft: 2, schemaRejects: true },
  { name: 'a glossary entry without a definition', make: (d) => ({ ...d, glossary: [{ term: 'PP50' }] }), path: '/glossary/0/definition', expects: 'required key', programmesLeft: 2, schemaRejects: true },
  { name: 'an unknown key', make: (d) => ((first(d).colour = 'red'), d), path: '/programmes/0/colour', expects: 'known keys', severity: 'warning', programmesLeft: 2 },
  {
    name: 'nesting 30 levels deep',
    make: (d) => {
      let deep: unknown = 'bottom';
      for (let level = 0; level < 30; level += 1) deep = [deep];
      return { ...d, glossary: deep };
    },
    path: '/glossary/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0',
    expects: 'nesting at most',
  },
];

function validateCase(input: unknown) {
  if (typeof input === 'string' && input.startsWith('{')) {
    const parsed = parseDefinitionText(input);
    if (!parsed.ok) throw new Error(`fixture did not parse: ${parsed.issue.message}`);
    return validateDefinition(parsed.value);
  }
  return validateDefinition(input);
}

describe('validateDefinition', () => {
  it('accepts the minimal definition with no issues', () => {
    const result = validateDefinition(minimalDefinition());
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.definition?.programmes.map((programme) => programme.id)).to.deep.equal(['npq-headship', 'npq-leading-teaching']);
  });

  it(`locates each of ${corpus.length} broken definitions without throwing`, () => {
    expect(corpus.length).to.be.at.least(30);
    for (const broken of corpus) {
      const result = validateCase(broken.make(minimalDefinition() as MinimalDefinition & Json));
      const issue = result.issues.find((candidate) => candidate.path === broken.path);
      expect(issue, `${broken.name}: issue at ${broken.path} in ${JSON.stringify(result.issues.map((i) => i.path))}`).to.exist;
      expect(issue!.expected, broken.name).to.contain(broken.expects);
      expect(issue!.severity, broken.name).to.equal(broken.severity ?? 'error');
      expect(issue!.message, broken.name).to.equal(`${broken.path || '(file)'}: expected ${issue!.expected}, found ${issue!.found}`);
      expect(result.definition?.programmes.length, broken.name).to.equal(broken.programmesLeft);
      expect(result.ok, broken.name).to.equal(broken.severity === 'warning');
    }
  });

  it('keeps valid programmes when another is broken', () => {
    const definition = minimalDefinition();
    (definition.programmes[0] as unknown as Json).cohorts = 'soon';
    const result = validateDefinition(definition);
    expect(result.definition?.programmes.map((programme) => programme.id)).to.deep.equal(['npq-leading-teaching']);
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['/programmes/0/cohorts']);
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const text = JSON.stringify(minimalDefinition()).replace('"schemaVersion":1', '"__proto__":{"polluted":true},"schemaVersion":1');
    const parsed = parseDefinitionText(text);
    const result = parsed.ok ? validateDefinition(parsed.value) : undefined;
    expect(({} as Json).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(result?.definition)).to.equal(Object.prototype);
    expect(result?.issues.map((issue) => issue.path)).to.deep.equal(['/__proto__']);
  });

  it('tells a hub how many issues there are without listing values in full', () => {
    const definition = minimalDefinition();
    definition.programmes[0]!.title = 'x'.repeat(5000);
    const [issue] = validateDefinition(definition).issues;
    expect(issue?.found.length).to.be.below(80);
  });
});

describe('parseDefinitionText', () => {
  const cases: { name: string; text: string; code: 'not-json' | 'too-large'; found: string }[] = [
    { name: 'an HTML page', text: '<!doctype html><html><body>Not found</body></html>', code: 'not-json', found: 'an HTML page' },
    { name: 'trailing garbage', text: '{"schemaVersion": 1}\n}garbage', code: 'not-json', found: 'line 2, column 1' },
    { name: 'a trailing comma', text: '{\n  "schemaVersion": 1,\n}', code: 'not-json', found: 'line 3, column 1' },
    { name: 'an empty file', text: '', code: 'not-json', found: 'an empty file' },
    { name: 'a 10 MB file', text: `{"padding":"${'x'.repeat(10_000_000)}"}`, code: 'too-large', found: 'million characters' },
  ];
  for (const { name, text, code, found } of cases) {
    it(`refuses ${name} with a located reason`, () => {
      const parsed = parseDefinitionText(text);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect(parsed.code).to.equal(code);
      expect(parsed.issue.found).to.contain(found);
    });
  }

  it('reads a file that starts with a byte order mark', () => {
    const parsed = parseDefinitionText(`\ufeff${JSON.stringify(minimalDefinition())}`);
    expect(parsed.ok && validateDefinition(parsed.value).ok).to.equal(true);
  });

  it('states the size limit an editor must keep to', () => {
    expect(MAX_DEFINITION_CHARS).to.equal(5_000_000);
  });
});

describe('the published JSON Schema', () => {
  let validator: Validator;
  before(async () => {
    const schema = (await (await fetch('/schema/programme-definition.schema.json')).json()) as object;
    validator = new Validator(schema as never, '7', false);
  });

  it('accepts the minimal definition and the bundled sample', async () => {
    expect(validator.validate(minimalDefinition()).valid).to.equal(true);
    const sample = (await (await fetch('/demo/data/programmes.json')).json()) as unknown;
    const result = validator.validate(sample);
    expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
  });

  it('rejects the broken definitions whose rules it can express', () => {
    const expressible = corpus.filter((broken) => broken.schemaRejects);
    expect(expressible.length).to.be.at.least(15);
    for (const broken of expressible) {
      const input = broken.make(minimalDefinition() as MinimalDefinition & Json);
      expect(validator.validate(input).valid, broken.name).to.equal(false);
    }
  });
});
