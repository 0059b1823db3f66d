// Generated from custom-elements.json by scripts/generate-jsx-types.js (`npm run jsx-types`): do not edit.
// The props of each tag written directly in JSX, for any runtime. Preact, Solid and others add them
// to their own namespace: `interface IntrinsicElements extends NpqIntrinsicElements {}`. For
// React 19 import `npq-widgets/react/jsx` instead; React 18 and earlier cannot set properties or
// listen to custom events on a tag: use the components from `npq-widgets/react` there.
import type { NpqApplicationStatus, NpqContentExplorer, NpqEligibilityChecker, NpqProgrammeFinder, NpqProgrammes, NpqEventDetails } from './index.js';

/** Attributes every JSX runtime passes through to the host element. */
export interface NpqJsxBaseProps {
  children?: unknown;
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  hidden?: boolean;
  lang?: string;
  dir?: string;
  title?: string;
}

/** Attributes, properties and events of `<npq-application-status>`. */
export interface NpqApplicationStatusJsxProps {
  /** URL of a programme definition, when the badge is not inside `<npq-programmes>`. */
  'src'?: string;
  /** The programme's id in the definition, e.g. `npq-headship`. */
  'programme'?: string;
  /** A cohort id, e.g. `2026b`; without it the badge speaks of the next cohort open or opening. */
  'cohort'?: string;
  /** `badge` (a tag) or `banner` (tag, details and next step). */
  'variant'?: 'badge' | 'banner';
  /** Level of the banner's heading, 2 to 6. */
  'heading-level'?: number | string;
  /**
   * A fixed instant, e.g. `2026-09-20T12:00:00Z`, for demos and tests; absent means the real clock.
   * With it set the badge never updates itself.
   */
  'now'?: string;
  /**
   * One applicant's status from the DfE: `pending`, `accepted`, `rejected`, `expired`, `deferred`,
   * `withdrawn`, `passed` or `failed`. Shows that instead of the programme's dates.
   */
  'applicant-status'?: string;
  /** A programme definition object, instead of `src`. */
  definition?: NpqApplicationStatus['definition'];
  /** Overrides for any message, on top of the definition's `status.*` messages. */
  messages?: NpqApplicationStatus['messages'];
  /** The programme, cohort or applicant status is unknown (`code` `unknown-programme` or `invalid-attribute`), or the widget's own definition failed to load. */
  'onnpq-error'?: (event: CustomEvent<NpqEventDetails['npq-error']>) => void;
  /** The widget's own definition (`src`, `definition` or inline JSON) loaded. */
  'onnpq-ready'?: (event: CustomEvent<NpqEventDetails['npq-ready']>) => void;
}

/** Attributes, properties and events of `<npq-content-explorer>`. */
export interface NpqContentExplorerJsxProps {
  /** URL of a programme definition of its own; without it, the definition of the enclosing `<npq-programmes>`. */
  'src'?: string;
  /** Id of the programme to show, e.g. `npq-headship`. Without it, a chooser lists every programme. */
  'programme'?: string;
  /** Shows the chooser even when `programme` is set; that programme is then chosen first. */
  'chooser'?: boolean;
  /** The parts to show: `overview`, `areas`, `structure`, `assessment`, or several separated by spaces. All when absent. */
  'view'?: string;
  /** Level of the widget's top headings, 2 to 6 (default 2). */
  'heading-level'?: string;
  /** The instant to show application status and next start for (ISO 8601); the current time when absent. */
  'now'?: string;
  /** A programme definition object of its own, instead of `src`. */
  definition?: NpqContentExplorer['definition'];
  /** Overrides for any of the widget's text (see `explorerMessages`). */
  messages?: NpqContentExplorer['messages'];
  /** A visitor picked a programme in the chooser; `detail.programme` is its id. */
  'onnpq-programme-select'?: (event: CustomEvent<NpqEventDetails['npq-programme-select']>) => void;
  /** This element loaded its own definition (`src`, `definition` or inline JSON). */
  'onnpq-ready'?: (event: CustomEvent<NpqEventDetails['npq-ready']>) => void;
  /** Its own definition failed to load, or `programme` names no programme in it (`code: 'unknown-programme'`). */
  'onnpq-error'?: (event: CustomEvent<NpqEventDetails['npq-error']>) => void;
}

