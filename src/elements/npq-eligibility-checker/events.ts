/** Fired when the visitor answers a question. Carries no answer: only which question it was. */
export interface NpqAnswerDetail {
  /** The question's id, e.g. `work_setting`. */
  question: string;
  /** Its position among the questions asked so far, from 1. */
  step: number;
}

/** Fired when the checker shows an outcome. Carries the outcome, not the answers behind it. */
export interface NpqOutcomeDetail {
  /** The outcome code, e.g. `funded` or `ineligible_establishment_not_a_pp50`; `unknown` when undecided. */
  code: string;
  funding: 'funded' | 'review' | 'not-funded' | 'unknown';
  /** The programme the outcome is for, when known. */
  programme?: string;
}

/** Fired when the visitor chooses "Start again" and the answers are cleared. */
export type NpqRestartDetail = Record<string, never>;

declare module '../../internal/events.js' {
  interface NpqEventDetails {
    'npq-answer': NpqAnswerDetail;
    'npq-outcome': NpqOutcomeDetail;
    'npq-restart': NpqRestartDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npq-answer': CustomEvent<NpqAnswerDetail>;
    'npq-outcome': CustomEvent<NpqOutcomeDetail>;
    'npq-restart': CustomEvent<NpqRestartDetail>;
  }
}

export {};
