/**
 * The definition validator without the eligibility section's schema and rules, which only the
 * eligibility checker needs: the loader every widget uses imports this module, so pages without
 * the checker do not ship them. `validateDefinition` (validate.ts) adds the section back.
 */
import * as v from 'valibot';
import { describeValue, makeIssue, pointer, type DefinitionIssue } from './issues.js';
import {
  DefinitionShellSchema,
  GlossarySchema,
  MessagesSchema,
  ProgrammeSchema,
  type Programme,
  type GlossaryEntry,
  type Provider,
} from './schema.js';
import { checkProgramme } from './semantics.js';
import { keepEligibilityValue } from './eligibility-value.js';
import type { Eligibility } from '../eligibility/schema.js';

/** A definition that passed validation; programmes with errors have been left out. */
export interface Definition {
  $schema?: string;
  schemaVersion: 1;
  provider: Provider;
  programmes: Programme[];
  glossary?: GlossaryEntry[];
  messages?: Record<string, string>;
  /**
   * The checker's questions and funding rules, set by the full `validateDefinition` and left out
   * when they have errors. Definitions the widgets load leave it out: `eligibilityOf` validates it.
   */
  eligibility?: Eligibility;
}

export interface ValidationResult {
  /** Absent only when the file as a whole is unusable (wrong root, provider or version). */
  definition?: Definition;
  issues: DefinitionIssue[];
  /** True when there are no errors (warnings allowed). */
  ok: boolean;
}

/** Larger files are refused before parsing: a hub's definition is a few hundred kilobytes. */
export const MAX_DEFINITION_CHARS = 5_000_000;
/** Deeper nesting than any valid definition needs. */
export const MAX_DEPTH = 24;
const MAX_NODES = 2_000_000;
/**
 * Problems listed in full; more are counted in one closing issue. A hostile file can hold millions
 * of problems, and listing them all would exhaust the page's memory.
 */
export const MAX_LISTED_ISSUES = 1_000;
/**
 * A programme or section with more values than this (no valid one comes close) is checked only up
 * to its first problem, so one part cannot keep the page busy for seconds.
 */
const MAX_DETAILED_VALUES = 20_000;

/** Keys that could reach an object's prototype if code ever merged the data. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult =
  | { ok: true; value: unknown }
  | { ok: false; code: 'too-large' | 'not-json'; issue: DefinitionIssue };

/** Parses the text of a definition file with clear, located errors. */
export function parseDefinitionText(source: string): ParseResult {
  const textWithoutBom = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (textWithoutBom.length > MAX_DEFINITION_CHARS) {
    return {
      ok: false,
      code: 'too-large',
      issue: makeIssue(
        '',
        `a file of at most ${MAX_DEFINITION_CHARS / 1_000_000} million characters`,
        `${(textWithoutBom.length / 1_000_000).toFixed(1)} million characters`,
      ),
    };
  }
  const start = textWithoutBom.trimStart();
  if (start.startsWith('<')) {
    return {
      ok: false,
      code: 'not-json',
      issue: makeIssue('', 'a JSON programme definition', 'an HTML page (check the address of the file)'),
    };
  }
  try {
    return { ok: true, value: JSON.parse(textWithoutBom) };
  } catch (error) {
    return {
      ok: false,
      code: 'not-json',
      issue: makeIssue('', 'valid JSON', describeJsonError(textWithoutBom, error)),
    };
  }
}

function describeJsonError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `a JSON syntax error at line ${line}, column ${column}`;
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `a JSON syntax error at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  return source.trim() === '' ? 'an empty file' : 'a JSON syntax error';
}

/** Collects issues, listing at most `MAX_LISTED_ISSUES` and counting the rest. */
export class IssueLog {
  readonly listed: DefinitionIssue[] = [];
  #unlisted = 0;
  #unlistedErrors = false;
  #errors = false;

  get full(): boolean {
    return this.listed.length >= MAX_LISTED_ISSUES;
  }

  get hasErrors(): boolean {
    return this.#errors;
  }

  /** Adds issues one by one (never by spreading: a list of a million would overflow the stack). */
  add(issues: Iterable<DefinitionIssue>): void {
    for (const issue of issues) this.note(issue.severity, () => issue);
  }

  /** Counts an issue, and builds it only while it will be listed. */
  note(severity: DefinitionIssue['severity'], build: () => DefinitionIssue): void {
    if (severity === 'error') this.#errors = true;
    if (!this.full) {
      this.listed.push(build());
      return;
    }
    this.#unlisted += 1;
    if (severity === 'error') this.#unlistedErrors = true;
  }

  addValibot(issues: readonly v.BaseIssue<unknown>[], prefix: (string | number)[]): void {
    for (const issue of issues) this.note('error', () => fromValibot(issue, prefix));
  }

  finish(): DefinitionIssue[] {
    if (this.#unlisted === 0) return this.listed;
    // Once the list is full, large parts stop at their first problem: the count is a floor.
    const more = makeIssue('', `at most ${MAX_LISTED_ISSUES} problems listed`, `at least ${this.#unlisted} more problems`, this.#unlistedErrors ? 'error' : 'warning');
    return [...this.listed, more];
  }
}

