/**
 * The programme definition, schemaVersion 1: the single authority for what a hub's JSON file may
 * contain. TypeScript types and schema/programme-definition.schema.json are derived from it.
 */
import * as v from 'valibot';
import { list, picklist, text, uniqueList, url } from '../schema-parts.js';

// ── Building blocks ──────────────────────────────────────────────────────────────────────────────

const title = text(200, 'a title');
const paragraph = text(4000, 'a paragraph of plain text');
const statement = text(1000, 'a statement of plain text');

/** Lower-case words joined by hyphens, e.g. `npq-headship`, `implementation`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (what: string) =>
  v.pipe(
    v.string(`${what} (a string)`),
    v.maxLength(80, `${what} of at most 80 characters`),
    v.regex(SLUG, `${what}: lower-case letters, digits and single hyphens, e.g. "npq-headship"`),
  );

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;

/** A real calendar date (no 31 June), checked after the pattern. */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD`. */
const calendarDate = v.pipe(
  v.string('a date written YYYY-MM-DD'),
  v.regex(DATE, 'a date written YYYY-MM-DD, e.g. "2026-10-01"'),
  v.check(isRealDate, 'a date that exists in the calendar'),
);

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, in UK time (Europe/London). */
const ukDateTime = v.pipe(
  v.string('a UK date "YYYY-MM-DD" or date and time "YYYY-MM-DDTHH:mm"'),
  v.regex(DATE_TIME, 'a UK date "YYYY-MM-DD" or date and time "YYYY-MM-DDTHH:mm", e.g. "2026-09-28T17:00"'),
  v.check(isRealDate, 'a date that exists in the calendar'),
);

const wholeNumber = (min: number, max: number, what: string) =>
  v.pipe(
    v.number(`${what} (a number)`),
    v.integer(`${what} as a whole number`),
    v.minValue(min, `${what} of at least ${min}`),
    v.maxValue(max, `${what} of at most ${max}`),
  );

const hoursValue = (what: string) =>
  v.pipe(
    v.number(`${what} in hours (a number)`),
    v.minValue(0, `${what} of 0 hours or more`),
    v.maxValue(2000, `${what} of at most 2000 hours`),
  );

// ── Vocabularies ─────────────────────────────────────────────────────────────────────────────────

export const PROVIDER_KINDS = [
  'teaching-school-hub',
  'multi-academy-trust',
  'lead-provider',
  'delivery-partner',
  'university',
  'local-authority',
  'other',
] as const;

export const PROGRAMME_GROUPS = ['leadership', 'specialist', 'support'] as const;

/** Roles a teacher picks in the checker, matched against each programme's audience. */
export const ROLES = [
  'classroom-teacher',
  'subject-or-phase-lead',
  'teacher-educator',
  'senco',
  'middle-leader',
  'senior-leader',
  'headteacher',
  'executive-leader',
  'early-years-leader',
] as const;

export const PHASES = ['early-years', 'primary', 'secondary', '16-19', 'special'] as const;

export const SETTINGS = [
  'school',
  'academy-trust',
  'early-years-setting',
  '16-19-setting',
  'alternative-provision',
  'other',
] as const;

export const DELIVERY_MODES = ['online', 'face-to-face', 'blended'] as const;

export const STAGE_KINDS = [
  'induction',
  'module',
  'seminar',
  'conference',
  'coaching',
  'self-study',
  'peer-learning',
  'implementation-project',
  'assessment',
] as const;

export const STAGE_MODES = ['online', 'face-to-face', 'blended', 'self-directed'] as const;

export const ASSESSMENT_KINDS = ['case-study', 'written-assignment', 'portfolio', 'none'] as const;

export const STATUS_OVERRIDES = ['open', 'closed', 'full'] as const;

// ── Sections ─────────────────────────────────────────────────────────────────────────────────────

export const ProviderSchema = v.object({
  name: text(200, 'the provider name'),
  kind: picklist(PROVIDER_KINDS, 'the kind of provider'),
  website: v.optional(url()),
  email: v.optional(
    v.pipe(
      v.string('an email address'),
      v.maxLength(254, 'an email address of at most 254 characters'),
      v.email('an email address such as npq@example-hub.org.uk'),
    ),
  ),
  phone: v.optional(
    v.pipe(v.string('a phone number'), v.regex(/^\+?[0-9 ()-]{6,24}$/, 'a phone number such as "0161 496 0000"')),
  ),
  contactUrl: v.optional(url()),
  logo: v.optional(v.object({ url: url(), alt: text(200, 'the logo text alternative') })),
  leadProviders: v.optional(
    list(v.object({ name: text(200, 'the lead provider name'), website: v.optional(url()) }), 20, 'lead providers'),
  ),
});

export const AudienceSchema = v.object({
  roles: uniqueList(picklist(ROLES, 'a role'), ROLES.length, 'roles'),
  phases: uniqueList(picklist(PHASES, 'a phase'), PHASES.length, 'phases'),
  settings: v.optional(uniqueList(picklist(SETTINGS, 'a setting'), SETTINGS.length, 'settings')),
  description: v.optional(paragraph),
});

export const ContentAreaSchema = v.object({
  id: slug('a content area id'),
  title,
  summary: v.optional(paragraph),
  learnThat: v.optional(list(statement, 100, '"learn that" statements')),
  learnHow: v.optional(list(statement, 100, '"learn how" statements')),
});

export const StageSchema = v.object({
  kind: picklist(STAGE_KINDS, 'the kind of stage'),
  title,
  description: v.optional(paragraph),
  /** Month of the course the stage starts in, counting the first month as 1. */
  startMonth: v.optional(wholeNumber(1, 60, 'the start month')),
  endMonth: v.optional(wholeNumber(1, 60, 'the end month')),
  hours: v.optional(hoursValue('the stage length')),
  /** How many sessions of this kind, e.g. 6 seminars. */
  sessions: v.optional(wholeNumber(1, 100, 'the number of sessions')),
  mode: v.optional(picklist(STAGE_MODES, 'the delivery mode')),
});

export const AssessmentSchema = v.object({
  kind: picklist(ASSESSMENT_KINDS, 'the kind of assessment'),
  summary: paragraph,
  wordLimit: v.optional(wholeNumber(1, 100000, 'the word limit')),
  window: v.optional(
    v.object({
      startMonth: wholeNumber(1, 60, 'the month the assessment window opens'),
      endMonth: wholeNumber(1, 60, 'the month the assessment window closes'),
      description: v.optional(statement),
    }),
  ),
  /** Share of sessions a participant must attend, in per cent, e.g. 90. */
  engagementThreshold: v.optional(
    v.pipe(
      v.number('a percentage (a number)'),
      v.minValue(0, 'a percentage from 0 to 100'),
      v.maxValue(100, 'a percentage from 0 to 100'),
    ),
  ),
  passRequirements: v.optional(list(statement, 20, 'pass requirements')),
});

export const VenueSchema = v.object({
  id: slug('a venue id'),
  name: title,
  town: v.optional(text(100, 'a town')),
  postcode: v.optional(
    v.pipe(v.string('a postcode'), v.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, 'a UK postcode')),
  ),
});

export const CohortSchema = v.object({
  id: v.pipe(
    v.string('a cohort id (a string)'),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a cohort id such as "2026b"'),
    v.maxLength(40, 'a cohort id of at most 40 characters'),
  ),
  label: text(100, 'a cohort label such as "Autumn 2026"'),
  starts: calendarDate,
  applications: v.object({
    opens: ukDateTime,
    closes: ukDateTime,
    /** Days before closing that the status says "Closing soon"; 14 when absent. */
    closingSoonDays: v.optional(wholeNumber(0, 90, 'the number of "closing soon" days')),
  }),
  /** Whether DfE scholarship funding is offered for this cohort. */
  funded: v.boolean('true or false for whether DfE scholarship funding is offered'),
  placesNote: v.optional(statement),
  /** Ids of the programme's venues this cohort meets at; all of them when absent. */
  venues: v.optional(uniqueList(slug('a venue id'), 50, 'venue ids')),
  override: v.optional(
    v.object({
      status: picklist(STATUS_OVERRIDES, 'an override status'),
      note: v.optional(statement),
    }),
  ),
});

export const ProgrammeSchema = v.object({
  /** The DfE course identifier, e.g. `npq-headship`. */
  id: slug('a programme id'),
  code: v.pipe(
    v.string('a short code such as "NPQH"'),
    v.regex(/^[A-Za-z0-9-]{2,16}$/, 'a short code such as "NPQH" (letters and digits)'),
  ),
  aliases: v.optional(list(text(60, 'an alias'), 20, 'aliases')),
  title,
  group: picklist(PROGRAMME_GROUPS, 'the programme group'),
  /** False for the early headship coaching offer, which is support, not a qualification. */
  isNpq: v.boolean('true or false for whether this is a National Professional Qualification'),
  summary: paragraph,
  audience: AudienceSchema,
  prerequisites: v.optional(
    list(v.object({ text: statement, url: v.optional(url()) }), 20, 'prerequisites'),
  ),
  length: v.object({
    taughtMonths: wholeNumber(1, 60, 'the taught months'),
    assessmentMonths: wholeNumber(0, 24, 'the assessment months'),
  }),
  hours: v.object({
    total: hoursValue('the total'),
    /** Live online sessions. */
    synchronous: v.optional(hoursValue('the live online time')),
    inPerson: v.optional(hoursValue('the in-person time')),
    selfStudy: v.optional(hoursValue('the self-study time')),
  }),
  delivery: v.object({
    modes: uniqueList(picklist(DELIVERY_MODES, 'a delivery mode'), DELIVERY_MODES.length, 'delivery modes'),
    venues: v.optional(list(VenueSchema, 50, 'venues')),
  }),
  contentAreas: list(ContentAreaSchema, 50, 'content areas'),
  structure: v.optional(list(StageSchema, 60, 'stages')),
  assessment: v.optional(AssessmentSchema),
  funding: v.optional(v.object({ summary: statement, notes: v.optional(list(statement, 20, 'funding notes')) })),
  links: v.optional(
    v.object({
      information: v.optional(url()),
      apply: v.optional(url()),
      registerInterest: v.optional(url(['https:', 'mailto:'])),
    }),
  ),
  cohorts: list(CohortSchema, 40, 'cohorts'),
});

export const GlossaryEntrySchema = v.object({
  term: text(80, 'a glossary term'),
  expansion: v.optional(text(200, 'what the term stands for')),
  definition: paragraph,
  url: v.optional(url()),
});

/** `widget.messageName`, e.g. `finder.searchLabel`. */
const MESSAGE_KEY = /^[a-z]+\.[a-zA-Z][a-zA-Z0-9]*$/;

export const GlossarySchema = list(GlossaryEntrySchema, 200, 'glossary entries');

export const MessagesSchema = v.record(
  v.pipe(v.string(), v.regex(MESSAGE_KEY, 'a message key such as "finder.searchLabel"')),
  text(1000, 'a message'),
  'an object of message overrides',
);

/**
 * What the file must have to be usable at all. Programmes and the optional sections are checked
 * one by one afterwards, so one bad programme or glossary entry does not hide the rest.
 */
export const DefinitionShellSchema = v.object({
  $schema: v.optional(v.string('the URL of the JSON Schema')),
  schemaVersion: v.literal(1, 'schemaVersion 1'),
  provider: ProviderSchema,
  programmes: v.pipe(
    v.array(v.unknown(), 'a list of programmes'),
    v.maxLength(10000, 'at most 10000 programmes'),
  ),
  glossary: v.optional(v.unknown()),
  messages: v.optional(v.unknown()),
  eligibility: v.optional(v.unknown()),
});

// ── Types derived from the schema ────────────────────────────────────────────────────────────────

export type Provider = v.InferOutput<typeof ProviderSchema>;
export type Audience = v.InferOutput<typeof AudienceSchema>;
export type ContentArea = v.InferOutput<typeof ContentAreaSchema>;
export type Stage = v.InferOutput<typeof StageSchema>;
export type Assessment = v.InferOutput<typeof AssessmentSchema>;
export type Venue = v.InferOutput<typeof VenueSchema>;
export type Cohort = v.InferOutput<typeof CohortSchema>;
export type Programme = v.InferOutput<typeof ProgrammeSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Role = (typeof ROLES)[number];
export type Phase = (typeof PHASES)[number];
export type ProgrammeGroup = (typeof PROGRAMME_GROUPS)[number];
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
