/**
 * A corpus of hostile programme definitions, generated from one rich, valid definition so every
 * case stays small to read. A hub's definition is written by hand, hosted elsewhere and rendered
 * on pages the kit does not control: each case says what the validator must report (a located
 * issue) and whether the widgets still have something to show, which they must show as text.
 */
import { parseDefinitionText, validateDefinition, type ValidationResult } from '../../src/core/definition/validate.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Sets `window.__pwned`; payloads call it so a short payload can still prove it ran. */
declare global {
  interface Window {
    __pwned?: string;
    p?: () => void;
  }
}

/** Script-running payloads: each one sets `window.__pwned` if it ever runs. */
export const MARKUP = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: '<svg onload=p()>',
  iframe: `<iframe srcdoc="<script>parent.p()</script>"></iframe>`,
  attributeBreakout: `" autofocus onfocus="p()" x="' autofocus onfocus='p()' y='`,
  template: '${p()} {{constructor.constructor("p()")()}} <%= p() %>',
  litLookalike: `{"_$litType$":1,"strings":["<img src=x onerror=p()>"],"values":[]}`,
  css: `red; } :host { display: none } </style><style>* { background: url("javascript:p()") }`,
  javascriptText: 'javascript:p()',
} as const;

/** Text that is not markup but has tripped up renderers and layout before. */
export const UNICODE = {
  rtlOverride: '\u202Egnp.exe\u202C NPQ \u2067isolated\u2069 \u202Doverride\u202C',
  zeroWidthFlood: '\u200B\u200C\u200D\u2060\uFEFF'.repeat(800),
  combiningFlood: `Z${'\u0336\u0301\u0327\u035C\u0489'.repeat(799)}`,
  loneSurrogates: 'broken \uD800 pair \uDC00 here \uDBFF\uDFFF\uDFFF end',
} as const;

/** The URL corpus: none of these may ever become a link (`safeUrl` alone is tested in test/core/safe-url.test.ts). */
export const BAD_URLS: readonly (readonly [string, string])[] = [
  ['javascript:', 'javascript:p()'],
  ['padded, mixed-case JavaScript:', ' JavaScript:p()'],
  ['a tab inside the scheme', 'java\tscript:p()'],
  ['data:', 'data:text/html,<script>parent.p()</script>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['protocol-relative', '//evil.example/npq'],
  ['login details', 'https://user@evil.example/'],
  ['blob:', 'blob:https://evil.example/4f1e'],
  ['file:', 'file:///etc/passwd'],
  ['a 100 kB URL', `https://evil.example/${'a'.repeat(100_000)}`],
];

/** The rich definition: every text and URL field of the schema holds something. */
export function richDefinition(): { [key: string]: Json } {
  const definition = checkerDefinition() as unknown as { [key: string]: Json };
  const set = (path: Path, value: Json) => setAt(definition, path, value);
  set(['provider', 'contactUrl'], 'https://riverside-tsh.example/contact');
  set(['provider', 'logo'], { url: 'https://riverside-tsh.example/logo.png', alt: 'Riverside Teaching School Hub logo' });
  set(['provider', 'leadProviders'], [{ name: 'Ambition Institute', website: 'https://ambition.example/' }]);
  const headship: Path = ['programmes', 0];
  set([...headship, 'audience', 'description'], 'Headteachers and those preparing for headship.');
  set([...headship, 'prerequisites'], [{ text: 'Be in or close to a senior role.', url: 'https://riverside-tsh.example/npqh/before' }]);
  set([...headship, 'delivery', 'venues', 0, 'postcode'], 'LS1 4AP');
  set([...headship, 'contentAreas', 1, 'learnHow'], ['Plan change in stages.']);
  set([...headship, 'structure', 0, 'description'], 'Six online sessions on culture.');
  set([...headship, 'assessment', 'window'], { startMonth: 19, endMonth: 21, description: 'Submit in the spring.' });
  set([...headship, 'assessment', 'passRequirements'], ['Attend 90% of sessions.']);
  set([...headship, 'funding'], { summary: 'Scholarship funding for eligible schools.', notes: ['Check the DfE list.'] });
  set([...headship, 'links', 'registerInterest'], 'mailto:npq@riverside-tsh.example');
  set([...headship, 'cohorts', 0, 'placesNote'], 'Thirty places.');
  set([...headship, 'cohorts', 0, 'override'], { status: 'open', note: 'Late applications welcome.' });
  set(['glossary'], [{ term: 'NPQH', expansion: 'National Professional Qualification in Headship', definition: 'The headship NPQ.', url: 'https://riverside-tsh.example/glossary' }]);
  set(['messages'], { 'finder.searchLabel': 'Search courses', 'explorer.overviewHeading': 'At a glance', 'checker.continue': 'Next', 'status.open': 'Open now' });
  set(['eligibility', 'policies', 0, 'label'], 'All cohorts');
  set(['eligibility', 'outcomes', 0, 'nextSteps', 2], { text: 'Read the funding guide', url: 'https://riverside-tsh.example/funding' });
  return definition;
}

// ── Walking and editing JSON ──────────────────────────────────────────────────────────────────────

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Every string in the value with its path. */
export function stringLeaves(value: Json, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

/** Every object (not array) in the value with its path, the root included. */
export function objectPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
  return [];
}

export function getAt(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, value);
}

