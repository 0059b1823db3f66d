import { readFile } from 'node:fs/promises';
import { parseDefinitionText, validateDefinition, type Definition } from '../core/definition/validate.js';
import { evaluate, evaluateAll, type AnswerValue, type EligibilityResult } from '../core/eligibility/evaluate.js';
import { readSource, type CliIo } from './io.js';

export const CHECK_USAGE =
  "Usage: npq-widgets check <definition file|url> --answers '<json>' | --answers @answers.jsonl [--programme <id>] [--all]";

interface CheckOptions {
  source: string;
  answers: string;
  programme?: string;
  all: boolean;
}

/**
 * `npq-widgets check`: evaluates answers against a definition's eligibility rules and prints one
 * JSON result per answer set (`outcome`, `funding`, and `missing` when an answer a rule needs is
 * absent). With `@file.jsonl`, one answer object per line in, one result per line out, in order,
 * so a hub can test its own rule changes. Exit codes: 0 done, 1 a definition or answer problem,
 * 2 usage.
 */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    io.err(`${options}\n${CHECK_USAGE}`);
    return 2;
  }

  let definition: Definition;
  try {
    const loaded = await loadDefinition(options.source, io);
    if (!loaded) return 1;
    definition = loaded;
  } catch (error) {
    io.err(`Could not read ${options.source}: ${message(error)}`);
    return 2;
  }
  if (options.programme !== undefined && !definition.programmes.some((programme) => programme.id === options.programme)) {
    io.err(`The programme "${options.programme}" is not in the definition (it has ${definition.programmes.map((programme) => programme.id).join(', ') || 'none'}).`);
    return 1;
  }

  // Blank lines are skipped; numbers in messages are the file's own line numbers.
  let lines: { text: string; number: number }[];
  if (options.answers.startsWith('@')) {
    try {
      lines = (await readFile(options.answers.slice(1), 'utf8'))
        .split(/\r?\n/)
        .map((text, index) => ({ text, number: index + 1 }))
        .filter((line) => line.text.trim() !== '');
    } catch (error) {
      io.err(`Could not read ${options.answers.slice(1)}: ${message(error)}`);
      return 2;
    }
  } else {
    lines = [{ text: options.answers, number: 1 }];
  }

  let failed = false;
  for (const line of lines) {
    const answers = readAnswers(line.text);
    if (typeof answers === 'string') {
      failed = true;
      const where = options.answers.startsWith('@') ? `line ${line.number}: ` : '';
      io.out(JSON.stringify({ error: `${where}${answers}` }));
      continue;
    }
    const { values, ignored } = answers;
    const extra = ignored.length > 0 ? { ignored } : {};
    if (options.all) {
      io.out(JSON.stringify(evaluateAll(definition, values).map((result) => ({ ...summarise(result), ...extra }))));
    } else {
      io.out(JSON.stringify({ ...summarise(evaluate(definition, values, options.programme)), ...extra }));
    }
  }
  return failed ? 1 : 0;
}

function parseArguments(argv: readonly string[]): CheckOptions | string {
  let source: string | undefined;
  let answers: string | undefined;
  let programme: string | undefined;
  let all = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    const value = () => argv[++index];
    if (argument === '--answers') answers = value();
    else if (argument.startsWith('--answers=')) answers = argument.slice('--answers='.length);
    else if (argument === '--programme') programme = value();
    else if (argument.startsWith('--programme=')) programme = argument.slice('--programme='.length);
    else if (argument === '--all') all = true;
    else if (argument.startsWith('--')) return `Unknown option "${argument}".`;
    else if (source === undefined) source = argument;
    else return `Unexpected argument "${argument}".`;
  }
  if (source === undefined) return 'Name the definition file or URL.';
  if (answers === undefined || answers === '') return 'Give the answers with --answers.';
  if (programme === '') return 'Give a programme id after --programme.';
  if (all && programme !== undefined) return 'Use either --all or --programme, not both.';
  return { source, answers, all, ...(programme !== undefined && { programme }) };
}

/** Loads and validates; reports on stderr. Undefined when the definition cannot decide anything. */
async function loadDefinition(source: string, io: CliIo): Promise<Definition | undefined> {
  const parsed = parseDefinitionText(await readSource(source));
  if (!parsed.ok) {
    io.err(parsed.issue.message);
    return undefined;
  }
  const result = validateDefinition(parsed.value);
  const eligibilityIssues = result.issues.filter((issue) => issue.path.startsWith('/eligibility'));
  if (!result.definition?.eligibility) {
    for (const issue of result.issues) io.err(`${issue.message}${issue.severity === 'warning' ? ' (warning)' : ''}`);
    io.err(`${source}: no usable eligibility section, so nothing can be checked.`);
    return undefined;
  }
  for (const issue of eligibilityIssues) io.err(`${issue.message} (warning)`);
  return result.definition;
}

/** One answer set: a JSON object whose values are strings, lists of strings, or numbers (as text). */
function readAnswers(line: string): { values: Record<string, AnswerValue>; ignored: string[] } | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object of answers';
  const values: Record<string, AnswerValue> = {};
  const ignored: string[] = [];
  for (const [id, value] of Object.entries(data)) {
    if (typeof value === 'string') values[id] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) values[id] = String(value);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) values[id] = value as string[];
    else ignored.push(id);
  }
  return { values, ignored };
}

function summarise(result: EligibilityResult) {
  return {
    outcome: result.code,
    funding: result.funding,
    ...(result.programme !== undefined && { programme: result.programme }),
    ...(result.cohort !== undefined && { cohort: result.cohort }),
    ...(result.missing !== undefined && { missing: result.missing }),
    ...(result.outcome && { title: result.outcome.title }),
    reasons: result.reasons,
    ...(result.decidedBy !== undefined && { decidedBy: result.decidedBy }),
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
