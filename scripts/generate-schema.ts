// Writes schema/programme-definition.schema.json from the valibot schema (the single authority).
// `--check` fails instead when the committed file differs from what the source generates.
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DefinitionSchema } from '../src/core/definition/definition-schema.js';

const target = 'schema/programme-definition.schema.json';

// Custom checks (safe URLs, real dates, unique ids) cannot be expressed here and are left out;
// the validator still applies them. Patterns, lengths and enumerations carry over.
const generated = toJsonSchema(DefinitionSchema, { errorMode: 'ignore' });
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/npq-widgets/schema/programme-definition.schema.json',
  title: 'npq-widgets programme definition',
  description:
    'One JSON file describing an NPQ provider, its programmes and cohorts, and its eligibility checker. Editors: point "$schema" here for autocompletion; run `npx npq-widgets validate <file>` for the full checks.',
  ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    console.error(`${target} is stale: run \`npm run schema\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${target} matches the source`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
