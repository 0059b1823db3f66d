/**
 * Seeded, deterministic programme definitions of any size, for benchmarks, stories and
 * property tests: `generateDefinition({ programmes: 500, seed: 1 })` is the same file every time.
 * Every definition it makes passes `validateDefinition` without issues.
 */
import type {
  Cohort,
  ContentArea,
  DeliveryMode,
  Phase,
  Programme,
  ProgrammeGroup,
  Role,
  Venue,
} from '../definition/schema.js';
import type { Definition } from '../definition/validate.js';

export interface GenerateOptions {
  /** How many programmes (up to the schema's 10,000). */
  programmes: number;
  seed?: number;
  /** The academic year the first cohorts start in (autumn); later cohorts run into the next two. */
  year?: number;
}

/** mulberry32: small, fast and good enough to vary test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

interface Base {
  id: string;
  code: string;
  title: string;
  aliases: string[];
  group: ProgrammeGroup;
  isNpq: boolean;
  roles: Role[];
  phases: Phase[];
  summary: string;
  areas: string[];
  taughtMonths: number;
  hours: number;
}

const ALL_PHASES: Phase[] = ['early-years', 'primary', 'secondary', '16-19', 'special'];

const BASES: readonly Base[] = [
  {
    id: 'npq-headship',
    code: 'NPQH',
    title: 'NPQ in Headship',
    aliases: ['headship', 'head teacher', 'becoming a head'],
    group: 'leadership',
    isNpq: true,
    roles: ['senior-leader', 'headteacher'],
    phases: ALL_PHASES,
    summary: 'For school leaders who are, or aspire to be, a headteacher or head of school with responsibility for leading a school.',
    areas: ['School culture', 'Teaching', 'Curriculum and assessment', 'Additional and special educational needs', 'Organisational management', 'Working in partnership'],
    taughtMonths: 18,
    hours: 120,
  },
  {
    id: 'npq-senior-leadership',
    code: 'NPQSL',
    title: 'NPQ in Senior Leadership',
    aliases: ['senior leadership', 'deputy head', 'assistant head'],
    group: 'leadership',
    isNpq: true,
    roles: ['middle-leader', 'senior-leader'],
    phases: ALL_PHASES,
    summary: 'For school leaders who are, or aspire to be, a senior leader with cross-school responsibilities.',
    areas: ['School culture', 'Teaching', 'Curriculum and assessment', 'Professional development', 'Implementation'],
    taughtMonths: 18,
    hours: 96,
  },
  {
    id: 'npq-executive-leadership',
    code: 'NPQEL',
    title: 'NPQ in Executive Leadership',
    aliases: ['executive leadership', 'trust leader', 'CEO'],
    group: 'leadership',
    isNpq: true,
    roles: ['headteacher', 'executive-leader'],
    phases: ALL_PHASES,
    summary: 'For school leaders who are, or aspire to be, an executive headteacher or have a school trust leadership role with responsibility for several schools.',
    areas: ['Strategy', 'Organisational management', 'Governance and accountability', 'Working in partnership'],
    taughtMonths: 18,
    hours: 110,
  },
  {
    id: 'npq-early-years-leadership',
    code: 'NPQEYL',
    title: 'NPQ in Early Years Leadership',
    aliases: ['early years', 'nursery manager', 'EYFS'],
    group: 'leadership',
    isNpq: true,
    roles: ['early-years-leader', 'senior-leader'],
    phases: ['early-years'],
    summary: 'For early years practitioners who are, or aspire to be, a manager of a private, voluntary or independent nursery, or a leader of a school-based or maintained nursery.',
    areas: ['Culture', 'Early language and literacy', 'Child development', 'Working with families', 'Organisational management'],
    taughtMonths: 18,
    hours: 90,
  },
  {
    id: 'npq-senco',
    code: 'NPQSENCO',
    title: 'NPQ for Special Educational Needs Co-ordinators',
    aliases: ['SENCO', 'SENDCo', 'special educational needs', 'SEND'],
    group: 'leadership',
    isNpq: true,
    roles: ['senco', 'middle-leader', 'senior-leader'],
    phases: ALL_PHASES,
    summary: 'For teachers who are, or aspire to be, a special educational needs co-ordinator (SENCO) in a school.',
    areas: ['Identifying needs', 'Inclusive teaching', 'Working with families', 'Leading provision'],
    taughtMonths: 18,
    hours: 100,
  },
  {
    id: 'npq-leading-teaching',
    code: 'NPQLT',
    title: 'NPQ in Leading Teaching',
    aliases: ['leading teaching', 'subject lead'],
    group: 'specialist',
    isNpq: true,
    roles: ['classroom-teacher', 'subject-or-phase-lead', 'middle-leader'],
    phases: ALL_PHASES,
    summary: 'For teachers who have, or are aspiring to have, leadership responsibilities for a subject, year group, key stage or phase.',
    areas: ['Teaching', 'Curriculum and assessment', 'Subject knowledge', 'Implementation'],
    taughtMonths: 12,
    hours: 60,
  },
  {
    id: 'npq-leading-behaviour-culture',
    code: 'NPQLBC',
    title: 'NPQ in Leading Behaviour and Culture',
    aliases: ['behaviour', 'pastoral'],
    group: 'specialist',
    isNpq: true,
    roles: ['classroom-teacher', 'middle-leader'],
    phases: ALL_PHASES,
    summary: 'For teachers who have, or are aspiring to have, responsibilities for leading behaviour and supporting pupil wellbeing in their school.',
    areas: ['School culture', 'Behaviour routines', 'Pupil wellbeing', 'Implementation'],
    taughtMonths: 12,
    hours: 60,
  },
  {
    id: 'npq-leading-teacher-development',
    code: 'NPQLTD',
    title: 'NPQ in Leading Teacher Development',
    aliases: ['teacher development', 'mentor', 'ECT'],
    group: 'specialist',
    isNpq: true,
    roles: ['teacher-educator', 'middle-leader'],
    phases: ALL_PHASES,
    summary: 'For teachers who have, or are aspiring to have, responsibilities for leading the development of other teachers in their school, including early career teachers.',
    areas: ['How teachers learn', 'Designing professional development', 'Mentoring and coaching', 'Implementation'],
    taughtMonths: 12,
    hours: 60,
  },
  {
    id: 'npq-leading-literacy',
    code: 'NPQLL',
    title: 'NPQ in Leading Literacy',
    aliases: ['literacy', 'reading', 'phonics'],
    group: 'specialist',
    isNpq: true,
    roles: ['classroom-teacher', 'subject-or-phase-lead'],
    phases: ['primary', 'secondary', 'special'],
    summary: 'For teachers who have, or are aspiring to have, responsibilities for leading literacy across a school, year group, key stage or phase.',
    areas: ['Reading', 'Writing', 'Early reading and phonics', 'Implementation'],
    taughtMonths: 12,
    hours: 60,
  },
  {
    id: 'npq-leading-primary-mathematics',
    code: 'NPQLPM',
    title: 'NPQ in Leading Primary Mathematics',
    aliases: ['maths', 'primary maths', 'mastery'],
    group: 'specialist',
    isNpq: true,
    roles: ['classroom-teacher', 'subject-or-phase-lead'],
    phases: ['primary'],
    summary: 'For teachers who have, or are aspiring to have, responsibilities for leading mathematics in a primary school, using a mastery approach.',
    areas: ['Teaching for mastery', 'Mathematical thinking', 'Leading professional development'],
    taughtMonths: 12,
    hours: 65,
  },
  {
    id: 'early-headship-coaching-offer',
    code: 'EHCO',
    title: 'Early headship coaching offer',
    aliases: ['new head', 'coaching for headteachers'],
    group: 'support',
    isNpq: false,
    roles: ['headteacher'],
    phases: ALL_PHASES,
    summary: 'Coaching and peer support for headteachers in their first five years of headship, alongside or after the NPQ in Headship.',
    areas: ['Coaching', 'Wellbeing and workload', 'Leading change'],
    taughtMonths: 18,
    hours: 40,
  },
];

const TOWNS = [
  ['Leeds', 'LS1 4AP'],
  ['Bradford', 'BD1 1HY'],
  ['York', 'YO1 7HH'],
  ['Sheffield', 'S1 2HE'],
  ['Hull', 'HU1 2AA'],
  ['Wakefield', 'WF1 2EB'],
  ['Harrogate', 'HG1 1EP'],
  ['Doncaster', 'DN1 3BU'],
  ['Barnsley', 'S70 2DR'],
  ['Halifax', 'HX1 1UJ'],
  ['Huddersfield', 'HD1 2TA'],
  ['Scarborough', 'YO11 2HG'],
  ['Rotherham', 'S60 1AE'],
  ['Skipton', 'BD23 1FD'],
  ['Selby', 'YO8 4DT'],
  ['Whitby', 'YO21 1DH'],
] as const;

const VENUE_KINDS = ['Teaching School Hub', 'Learning Centre', 'Conference Centre'];
const SEASONS = [
  { name: 'Autumn', month: 10 },
  { name: 'Spring', month: 2 },
  { name: 'Summer', month: 5 },
] as const;

const pad = (value: number) => String(value).padStart(2, '0');
const date = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const monthsBefore = (year: number, month: number, months: number) => {
  const total = year * 12 + (month - 1) - months;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
};

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Makes a valid definition with the given number of programmes, the same for the same options. */
export function generateDefinition(options: GenerateOptions): Definition {
  const count = Math.max(0, Math.min(10_000, Math.floor(options.programmes)));
  const next = random(options.seed ?? 1);
  const year = options.year ?? 2026;
  const chance = (probability: number) => next() < probability;
  const subset = <T>(list: readonly T[], min: number, max: number): T[] => {
    const size = Math.min(list.length, min + Math.floor(next() * (max - min + 1)));
    const shuffled = [...list].sort(() => next() - 0.5);
    return list.filter((item) => shuffled.slice(0, size).includes(item));
  };

  const venuePool: Venue[] = TOWNS.flatMap(([town, postcode], position) => {
    const kind = VENUE_KINDS[position % VENUE_KINDS.length]!;
    return [{ id: slugOf(`${town} ${kind}`), name: `${town} ${kind}`, town, postcode }];
  });

  const programmes: Programme[] = [];
  for (let position = 0; position < count; position += 1) {
    const base = BASES[position % BASES.length]!;
    const round = Math.floor(position / BASES.length);
    const town = TOWNS[(position * 7 + round) % TOWNS.length]![0];
    const id = round === 0 ? base.id : `${base.id}-${round + 1}`;
    const title = round === 0 ? base.title : `${base.title} (${town}, group ${round + 1})`;

    const modes: DeliveryMode[] = subset(['online', 'face-to-face', 'blended'] as const, 1, 2);
    const venues = modes.some((mode) => mode !== 'online') ? subset(venuePool, 1, 3) : [];
    const hoursTotal = base.hours + Math.floor(next() * 4) * 5;
    const inPerson = modes.includes('online') && modes.length === 1 ? 0 : Math.floor(hoursTotal * 0.25);
    const synchronous = Math.floor(hoursTotal * 0.35);
    const selfStudy = hoursTotal - inPerson - synchronous;

    const contentAreas: ContentArea[] = base.areas.map((areaTitle) => ({
      id: slugOf(areaTitle),
      title: areaTitle,
      summary: `How ${base.title} approaches ${areaTitle.toLowerCase()}, with evidence and practice from schools in ${town}.`,
    }));

    const cohortCount = 1 + Math.floor(next() * 3);
    const firstTerm = Math.floor(next() * 3);
    const cohorts: Cohort[] = [];
    for (let number = 0; number < cohortCount; number += 1) {
      const term = firstTerm + number;
      const season = SEASONS[term % SEASONS.length]!;
      const startYear = year + Math.floor(term / SEASONS.length) + (season.name === 'Autumn' ? 0 : 1);
      const opens = monthsBefore(startYear, season.month, 5);
      const closes = monthsBefore(startYear, season.month, 1);
      const cohort: Cohort = {
        id: `${startYear}-${season.name.toLowerCase()}`,
        label: `${season.name} ${startYear}`,
        starts: date(startYear, season.month, 1 + Math.floor(next() * 20)),
        applications: {
          opens: date(opens.year, opens.month, 1),
          closes: chance(0.5) ? `${date(closes.year, closes.month, 15)}T17:00` : date(closes.year, closes.month, 28),
        },
        funded: chance(0.6),
      };
      if (venues.length > 1 && chance(0.3)) cohort.venues = [venues[0]!.id];
      if (chance(0.05)) cohort.override = { status: 'full', note: 'This cohort is full. Register your interest for the next one.' };
      cohorts.push(cohort);
    }

    const programme: Programme = {
      id,
      code: base.code,
      aliases: base.aliases,
      title,
      group: base.group,
      isNpq: base.isNpq,
      summary: base.summary,
      audience: { roles: base.roles, phases: base.phases },
      length: { taughtMonths: base.taughtMonths, assessmentMonths: base.isNpq ? 3 : 0 },
      hours: { total: hoursTotal, synchronous, inPerson, selfStudy },
      delivery: venues.length > 0 ? { modes, venues } : { modes },
      contentAreas,
      links: {
        information: `https://northfield-tsh.example/npqs/${id}`,
        apply: `https://northfield-tsh.example/npqs/${id}/apply`,
      },
      cohorts,
    };
    if (base.isNpq) {
      programme.funding = {
        summary: 'Scholarship funding from the Department for Education covers the course fee for eligible teachers.',
      };
    }
    programmes.push(programme);
  }

  return {
    schemaVersion: 1,
    provider: {
      name: 'Northfield Teaching School Hub',
      kind: 'teaching-school-hub',
      website: 'https://northfield-tsh.example',
      email: 'npq@northfield-tsh.example',
    },
    programmes,
  };
}