export function setAt<T extends Json>(value: T, path: Path, replacement: Json): T {
  const parent = getAt(value, path.slice(0, -1)) as Record<string, Json>;
  parent[path[path.length - 1]!] = replacement;
  return value;
}

/** A JSON Pointer, as the validator writes it. */
export function pointerOf(path: Path): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Adds an own, enumerable key literally named `__proto__` (an object literal would set the prototype). */
export function withOwnKey(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

// ── Free-text fields, found by asking the validator ───────────────────────────────────────────────

export interface TextField {
  path: Path;
  /** The longest text the field accepts. */
  max: number;
}

const FIELD_LENGTHS = [4000, 1000, 300, 200, 100, 80, 60, 20];

let textFieldCache: TextField[] | undefined;

/**
 * The strings of the rich definition that take free text, with their length limit: a string is
 * free text when markup-like text of some length there leaves the definition without an error.
 * Ids, codes, dates, URLs and vocabulary words refuse it.
 */
export function textFields(): TextField[] {
  if (textFieldCache) return textFieldCache;
  const base = richDefinition();
  const fields: TextField[] = [];
  for (const path of stringLeaves(base)) {
    const max = FIELD_LENGTHS.find((length) => validateDefinition(setAt(clone(base), path, probe(length))).ok);
    if (max !== undefined) fields.push({ path, max });
  }
  textFieldCache = fields;
  return fields;
}

/** Text no id, code, date, URL or vocabulary word accepts. */
function probe(length: number): string {
  return 'A <b'.repeat(Math.ceil(length / 4)).slice(0, length);
}

/** The rich definition with `text` (cut to each field's limit) in every free-text field. */
export function withTextEverywhere(text: string): { [key: string]: Json } {
  const definition = richDefinition();
  for (const { path, max } of textFields()) setAt(definition, path, text.slice(0, max));
  return definition;
}

// ── The corpus ────────────────────────────────────────────────────────────────────────────────────

export interface ExpectedIssue {
  path: string;
  /** A phrase the issue's "expected" wording contains. */
  expects?: string;
  severity?: 'error' | 'warning';
}

/** A value given as the `definition` property, or the text of a file (an inline JSON script). */
export type DefinitionSource = { value: unknown } | { text: string };

export interface HostileCase {
  name: string;
  /** Makes the definition (only when its test runs, so the corpus does not sit in memory). */
  make: () => DefinitionSource;
  /** Issues the validator must report (among any others). */
  issues: ExpectedIssue[];
  /** Programmes left to show; `undefined` when the file as a whole is refused. */
  programmesLeft: number | undefined;
  /** Whether the checker's questions survive. */
  eligibility?: boolean;
  /** Text the widgets must show as text (cut to what fits where). */
  shows?: string;
  /** At the size limits: the work is bounded and the page survives, but may block for longer than 50 ms. */
  atSizeLimit?: boolean;
}

const PROGRAMMES_IN_RICH = 2;

/** Markup and other hostile text in every free-text field: all of it must render as text. */
function textCases(): HostileCase[] {
  const texts: [string, string][] = [
    ...Object.entries(MARKUP).map(([name, text]): [string, string] => [`markup (${name}) in every text field`, text]),
    ...Object.entries(UNICODE).map(([name, text]): [string, string] => [`${name} in every text field`, text]),
  ];
  return texts.map(([name, text]) => ({
    name,
    make: () => ({ value: withTextEverywhere(text) }),
    issues: [],
    programmesLeft: PROGRAMMES_IN_RICH,
    eligibility: true,
    shows: text,
  }));
}

/** Markup where only an id, a number or a word from a list may go: refused, and located. */
function refusedMarkupCases(): HostileCase[] {
  const at: [Path, string, number | undefined, boolean][] = [
    [['programmes', 0, 'id'], 'lower-case letters', 1, true],
    [['programmes', 0, 'code'], 'a short code', 1, true],
    [['programmes', 0, 'group'], 'the programme group', 1, true],
    [['programmes', 0, 'cohorts', 0, 'starts'], 'YYYY-MM-DD', 1, true],
    [['provider', 'kind'], 'the kind of provider', undefined, false],
    [['eligibility', 'questions', 0, 'id'], 'a question id', 2, false],
    [['messages', 'finder.searchLabel'], 'at most 1000', 2, true],
  ];
  return at.map(([path, expects, programmesLeft, eligibility]) => {
    const text = path[0] === 'messages' ? `${MARKUP.img}${'x'.repeat(1000)}` : MARKUP.img;
    return {
      name: `markup in ${pointerOf(path)}, which takes no free text`,
      make: () => ({ value: setAt(richDefinition(), path, text) }),
      issues: [{ path: pointerOf(path), expects }],
      programmesLeft,
      eligibility,
    };
  });
}

/** Objects that look like Lit templates where text belongs. */
function litLookalikeCases(): HostileCase[] {
  const template = (): Json => ({ _$litType$: 1, strings: ['<img src=x onerror="window.__pwned=1">'], values: [] });
  return [
    {
      name: 'a Lit template look-alike as a programme title',
      make: () => ({ value: setAt(richDefinition(), ['programmes', 0, 'title'], template()) }),
      issues: [{ path: '/programmes/0/title', expects: 'a title (a string)' }],
      programmesLeft: 1,
      eligibility: true,
    },
    {
      name: 'a Lit template look-alike as the provider name',
      make: () => ({ value: setAt(richDefinition(), ['provider', 'name'], template()) }),
      issues: [{ path: '/provider/name', expects: 'the provider name (a string)' }],
      programmesLeft: undefined,
    },
    {
      name: 'a Lit template look-alike as a message',
      make: () => ({ value: setAt(richDefinition(), ['messages', 'status.open'], template()) }),
      issues: [{ path: '/messages/status.open', expects: 'a message (a string)' }],
      programmesLeft: 2,
      eligibility: true,
    },
    {
      name: 'a Lit template look-alike as an outcome title',
      make: () => ({ value: setAt(richDefinition(), ['eligibility', 'outcomes', 0, 'title'], template()) }),
      issues: [{ path: '/eligibility/outcomes/0/title', expects: 'an outcome title (a string)' }],
      programmesLeft: 2,
      eligibility: false,
    },
    {
      name: 'a Lit template look-alike as the whole file',
      make: () => ({ value: template() }),
      issues: [{ path: '/schemaVersion', expects: 'required key' }],
      programmesLeft: undefined,
    },
  ];
}

/** Where the URL corpus goes, and what is left when a URL there is refused. */
export const URL_FIELDS: readonly { path: Path; programmesLeft: number | undefined; eligibility?: boolean; allows?: string }[] = [
  { path: ['provider', 'website'], programmesLeft: undefined },
  { path: ['provider', 'contactUrl'], programmesLeft: undefined },
  { path: ['provider', 'logo', 'url'], programmesLeft: undefined },
  { path: ['provider', 'leadProviders', 0, 'website'], programmesLeft: undefined },
  { path: ['programmes', 0, 'prerequisites', 0, 'url'], programmesLeft: 1, eligibility: true },
  { path: ['programmes', 0, 'links', 'information'], programmesLeft: 1, eligibility: true },
  { path: ['programmes', 0, 'links', 'apply'], programmesLeft: 1, eligibility: true },
  { path: ['programmes', 0, 'links', 'registerInterest'], programmesLeft: 1, eligibility: true, allows: 'https or mailto' },
  { path: ['glossary', 0, 'url'], programmesLeft: 2, eligibility: true },
  { path: ['eligibility', 'questions', 4, 'link', 'url'], programmesLeft: 2, eligibility: false },
  { path: ['eligibility', 'outcomes', 0, 'nextSteps', 2, 'url'], programmesLeft: 2, eligibility: false },
];

/** Every URL of the corpus in every URL field, one at a time: each refused where it stands. */
export function urlCases(): HostileCase[] {
  return BAD_URLS.flatMap(([name, url]) =>
    URL_FIELDS.map(({ path, programmesLeft, eligibility, allows }) => ({
      name: `${name} URL in ${pointerOf(path)}`,
      make: () => ({ value: setAt(richDefinition(), path, url) }),
      issues: [{ path: pointerOf(path), expects: url.length > 2048 ? 'at most 2048 characters' : (allows ?? 'https URL') }],
      programmesLeft,
      ...(eligibility !== undefined && { eligibility }),
    })),
  );
}

/** The URL corpus in every programme, glossary and checker URL at once (the provider's kept valid). */
function urlsEverywhereCases(): HostileCase[] {
  return BAD_URLS.map(([name, url]) => {
    const definition = richDefinition();
    const fields = URL_FIELDS.filter(({ path }) => path[0] !== 'provider');
    for (const { path } of fields) setAt(definition, path, url);
    setAt(definition, ['programmes', 1, 'links'], { information: url, apply: url, registerInterest: url });
    return {
      name: `${name} URL in every link but the provider's`,
      make: () => ({ value: definition }),
      issues: fields.map(({ path }) => ({ path: pointerOf(path) })),
      programmesLeft: 0,
      eligibility: false,
    };
  });
}

/** CSS where a theme or colour might be expected: the schema has no such field, so they are unknown keys. */
function cssCases(): HostileCase[] {
  const css = 'red; } :host { display: none !important } * { background: url(javascript:p()) }';
  const definition = richDefinition();
  definition.theme = { accent: css, background: `expression(p())` };
  (definition.provider as Record<string, Json>).colour = css;
  (getAt(definition, ['programmes', 0]) as Record<string, Json>).color = css;
  (getAt(definition, ['programmes', 0, 'cohorts', 0]) as Record<string, Json>).style = css;
  return [
    {
      name: 'CSS in theme and colour keys, which the schema does not have',
      make: () => ({ value: definition }),
      issues: [
        { path: '/theme', expects: 'known keys', severity: 'warning' },
        { path: '/provider/colour', expects: 'known keys', severity: 'warning' },
        { path: '/programmes/0/color', expects: 'known keys', severity: 'warning' },
        { path: '/programmes/0/cohorts/0/style', expects: 'known keys', severity: 'warning' },
      ],
      programmesLeft: 2,
      eligibility: true,
    },
  ];
}

/** `__proto__`, `constructor` and `prototype` keys at one level of the file. */
export function reservedKeyCase(path: Path, key: '__proto__' | 'constructor' | 'prototype'): HostileCase {
  const definition = richDefinition();
  const value: Json = key === 'constructor' ? { prototype: { polluted: true } } : { polluted: true };
  withOwnKey(getAt(definition, path) as { [key: string]: Json }, key, value);
  const inProgramme = path[0] === 'programmes';
  return {
    name: `a "${key}" key at ${pointerOf(path) || 'the top level'}`,
    make: () => ({ text: JSON.stringify(definition) }),
    issues: [{ path: `${pointerOf(path)}/${key}`, expects: 'reserved' }],
    programmesLeft: inProgramme ? PROGRAMMES_IN_RICH - 1 : PROGRAMMES_IN_RICH,
  };
}

/** Reserved keys at every level at once. */
function reservedEverywhereCase(): HostileCase {
  const definition = richDefinition();
  const paths = objectPaths(definition);
  for (const path of paths) {
    const target = getAt(definition, path) as { [key: string]: Json };
    withOwnKey(target, '__proto__', { polluted: true });
    withOwnKey(target, 'constructor', { prototype: { polluted: true } });
  }
  return {
    name: '"__proto__" and "constructor" keys in every object',
    make: () => ({ text: JSON.stringify(definition) }),
    issues: paths.flatMap((path) => [{ path: `${pointerOf(path)}/__proto__` }, { path: `${pointerOf(path)}/constructor` }]).slice(0, 40),
    programmesLeft: 0,
  };
}

/** A programme of a few hundred characters, so 10,000 fit in the 5 MB a file may have. */
function tinyProgramme(index: number): Json {
  return {
    id: index === 0 ? 'npq-headship' : `npq-p${index}`,
    code: `P${index}`,
    title: `Programme ${index}`,
    group: 'specialist',
    isNpq: true,
    summary: `Summary ${index}.`,
    audience: { roles: ['headteacher'], phases: ['primary'] },
    length: { taughtMonths: 12, assessmentMonths: 0 },
    hours: { total: 40 },
    delivery: { modes: ['online'] },
    contentAreas: [],
    cohorts: [],
  };
}

function manyProgrammes(count: number): string {
  const { provider } = richDefinition();
  return JSON.stringify({ schemaVersion: 1, provider, programmes: Array.from({ length: count }, (_, index) => tinyProgramme(index)) });
}

function sizeCases(): HostileCase[] {
  const megabyte = 'M'.repeat(1_000_000);
  const bigKey = `k${'e'.repeat(999_999)}`;
  const withUnknownKey = () => {
    const definition = richDefinition();
    (getAt(definition, ['programmes', 1]) as Record<string, Json>)[bigKey] = 1;
    return definition;
  };
  const deepArrays = `${'['.repeat(10_000)}0${']'.repeat(10_000)}`;
  const deepObjects = `${'{"a":'.repeat(10_000)}0${'}'.repeat(10_000)}`;
  /** The rich definition's text with raw JSON in place of one key's value. */
  const richWith = (key: string, raw: string) => JSON.stringify({ ...richDefinition(), [key]: '\u0000' }).replace('"\\u0000"', raw);
  return [
    {
      name: 'a 1 MB programme title',
      make: () => ({ value: setAt(richDefinition(), ['programmes', 0, 'title'], megabyte) }),
      issues: [{ path: '/programmes/0/title', expects: 'at most 200 characters' }],
      programmesLeft: 1,
      eligibility: true,
    },
    {
      name: 'a 1 MB summary',
      make: () => ({ value: setAt(richDefinition(), ['programmes', 1, 'summary'], megabyte) }),
      issues: [{ path: '/programmes/1/summary', expects: 'at most 4000 characters' }],
      programmesLeft: 1,
      eligibility: true,
    },
    {
      name: 'a 1 MB message',
      make: () => ({ value: setAt(richDefinition(), ['messages', 'finder.searchLabel'], megabyte) }),
      issues: [{ path: '/messages/finder.searchLabel', expects: 'at most 1000 characters' }],
      programmesLeft: 2,
      eligibility: true,
    },
    {
      name: 'a 1 MB question',
      make: () => ({ value: setAt(richDefinition(), ['eligibility', 'questions', 0, 'legend'], megabyte) }),
      issues: [{ path: '/eligibility/questions/0/legend', expects: 'at most 200 characters' }],
      programmesLeft: 2,
      eligibility: false,
    },
    {
      name: 'a 1 MB key',
      make: () => ({ value: withUnknownKey() }),
      issues: [{ path: `/programmes/1/${bigKey}`, expects: 'known keys', severity: 'warning' }],
      programmesLeft: 2,
      eligibility: true,
    },
    {
      name: '10,000 programmes',
      make: () => ({ text: manyProgrammes(10_000) }),
      issues: [],
      programmesLeft: 10_000,
      atSizeLimit: true,
    },
    {
      name: '10,001 programmes',
      make: () => ({ text: manyProgrammes(10_001) }),
      issues: [{ path: '/programmes', expects: 'at most 10000 programmes' }],
      programmesLeft: undefined,
      atSizeLimit: true,
    },
    {
      name: 'arrays nested 10,000 deep',
      make: () => ({ text: richWith('glossary', deepArrays) }),
      issues: [{ path: `/glossary${'/0'.repeat(23)}`, expects: 'nesting at most 24 levels' }],
      programmesLeft: undefined,
    },
    {
      name: 'objects nested 10,000 deep',
      make: () => ({ text: richWith('extra', deepObjects) }),
      issues: [{ path: `/extra${'/a'.repeat(23)}`, expects: 'nesting at most 24 levels' }],
      programmesLeft: undefined,
    },
    {
      name: 'a list of 1.5 million values',
      make: () => ({ text: richWith('glossary', `[${'0,'.repeat(1_500_000)}0]`) }),
      issues: [{ path: '/glossary/0', expects: 'an object' }],
      programmesLeft: 2,
      eligibility: true,
      atSizeLimit: true,
    },
    {
      name: '300,000 unknown keys',
      make: () => ({ text: JSON.stringify(richDefinition()).replace('"name":"Riverside', `${Array.from({ length: 300_000 }, (_, index) => `"k${index}":0`).join(',')},"name":"Riverside`) }),
      issues: [
        { path: '/provider/k0', expects: 'known keys', severity: 'warning' },
        { path: '', expects: 'at most 1000 problems listed', severity: 'warning' },
      ],
      programmesLeft: 2,
      eligibility: true,
      atSizeLimit: true,
    },
  ];
}

function rootCases(): HostileCase[] {
  const roots: [string, DefinitionSource, string][] = [
    ['a list at the root', { value: [] }, 'an object'],
    ['null at the root', { text: 'null' }, 'an object'],
    ['a string at the root', { value: 'programmes' }, 'an object'],
    ['a number at the root', { value: 42 }, 'an object'],
    ['true at the root', { value: true }, 'an object'],
    ['a JSON string at the root', { text: '"programmes"' }, 'an object'],
    ['an empty file', { text: '' }, 'valid JSON'],
    ['an HTML page', { text: '<!doctype html><title>Not found</title><script>p()</script>' }, 'a JSON programme definition'],
    ['JSON with trailing garbage', { text: `${JSON.stringify(richDefinition())}<script>p()</script>` }, 'valid JSON'],
  ];
  return roots.map(([name, source, expects]) => ({ name, make: () => source, issues: [{ path: '', expects }], programmesLeft: undefined }));
}

/** The rich definition with values set at some places. */
function richWithChanges(...changes: [Path, Json][]): { [key: string]: Json } {
  const definition = richDefinition();
  for (const [path, value] of changes) setAt(definition, path, value);
  return definition;
}

function duplicateCases(): HostileCase[] {
  const cohort = (): Json => clone(getAt(richDefinition(), ['programmes', 0, 'cohorts', 0]));
  const cases: [string, [Path, Json][], string, string, number, boolean][] = [
    ['two programmes with one id', [[['programmes', 1, 'id'], 'npq-headship']], '/programmes/1/id', 'already used by /programmes/0', 1, true],
    ['two cohorts with one id', [[['programmes', 0, 'cohorts', 1], cohort()]], '/programmes/0/cohorts/1/id', 'used once', 1, true],
    ['two content areas with one id', [[['programmes', 0, 'contentAreas', 1, 'id'], 'school-culture']], '/programmes/0/contentAreas/1/id', 'used once', 1, true],
    ['two venues with one id', [[['programmes', 0, 'delivery', 'venues', 1], { id: 'riverside-centre', name: 'Annexe' }]], '/programmes/0/delivery/venues/1/id', 'used once', 1, true],
    ['two questions with one id', [[['eligibility', 'questions', 1, 'id'], 'role']], '/eligibility/questions/1/id', 'a question id used once', 2, false],
    ['two outcomes with one code', [[['eligibility', 'outcomes', 1, 'code'], 'likely_funded']], '/eligibility/outcomes/1/code', 'an outcome code used once', 2, false],
    ['two options with one value', [[['eligibility', 'questions', 0, 'options', 1, 'value'], 'subject-or-phase-lead']], '/eligibility/questions/0', 'option values without repeats', 2, false],
  ];
  return cases.map(([name, changes, path, expects, programmesLeft, eligibility]) => ({
    name,
    make: () => ({ value: richWithChanges(...changes) }),
    issues: [{ path, expects }],
    programmesLeft,
    eligibility,
  }));
}

function loopCases(): HostileCase[] {
  const questions: Path = ['eligibility', 'questions'];
  const facts = { leads: { fact: 'teaches' }, teaches: { not: { fact: 'leads' } } };
  const rules = (): Json => [{ when: { fact: 'leads' }, outcome: 'likely_funded' }, ...(getAt(richDefinition(), ['eligibility', 'policies', 0, 'rules']) as Json[])];
  const cases: [string, [Path, Json][], ExpectedIssue[]][] = [
    ['questions that lead back to an earlier question', [[[...questions, 2, 'next'], [{ goTo: 'role' }]]], [{ path: '/eligibility/questions/2/next/0/goTo', expects: 'no loops' }]],
    [
      'a question that leads to itself',
      [[[...questions, 0, 'next'], [{ answer: 'headteacher', goTo: 'role' }, { goTo: 'subjects' }]]],
      [{ path: '/eligibility/questions/0/next/0/goTo', expects: 'no loops' }],
    ],
    [
      'facts that depend on each other',
      [
        [['eligibility', 'facts'], facts],
        [['eligibility', 'policies', 0, 'rules'], rules()],
      ],
      [
        { path: '/eligibility/facts/leads', expects: 'does not depend on itself' },
        { path: '/eligibility/facts/teaches', expects: 'does not depend on itself' },
      ],
    ],
    ['a question leading nowhere', [[[...questions, 1, 'next'], [{ goTo: 'no_such_question' }]]], [{ path: '/eligibility/questions/1/next/0/goTo', expects: 'the id of a question' }]],
  ];
  return cases.map(([name, changes, issues]) => ({ name, make: () => ({ value: richWithChanges(...changes) }), issues, programmesLeft: 2, eligibility: false }));
}

/** Reads a case as the kit does: text is parsed first, a value is validated as it is. */
export function validateCase(source: DefinitionSource): ValidationResult {
  if ('value' in source) return validateDefinition(source.value);
  const parsed = parseDefinitionText(source.text);
  return parsed.ok ? validateDefinition(parsed.value) : { issues: [parsed.issue], ok: false };
}

/** The whole corpus, in reading order. */
export function hostileCases(): HostileCase[] {
  return [
    ...textCases(),
    ...refusedMarkupCases(),
    ...litLookalikeCases(),
    ...urlsEverywhereCases(),
    ...cssCases(),
    reservedKeyCase([], '__proto__'),
    reservedKeyCase(['provider'], '__proto__'),
    reservedKeyCase(['programmes', 0], 'constructor'),
    reservedKeyCase(['programmes', 0, 'cohorts', 0, 'applications'], 'prototype'),
    reservedKeyCase(['eligibility', 'questions', 0], '__proto__'),
    reservedKeyCase(['messages'], '__proto__'),
    reservedEverywhereCase(),
    ...sizeCases(),
    ...rootCases(),
    ...duplicateCases(),
    ...loopCases(),
  ];
}
