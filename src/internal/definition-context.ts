import { createContext } from '@lit/context';
import type { DefinitionIssue } from '../core/definition/issues.js';
import type { LoadErrorCode } from '../core/definition/load.js';
import type { Definition } from '../core/definition/validate.js';

/** What a widget knows about its programme definition at any moment. */
export type DefinitionState =
  | { status: 'loading' }
  | { status: 'ready'; definition: Definition; issues: readonly DefinitionIssue[] }
  | { status: 'error'; code: Exclude<LoadErrorCode, 'aborted'>; message: string; issues: readonly DefinitionIssue[] };

/** Provided by `<npq-programmes>` (or a widget with its own `src`) to the widgets inside it. */
export const definitionContext = createContext<DefinitionState>(Symbol.for('npq-widgets.definition'));
