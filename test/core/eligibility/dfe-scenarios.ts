/**
 * Reads the DfE's expected-outcome matrix (../shared/conformance, see its README) into answers in
 * the checker's vocabulary, one scenario per row.
 */
import type { Answers } from '../../../src/core/eligibility/evaluate.js';
import type { Funding } from '../../../src/core/eligibility/schema.js';

/** RFC 4180: comma-separated fields, quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface Scenario {
  /** Line in the CSV file (the header is line 1). */
  line: number;
  row: Record<string, string>;
  answers: Answers;
  programme: string;
  expected: Funding;
}

/** The CSV's lower-case course names and the DfE course identifiers the sample uses as ids. */
export const COURSE_IDS: Record<string, string> = {
  headship: 'npq-headship',
  'senior leadership': 'npq-senior-leadership',
  'executive leadership': 'npq-executive-leadership',
  'early years leadership': 'npq-early-years-leadership',
  'special educational needs co-ordinator (senco)': 'npq-senco',
  'leading teaching': 'npq-leading-teaching',
  'leading teacher development': 'npq-leading-teacher-development',
  'leading behaviour and culture': 'npq-leading-behaviour-culture',
  'leading literacy': 'npq-leading-literacy',
  'leading primary mathematics': 'npq-leading-primary-mathematics',
  'early headship coaching offer': 'npq-early-headship-coaching-offer',
};

const SETTINGS: Record<string, Record<string, string>> = {
  school: { work_setting: 'a_school' },
  'academy trust': { work_setting: 'an_academy_trust' },
  '16 - 19 education setting': { work_setting: 'a_16_to_19_educational_setting' },
  'early years or childcare - local authority maintained nursery': { work_setting: 'early_years_or_childcare', kind_of_nursery: 'local_authority_maintained_nursery' },
  "early years or childcare - pre-school class or nursery that's part of a school": { work_setting: 'early_years_or_childcare', kind_of_nursery: 'preschool_class_as_part_of_school' },
  'early years or childcare - private nursery': { work_setting: 'early_years_or_childcare', kind_of_nursery: 'private_nursery' },
  'early years or childcare - another early years setting': { work_setting: 'early_years_or_childcare', kind_of_nursery: 'another_early_years_setting' },
  // The DfE's test reads this row as a childminder who is not on its list.
  'early years or childcare - childminder': { work_setting: 'early_years_or_childcare', kind_of_nursery: 'childminder', childminder_on_list: 'no' },
  'another setting - independent hospital education organisation': { work_setting: 'another_setting', employment_type: 'hospital_school' },
  'another setting - teacher employer by an LA to teach in more than one school': { work_setting: 'another_setting', employment_type: 'local_authority_supply_teacher' },
  'another setting - young offender institution': { work_setting: 'another_setting', employment_type: 'young_offender_institution' },
  'another setting - virtual school': { work_setting: 'another_setting', employment_type: 'local_authority_virtual_school' },
  // "yes (if on ITT provider list)": the row is read with an approved ITT provider.
  'another setting - lead mentor for an accredited ITT provider': { work_setting: 'another_setting', employment_type: 'lead_mentor_for_accredited_itt_provider', itt_provider_approved: 'yes' },
  'other - referred by a RTTA': { work_setting: 'other', referred_by_return_to_teaching_adviser: 'yes' },
  'other - not referred by a RTTA': { work_setting: 'other', referred_by_return_to_teaching_adviser: 'no' },
};

const EXPECTED: Record<string, Funding> = {
  yes: 'funded',
  no: 'not-funded',
  'subject to review': 'review',
  'yes (if on ITT provider list)': 'funded',
};

/** Answers the matrix does not vary, chosen so that only its own columns decide. */
const COURSE_ANSWERS: Record<string, Record<string, string>> = {
  // Mastery evidence is a gate the matrix does not test: these rows pass it.
  'npq-leading-primary-mathematics': { maths_eligibility_teaching_for_mastery: 'yes' },
  // "The early headship coaching offer rows are for someone who is not a new headteacher."
  'npq-early-headship-coaching-offer': { npqh_status: 'completed_npqh', ehco_headteacher: 'yes', ehco_new_headteacher: 'no' },
  'npq-senco': { senco_in_role: 'yes' },
};

const yesNo = (value: string) => (value.trim().toLowerCase() === 'yes' ? 'yes' : 'no');

/** Turns the CSV's records into scenarios; throws on a value it cannot read, naming the line. */
export function readScenarios(text: string): Scenario[] {
  const [header, ...records] = parseCsv(text);
  if (!header) return [];
  return records
    .filter((record) => record.some((field) => field.trim() !== ''))
    .map((record, index) => {
      const line = index + 2;
      const row = Object.fromEntries(header.map((name, column) => [name.trim(), (record[column] ?? '').trim()]));
      const fail = (what: string): never => {
        throw new Error(`line ${line}: cannot read ${what}`);
      };
      const programme = COURSE_IDS[row['NPQ']!] ?? fail(`the NPQ "${row['NPQ']}"`);
      const setting = SETTINGS[row['Work setting']!] ?? fail(`the work setting "${row['Work setting']}"`);
      const expected = EXPECTED[row['Expected eligibility value']!] ?? fail(`the expected value "${row['Expected eligibility value']}"`);
      const cohort = { '2026 spring': '2026a', '2026 autumn': '2026b' }[row['Cohort']!] ?? fail(`the cohort "${row['Cohort']}"`);
      const answers: Record<string, string> = {
        course_start_cohort: cohort,
        teacher_catchment: yesNo(row['Works in England']!) === 'yes' ? 'england' : 'another',
        ...setting,
        role: 'classroom-teacher',
        course_identifier: programme,
        ...COURSE_ANSWERS[programme],
        previously_funded: yesNo(row['Already registered for this course']!),
        // Blank means the school is not on the list.
        on_rise_list: yesNo(row['RISE list?']!),
        on_pp50_list: yesNo(row['PP50']!),
      };
      return { line, row, answers, programme, expected };
    });
}
