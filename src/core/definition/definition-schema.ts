/**
 * The whole file as one schema, the eligibility section included: used for the published JSON
 * Schema. Kept apart from schema.ts, which the widgets' loader imports, so widget pages do not
 * ship the eligibility section's schema.
 */
import * as v from 'valibot';
import { EligibilitySchema } from '../eligibility/schema.js';
import { list } from '../schema-parts.js';
import { DefinitionShellSchema, GlossarySchema, MessagesSchema, ProgrammeSchema } from './schema.js';

export const DefinitionSchema = v.object({
  ...DefinitionShellSchema.entries,
  programmes: list(ProgrammeSchema, 10000, 'programmes'),
  glossary: v.optional(GlossarySchema),
  messages: v.optional(MessagesSchema),
  eligibility: v.optional(EligibilitySchema),
});