/**
 * The message for schemas the definition's schema gives none of their own (its objects: every
 * other schema has one): plain words rather than valibot's "Invalid type: Expected Object but
 * received null".
 */
const plainMessage = (issue: v.BaseIssue<unknown>): string => (issue.expected === 'Object' ? 'an object' : `a value like ${issue.expected}`);

/** Validates a part in detail, or up to its first problem once detail would cost too much. */
export function parsePart<T extends v.GenericSchema>(schema: T, value: unknown, log: IssueLog): v.SafeParseResult<T> {
  const detailed = !log.full && countValues(value, MAX_DETAILED_VALUES) <= MAX_DETAILED_VALUES;
  return v.safeParse(schema, value, { abortEarly: !detailed, message: plainMessage });
}

/** Counts the values in a parsed JSON value, stopping once past `limit`. */
function countValues(root: unknown, limit: number): number {
  const stack: unknown[] = [root];
  let count = 0;
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    count += 1;
    if (typeof value !== 'object' || value === null) continue;
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const size = keys ? keys.length : (value as unknown[]).length;
    if (count + stack.length + size > limit) return limit + 1;
    for (let index = 0; index < size; index += 1) stack.push(keys ? (value as Record<string, unknown>)[keys[index]!] : (value as unknown[])[index]);
  }
  return count + stack.length;
}

/** Validates the eligibility section into the definition's log; returns it when it has no errors. */
export type EligibilitySectionValidator = (value: unknown, programmes: readonly Programme[], log: IssueLog) => Eligibility | undefined;

/**
 * Validates a parsed definition. Never throws; keeps every programme that is valid. The
 * eligibility section is validated only by `validateEligibility`; either way its parsed JSON is
 * kept with the definition (see eligibility-value.ts), so the checker can validate it later.
 */
export function validateDefinitionCore(input: unknown, validateEligibility?: EligibilitySectionValidator): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { issues: [makeIssue('', 'an object with "schemaVersion", "provider" and "programmes"', describeValue(input))], ok: false };
  }
  const structure = inspectStructure(input);
  if (structure.problem) return { issues: [structure.problem], ok: false };

  const log = new IssueLog();
  const withReservedKeys = reportReservedKeys(structure.reserved, log);
  const provider = (input as Record<string, unknown>).provider;
  const shell = v.safeParse(DefinitionShellSchema, input, { abortEarly: countValues(provider, MAX_DETAILED_VALUES) > MAX_DETAILED_VALUES, message: plainMessage });
  if (!shell.success) {
    log.addValibot(shell.issues, []);
    return { issues: log.finish(), ok: false };
  }
  findUnknownKeys(DefinitionShellSchema, input, [], ['programmes', 'glossary', 'messages', 'eligibility'], log);
  const glossary = optionalSection(GlossarySchema, shell.output.glossary, 'glossary', log);
  const messages = optionalSection(MessagesSchema, shell.output.messages, 'messages', log);

  const programmes: Programme[] = [];
  const seenIds = new Map<string, number>();
  shell.output.programmes.forEach((candidate, index) => {
    const path = ['programmes', index];
    const parsed = parsePart(ProgrammeSchema, candidate, log);
    if (!parsed.success) {
      log.addValibot(parsed.issues, path);
      return;
    }
    findUnknownKeys(ProgrammeSchema, candidate, path, [], log);
    const problems = checkProgramme(parsed.output, path);
    const firstIndex = seenIds.get(parsed.output.id);
    if (firstIndex !== undefined) {
      problems.push(
        makeIssue(
          pointer([...path, 'id']),
          `a programme id used once (it is already used by /programmes/${firstIndex})`,
          describeValue(parsed.output.id),
        ),
      );
    }
    log.add(problems);
    // A programme holding a reserved key is left out, like any programme with an error.
    if (problems.some((problem) => problem.severity === 'error')) return;
    if (withReservedKeys.has(index)) return;
    seenIds.set(parsed.output.id, index);
    programmes.push(parsed.output);
  });

  const eligibilityValue = shell.output.eligibility;
  const eligibility = validateEligibility && eligibilityValue !== undefined ? validateEligibility(eligibilityValue, programmes, log) : undefined;

  const definition: Definition = {
    schemaVersion: shell.output.schemaVersion,
    provider: shell.output.provider,
    programmes,
    ...(shell.output.$schema !== undefined && { $schema: shell.output.$schema }),
    ...(glossary && { glossary }),
    ...(messages && { messages }),
    ...(eligibility && { eligibility }),
  };
  if (eligibilityValue !== undefined) keepEligibilityValue(definition, eligibilityValue);
  return { definition, issues: log.finish(), ok: !log.hasErrors };
}

