import type { DeliveryMode, Phase, ProgrammeGroup, Role } from '../../core/definition/schema.js';
import type { FacetKey, Season } from '../../core/finder/facets.js';
import type { FinderSort } from '../../core/finder/sort.js';

/**
 * Everything `<npq-programme-finder>` says, under the `finder` namespace (e.g. the definition's
 * `"finder.searchLabel": "Search courses"`). `{name}` placeholders are filled with text.
 */
export const finderMessages = {
  searchLabel: 'Search programmes',
  searchHint: 'For example, headship, NPQH or SENCo',
  searchButton: 'Search',
  skipToResults: 'Skip to results',
  filtersHeading: 'Filter',
  showFilters: 'Show filters',
  hideFilters: 'Hide filters',
  /** After a facet's name, and in the narrow layout's toggle button. */
  selectedCount: '{count} selected',
  /** Visually hidden after each facet's name, so a screen reader hears "Phase filter". */
  facetContext: ' filter',
  optionCount: '({count})',

  facetGroup: 'Type of programme',
  facetRole: 'Who it is for',
  facetPhase: 'Phase',
  facetMode: 'How it is taught',
  facetVenue: 'Venue',
  facetStart: 'Start',
  facetFunding: 'Funding',
  facetStatus: 'Applications',

  groupLeadership: 'Leadership NPQs',
  groupSpecialist: 'Specialist NPQs',
  groupSupport: 'Support for headteachers',
  roleClassroomTeacher: 'Classroom teacher',
  roleSubjectOrPhaseLead: 'Subject, year or phase lead',
  roleTeacherEducator: 'Teacher educator or mentor',
  roleSenco: 'SENCo',
  roleMiddleLeader: 'Middle leader',
  roleSeniorLeader: 'Senior or assistant/deputy head',
  roleHeadteacher: 'Headteacher or head of school',
  roleExecutiveLeader: 'Executive or trust leader',
  roleEarlyYearsLeader: 'Early years leader',
  phaseEarlyYears: 'Early years',
  phasePrimary: 'Primary',
  phaseSecondary: 'Secondary',
  phase16To19: '16 to 19',
  phaseSpecial: 'Special school',
  modeOnline: 'Online',
  modeFaceToFace: 'Face to face',
  modeBlended: 'Blended (online and face to face)',
  termSpring: 'Spring {year}',
  termSummer: 'Summer {year}',
  termAutumn: 'Autumn {year}',
  fundingOption: 'DfE scholarship funding available',
  statusOption: 'Open for applications now',

  resultsOne: '1 programme found',
  resultsMany: '{count} programmes found',
  /** Visually hidden in the results heading when there is more than one page. */
  resultsPage: ', page {page} of {pages}',
  showing: 'Showing {from} to {to} of {total}',
  sortLabel: 'Sort by',
  sortRelevance: 'Best match',
  sortTitle: 'Title (A to Z)',
  sortStart: 'Start date (soonest first)',
  sortClosing: 'Closing date (soonest first)',
  selectedFilters: 'Selected filters',
  /** Visually hidden before a chip's label: "Remove filter: Online". */
  removeFilter: 'Remove filter: ',
  clearFilters: 'Clear filters',

  npqExpansion: 'National Professional Qualification',
  audience: 'Who it is for',
  phases: 'Phase',
  length: 'Length',
  lengthTaught: '{months} months',
  lengthWithAssessment: '{months} months, then {assessment} months for the assessment',
  hours: 'Hours',
  hoursValue: '{hours} hours',
  delivery: 'How it is taught',
  deliveryVenues: '{modes} at {venues}',
  nextCohort: 'Next cohort',
  nextCohortValue: '{cohort}, starting {date}',
  noCohort: 'No dates yet',
  applications: 'Applications',
  funding: 'Funding',
  fundedCohort: 'DfE scholarship funding is available for this cohort.',
  unfundedCohort: 'No DfE scholarship funding for this cohort.',
  apply: 'Apply for {programme}',
  registerInterest: 'Register interest in {programme}',

  noProgrammes: 'There are no programmes to show at the moment.',
  noResults: 'No programmes match your search and filters.',
  noResultsTry: 'You could:',
  relaxFacet: 'Remove the “{facet}” filter to see {results}',
  relaxText: 'Clear the search “{text}” to see {results}',
  relaxAll: 'Clear all filters to see {results}',
  resultsCountOne: '1 programme',
  resultsCountMany: '{count} programmes',
  checkSpelling: 'check the spelling of your search words, or use fewer of them',

  paginationLabel: 'Results pages',
  previousPage: 'Previous',
  nextPage: 'Next',
  /** Visually hidden after "Previous" and "Next". */
  pageContext: ' page',
  pageNumber: 'Page {page}',

  invalidPreset: 'The {attribute} attribute has "{value}", which is not one of: {known}. It is ignored.',
  invalidNow: 'The now attribute "{value}" is not an ISO date and time; the real clock is used.',
};

export type FinderMessages = typeof finderMessages;

export const FACET_LABELS: Record<FacetKey, keyof FinderMessages> = {
  group: 'facetGroup',
  role: 'facetRole',
  phase: 'facetPhase',
  mode: 'facetMode',
  venue: 'facetVenue',
  start: 'facetStart',
  funding: 'facetFunding',
  status: 'facetStatus',
};

export const GROUP_LABELS: Record<ProgrammeGroup, keyof FinderMessages> = {
  leadership: 'groupLeadership',
  specialist: 'groupSpecialist',
  support: 'groupSupport',
};

export const ROLE_LABELS: Record<Role, keyof FinderMessages> = {
  'classroom-teacher': 'roleClassroomTeacher',
  'subject-or-phase-lead': 'roleSubjectOrPhaseLead',
  'teacher-educator': 'roleTeacherEducator',
  senco: 'roleSenco',
  'middle-leader': 'roleMiddleLeader',
  'senior-leader': 'roleSeniorLeader',
  headteacher: 'roleHeadteacher',
  'executive-leader': 'roleExecutiveLeader',
  'early-years-leader': 'roleEarlyYearsLeader',
};

export const PHASE_LABELS: Record<Phase, keyof FinderMessages> = {
  'early-years': 'phaseEarlyYears',
  primary: 'phasePrimary',
  secondary: 'phaseSecondary',
  '16-19': 'phase16To19',
  special: 'phaseSpecial',
};

export const MODE_LABELS: Record<DeliveryMode, keyof FinderMessages> = {
  online: 'modeOnline',
  'face-to-face': 'modeFaceToFace',
  blended: 'modeBlended',
};

export const SEASON_LABELS: Record<Season, keyof FinderMessages> = {
  spring: 'termSpring',
  summer: 'termSummer',
  autumn: 'termAutumn',
};

export const SORT_LABELS: Record<FinderSort, keyof FinderMessages> = {
  relevance: 'sortRelevance',
  title: 'sortTitle',
  start: 'sortStart',
  closing: 'sortClosing',
};