/** Attributes, properties and events of `<npq-eligibility-checker>`. */
export interface NpqEligibilityCheckerJsxProps {
  /** URL of a programme definition of its own; without it, the definition of the enclosing `<npq-programmes>`. */
  'src'?: string;
  /** Id of the programme this page is about, e.g. `npq-headship`: the course question is then not asked. */
  'programme'?: string;
  /** Keeps the answers of several checkers on one site apart (with the definition); `checker` when absent. */
  'checker-id'?: string;
  /** Level of the page headings, 2 to 6 (default 2). */
  'heading-level'?: string;
  /** A programme definition object of its own, instead of `src`. */
  definition?: NpqEligibilityChecker['definition'];
  /** Overrides for any of the widget's text (see `checkerMessages`). */
  messages?: NpqEligibilityChecker['messages'];
  /** The visitor answered a question; `detail.question` is its id (the answer itself is not sent). */
  'onnpq-answer'?: (event: CustomEvent<NpqEventDetails['npq-answer']>) => void;
  /** An outcome is shown; `detail.code` and `detail.funding` (no answers). */
  'onnpq-outcome'?: (event: CustomEvent<NpqEventDetails['npq-outcome']>) => void;
  /** The visitor chose "Start again" and the answers were cleared. */
  'onnpq-restart'?: (event: CustomEvent<NpqEventDetails['npq-restart']>) => void;
  /** This element loaded its own definition (`src`, `definition` or inline JSON). */
  'onnpq-ready'?: (event: CustomEvent<NpqEventDetails['npq-ready']>) => void;
  /** Its own definition failed to load, the definition has no usable eligibility section (`code: 'invalid'`, with the section's problems), or `programme` names no programme in it (`code: 'unknown-programme'`). */
  'onnpq-error'?: (event: CustomEvent<NpqEventDetails['npq-error']>) => void;
}

/** Attributes, properties and events of `<npq-programme-finder>`. */
export interface NpqProgrammeFinderJsxProps {
  /** URL of a programme definition, when the finder is not inside `<npq-programmes>`. */
  'src'?: string;
  /** Level of the results and filter headings, 2 to 6; programme titles are one level below. */
  'heading-level'?: number | string;
  /** A fixed instant, e.g. `2026-09-20T12:00:00Z`, for demos and tests; absent means the real clock. */
  'now'?: string;
  /** Keep the search in the page address (`npq-q`, `npq-group`, …) so it can be shared and survives back and forward. Use on one finder per page. */
  'url-state'?: boolean;
  /** Preselected programme groups: `leadership`, `specialist`, `support` (space-separated). */
  'group'?: string;
  /** Preselected roles (who it is for), e.g. `headteacher senco`. */
  'audience-role'?: string;
  /** Preselected phases, e.g. `primary early-years`. */
  'phase'?: string;
  /** Preselected delivery modes: `online`, `face-to-face`, `blended`. */
  'mode'?: string;
  /**
   * Facets not to offer, e.g. `venue start`: any of group, role, phase, mode, venue, start, funding,
   * status. A hidden facet keeps its preset: `group="specialist" hide-facets="group"` lists
   * specialist programmes only.
   */
  'hide-facets'?: string;
  /** Programmes per page, 1 to 500 (10 by default). */
  'page-size'?: string;
  /** A programme definition object, instead of `src`. */
  definition?: NpqProgrammeFinder['definition'];
  /** Overrides for any message, on top of the definition's `finder.*` messages. */
  messages?: NpqProgrammeFinder['messages'];
  /** A visitor followed a programme's title or apply link; `detail.programme` is its id. Cancel it (`preventDefault()`) to handle the navigation yourself. */
  'onnpq-programme-select'?: (event: CustomEvent<NpqEventDetails['npq-programme-select']>) => void;
  /** The search, filters, sort or page changed and settled; `detail` has the query, filters, sort, page and number of results. */
  'onnpq-filter-change'?: (event: CustomEvent<NpqEventDetails['npq-filter-change']>) => void;
  /** A preset attribute names an unknown value (`invalid-attribute`), or the widget's own definition failed to load. */
  'onnpq-error'?: (event: CustomEvent<NpqEventDetails['npq-error']>) => void;
  /** The widget's own definition (`src`, `definition` or inline JSON) loaded. */
  'onnpq-ready'?: (event: CustomEvent<NpqEventDetails['npq-ready']>) => void;
}

/** Attributes, properties and events of `<npq-programmes>`. */
export interface NpqProgrammesJsxProps {
  /** URL of the programme definition JSON file (same origin, or served with CORS). */
  'src'?: string;
  /** A programme definition object, instead of `src` or an inline JSON script. */
  definition?: NpqProgrammes['definition'];
  /** The definition loaded; `detail.programmes` counts the usable programmes. */
  'onnpq-ready'?: (event: CustomEvent<NpqEventDetails['npq-ready']>) => void;
  /** The definition could not be loaded or has errors; `detail.issues` locates them. */
  'onnpq-error'?: (event: CustomEvent<NpqEventDetails['npq-error']>) => void;
}

/** The kit's tags and their props, for a JSX runtime's `IntrinsicElements`. */
export interface NpqIntrinsicElements {
  'npq-application-status': NpqJsxBaseProps & NpqApplicationStatusJsxProps;
  'npq-content-explorer': NpqJsxBaseProps & NpqContentExplorerJsxProps;
  'npq-eligibility-checker': NpqJsxBaseProps & NpqEligibilityCheckerJsxProps;
  'npq-programme-finder': NpqJsxBaseProps & NpqProgrammeFinderJsxProps;
  'npq-programmes': NpqJsxBaseProps & NpqProgrammesJsxProps;
}
