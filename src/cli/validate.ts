import { parseDefinitionText, validateDefinition } from '../core/definition/validate.js';
import type { DefinitionIssue } from '../core/definition/issues.js';
import { readSource, type CliIo } from './io.js';

/**
 * `npq-widgets validate <file|url>`: prints each issue as `path: message` and exits 1 on errors
 * (0 with only warnings), so a hub's CI can check its definition before publishing it.
 */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const [source, ...extra] = args;
  if (!source || extra.length > 0) {
    io.err('Usage: npq-widgets validate <file|url>');
    return 2;
  }
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    io.err(`Could not read ${source}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const parsed = parseDefinitionText(text);
  const result = parsed.ok ? validateDefinition(parsed.value) : undefined;
  const issues: DefinitionIssue[] = result ? result.issues : parsed.ok ? [] : [parsed.issue];
  for (const issue of issues) io.out(`${issue.message}${issue.severity === 'warning' ? ' (warning)' : ''}`);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const programmes = result?.definition?.programmes.length ?? 0;
  if (errors > 0) {
    io.err(`${source}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; ${plural(programmes, 'programme')} usable.`);
    return 1;
  }
  io.err(`${source}: valid, ${plural(programmes, 'programme')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}.`);
  return 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
