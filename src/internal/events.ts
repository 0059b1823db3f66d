import type { DefinitionIssue } from '../core/definition/issues.js';

/** Why a definition or widget could not be shown. */
export type NpqErrorCode =
  | 'bad-url'
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'too-large'
  | 'invalid'
  | 'unknown-programme'
  | 'invalid-attribute';

export interface NpqErrorDetail {
  code: NpqErrorCode;
  message: string;
  issues: readonly DefinitionIssue[];
}

export interface NpqReadyDetail {
  programmes: number;
  issues: number;
}

/** Every event the kit fires. Details never carry personal data. */
export interface NpqEventDetails {
  'npq-ready': NpqReadyDetail;
  'npq-error': NpqErrorDetail;
}

export type NpqEventName = keyof NpqEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'npq-ready': CustomEvent<NpqReadyDetail>;
    'npq-error': CustomEvent<NpqErrorDetail>;
  }
}
