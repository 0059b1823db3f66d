/** A problem found in a programme definition, located by a JSON Pointer into the file. */
export interface DefinitionIssue {
  /** JSON Pointer, e.g. `/programmes/3/cohorts/0/applications/closes`; `` for the whole file. */
  path: string;
  severity: 'error' | 'warning';
  /** What the file should have had there, in words an editor can act on. */
  expected: string;
  /** What was found instead (a short description, never the whole value). */
  found: string;
  /** `path: expected …, found …` in one line, as the CLI prints it. */
  message: string;
}

/** Builds a JSON Pointer from path segments (RFC 6901 escaping). */
export function pointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Describes a value briefly: its type, and a short preview for strings and numbers. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const preview = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `the text ${JSON.stringify(preview)}`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export function makeIssue(
  path: string,
  expected: string,
  found: string,
  severity: DefinitionIssue['severity'] = 'error',
): DefinitionIssue {
  return { path, severity, expected, found, message: `${path || '(file)'}: expected ${expected}, found ${found}` };
}