/** An optional section with errors is left out as a whole; the rest of the file still loads. */
export function optionalSection<T extends v.GenericSchema>(schema: T, value: unknown, key: string, log: IssueLog): v.InferOutput<T> | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePart(schema, value, log);
  if (!parsed.success) {
    log.addValibot(parsed.issues, [key]);
    return undefined;
  }
  findUnknownKeys(schema, value, [key], [], log);
  return parsed.output;
}

/** An object or array met while walking a definition, linked to its parent to spell its path. */
interface Container {
  value: object;
  depth: number;
  parent?: Container;
  key?: string | number;
  /** Under a reserved key, which is reported once, at its top. */
  reserved?: boolean;
}

function pathTo(container: Container): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Container | undefined = container; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

interface Structure {
  /** Too deep or too large: the file is refused before schema validation walks it. */
  problem?: DefinitionIssue;
  /** Objects holding a reserved key, with the key. */
  reserved: { container: Container; key: string }[];
}

/** One walk over the parsed file: size, depth and reserved keys, with paths spelled only when reported. */
function inspectStructure(root: object): Structure {
  const reserved: Structure['reserved'] = [];
  const stack: Container[] = [{ value: root, depth: 0 }];
  let nodes = 1;
  while (stack.length > 0) {
    const container = stack.pop()!;
    if (container.depth >= MAX_DEPTH) {
      return { problem: makeIssue(pointer(pathTo(container)), `nesting at most ${MAX_DEPTH} levels deep`, 'deeper nesting'), reserved };
    }
    const { value, depth } = container;
    // Reserved keys' values are walked too: size and depth limits hold for the whole file.
    const push = (child: unknown, key: string | number, reservedKey = false) => {
      const under = container.reserved || reservedKey;
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1, parent: container, key, ...(under && { reserved: true }) });
    };
    if (Array.isArray(value)) {
      nodes += value.length;
      if (nodes > MAX_NODES) break;
      for (let index = value.length - 1; index >= 0; index -= 1) push(value[index], index);
    } else {
      const keys = Object.keys(value);
      nodes += keys.length;
      if (nodes > MAX_NODES) break;
      for (const key of keys) {
        const isReserved = RESERVED_KEYS.has(key);
        if (isReserved && !container.reserved) reserved.push({ container, key });
        push((value as Record<string, unknown>)[key], key, isReserved);
      }
    }
  }
  if (nodes > MAX_NODES) return { problem: makeIssue('', `at most ${MAX_NODES} values in the file`, 'more'), reserved };
  return { reserved };
}

/** Reports every reserved key; returns the positions of the programmes holding one. */
function reportReservedKeys(reserved: Structure['reserved'], log: IssueLog): Set<number> {
  const programmes = new Set<number>();
  for (const { container, key } of reserved) {
    const path = pathTo(container);
    log.note('error', () => makeIssue(pointer([...path, key]), 'no key with this name (it is reserved)', `the key "${key}"`));
    if (path[0] === 'programmes' && typeof path[1] === 'number') programmes.add(path[1]);
  }
  return programmes;
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
};

/** Keys the schema does not know are reported as warnings, not silently kept or dropped. */
function findUnknownKeys(schema: v.GenericSchema, value: unknown, path: (string | number)[], skip: readonly string[], log: IssueLog): void {
  const visit = (current: AnySchema, data: unknown, at: (string | number)[], skipKeys: readonly string[]) => {
    const node = current.wrapped ?? current;
    if (node.type === 'object' && node.entries && typeof data === 'object' && data !== null && !Array.isArray(data)) {
      for (const [key, child] of Object.entries(data)) {
        if (skipKeys.includes(key) || RESERVED_KEYS.has(key)) continue;
        const entry = node.entries[key];
        if (entry) visit(entry, child, [...at, key], []);
        else {
          const known = node.entries;
          log.note('warning', () =>
            makeIssue(pointer([...at, key]), `one of the known keys here (${Object.keys(known).join(', ')})`, `the unknown key "${key}", which is ignored`, 'warning'),
          );
        }
      }
    } else if (node.type === 'array' && node.item && Array.isArray(data)) {
      data.forEach((item, index) => visit(node.item!, item, [...at, index], []));
    }
  };
  visit(schema as AnySchema, value, path, skip);
}

/** Turns a valibot issue into a located, plainly worded definition issue. */
export function fromValibot(issue: v.BaseIssue<unknown>, prefix: (string | number)[]): DefinitionIssue {
  const segments = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
  const missingKey = issue.input === undefined ? /^"(.+)"$/.exec(issue.expected ?? '')?.[1] : undefined;
  if (missingKey !== undefined) {
    return makeIssue(pointer(segments), `the required key "${missingKey}"`, 'nothing (the key is missing)');
  }
  return makeIssue(pointer(segments), issue.message, describeValue(issue.input));
}
