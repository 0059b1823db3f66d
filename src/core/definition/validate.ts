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
import { EligibilitySchema, type Eligibility } from '../eligibility/schema.js';
import { checkEligibility } from '../eligibility/semantics.js';

/** A definition that passed validation; programmes with errors have been left out. */
export interface Definition {
  $schema?: string;
  schemaVersion: 1;
  provider: Provider;
  programmes: Programme[];
  glossary?: GlossaryEntry[];
  messages?: Record<string, string>;
  /** The checker's questions and funding rules; left out when it has errors. */
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

/** Validates a parsed definition. Never throws; keeps every programme that is valid. */
export function validateDefinition(input: unknown): ValidationResult {
  const issues: DefinitionIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(makeIssue('', 'an object with "schemaVersion", "provider" and "programmes"', describeValue(input)));
    return { issues, ok: false };
  }
  const tooDeep = findStructuralProblem(input);
  if (tooDeep) return { issues: [tooDeep], ok: false };

  const reserved = findReservedKeys(input);
  issues.push(...reserved);
  const shell = v.safeParse(DefinitionShellSchema, input, { abortEarly: false });
  if (!shell.success) {
    issues.push(...shell.issues.map((issue) => fromValibot(issue, [])));
    return { issues, ok: false };
  }
  issues.push(...findUnknownKeys(DefinitionShellSchema, input, [], ['programmes', 'glossary', 'messages', 'eligibility']));
  const glossary = optionalSection(GlossarySchema, shell.output.glossary, 'glossary', issues);
  const messages = optionalSection(MessagesSchema, shell.output.messages, 'messages', issues);

  const programmes: Programme[] = [];
  const seenIds = new Map<string, number>();
  shell.output.programmes.forEach((candidate, index) => {
    const path = ['programmes', index];
    const parsed = v.safeParse(ProgrammeSchema, candidate, { abortEarly: false });
    if (!parsed.success) {
      issues.push(...parsed.issues.map((issue) => fromValibot(issue, path)));
      return;
    }
    issues.push(...findUnknownKeys(ProgrammeSchema, candidate, path));
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
    issues.push(...problems);
    // A programme holding a reserved key is left out, like any programme with an error.
    const within = `${pointer(path)}/`;
    if (problems.some((problem) => problem.severity === 'error')) return;
    if (reserved.some((issue) => issue.path.startsWith(within))) return;
    seenIds.set(parsed.output.id, index);
    programmes.push(parsed.output);
  });

  const eligibilitySection = optionalSection(EligibilitySchema, shell.output.eligibility, 'eligibility', issues);
  const eligibility = checkEligibility(eligibilitySection, programmes, issues);

  const definition: Definition = {
    schemaVersion: shell.output.schemaVersion,
    provider: shell.output.provider,
    programmes,
    ...(shell.output.$schema !== undefined && { $schema: shell.output.$schema }),
    ...(glossary && { glossary }),
    ...(messages && { messages }),
    ...(eligibility && { eligibility }),
  };
  return { definition, issues, ok: !issues.some((issue) => issue.severity === 'error') };
}

/** An optional section with errors is left out as a whole; the rest of the file still loads. */
function optionalSection<T extends v.GenericSchema>(
  schema: T,
  value: unknown,
  key: string,
  issues: DefinitionIssue[],
): v.InferOutput<T> | undefined {
  if (value === undefined) return undefined;
  const parsed = v.safeParse(schema, value, { abortEarly: false });
  if (!parsed.success) {
    issues.push(...parsed.issues.map((issue) => fromValibot(issue, [key])));
    return undefined;
  }
  issues.push(...findUnknownKeys(schema, value, [key]));
  return parsed.output;
}

/** Too deep or too large an object graph is refused before schema validation walks it. */
function findStructuralProblem(root: object): DefinitionIssue | undefined {
  const stack: { value: unknown; depth: number; path: (string | number)[] }[] = [{ value: root, depth: 0, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_NODES) return makeIssue('', `at most ${MAX_NODES} values in the file`, 'more');
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) {
      return makeIssue(pointer(path), `nesting at most ${MAX_DEPTH} levels deep`, 'deeper nesting');
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push({ value: value[index], depth: depth + 1, path: [...path, index] });
      }
    } else {
      for (const key of Object.keys(value)) {
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: [...path, key] });
      }
    }
  }
  return undefined;
}

function findReservedKeys(root: object): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        issues.push(makeIssue(pointer([...path, key]), 'no key with this name (it is reserved)', `the key "${key}"`));
      } else {
        visit((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  visit(root, []);
  return issues;
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
};

/** Keys the schema does not know are reported as warnings, not silently kept or dropped. */
export function findUnknownKeys(
  schema: v.GenericSchema,
  value: unknown,
  path: (string | number)[],
  skip: readonly string[] = [],
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const visit = (current: AnySchema, data: unknown, at: (string | number)[], skipKeys: readonly string[]) => {
    const node = current.wrapped ?? current;
    if (node.type === 'object' && node.entries && typeof data === 'object' && data !== null && !Array.isArray(data)) {
      for (const [key, child] of Object.entries(data)) {
        if (skipKeys.includes(key) || RESERVED_KEYS.has(key)) continue;
        const entry = node.entries[key];
        if (entry) visit(entry, child, [...at, key], []);
        else {
          const known = Object.keys(node.entries).join(', ');
          issues.push(makeIssue(pointer([...at, key]), `one of the known keys here (${known})`, `the unknown key "${key}", which is ignored`, 'warning'));
        }
      }
    } else if (node.type === 'array' && node.item && Array.isArray(data)) {
      data.forEach((item, index) => visit(node.item!, item, [...at, index], []));
    }
  };
  visit(schema as AnySchema, value, path, skip);
  return issues;
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
