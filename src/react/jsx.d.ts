// Generated from custom-elements.json by scripts/generate-jsx-types.js (`npm run jsx-types`): do not edit.
// The kit's tags in React 19's JSX, with React's own HTML props (className, style, ref, aria-*):
// `import type {} from 'npq-widgets/react/jsx';` once in a React project. React 19 sets
// `definition` and `messages` as properties and turns `onnpq-…` props into listeners.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NpqApplicationStatus, NpqContentExplorer, NpqEligibilityChecker, NpqProgrammeFinder, NpqProgrammes } from '../index.js';
import type { NpqApplicationStatusJsxProps, NpqContentExplorerJsxProps, NpqEligibilityCheckerJsxProps, NpqProgrammeFinderJsxProps, NpqProgrammesJsxProps } from '../jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /**
       * Where a programme's applications stand (open, closing soon, closed, opens on a date,
       * full), from the cohort dates in UK time; or one applicant's status, in the DfE's words.
       *
       * A badge by default: a tag such as "Closing soon – closes 5pm, 28 September 2026". The banner adds
       * a heading, the cohort, any note from the definition and the next step (apply, or register
       * interest). It updates itself at the next change (opening, "closing soon", closing) with one timer,
       * and again whenever the page becomes visible. Reserves `min-block-size: 1.75em` as a badge and
       * `7em` as a banner.
       */
      'npq-application-status': DetailedHTMLProps<HTMLAttributes<NpqApplicationStatus>, NpqApplicationStatus> & NpqApplicationStatusJsxProps;
      /**
       * What a programme teaches, how it is structured, how many hours it takes and how it is
       * assessed; for one programme or with a chooser across all of them.
       */
      'npq-content-explorer': DetailedHTMLProps<HTMLAttributes<NpqContentExplorer>, NpqContentExplorer> & NpqContentExplorerJsxProps;
      /**
       * Asks a prospective applicant a few questions, one per page, and tells them whether they
       * may get DfE scholarship funding for an NPQ, why, what to do next, and which NPQs suit their role.
       */
      'npq-eligibility-checker': DetailedHTMLProps<HTMLAttributes<NpqEligibilityChecker>, NpqEligibilityChecker> & NpqEligibilityCheckerJsxProps;
      /**
       * Search and filter a hub's programmes in the browser: facets with live counts,
       * removable filter chips, sorting and pages, and advice when nothing matches.
       *
       * Filters sit beside the results when the widget is wide and behind a "Show filters" button when
       * it is narrow (under 40em of its own width, so it also fits a sidebar and 400 % zoom). With
       * `url-state` the search lives in the page address as `npq-*` parameters. Reserves
       * `min-block-size: 20em` (`--npq-finder-min-block-size`) in every state.
       */
      'npq-programme-finder': DetailedHTMLProps<HTMLAttributes<NpqProgrammeFinder>, NpqProgrammeFinder> & NpqProgrammeFinderJsxProps;
      /** Loads and validates one programme definition and provides it to every widget inside. */
      'npq-programmes': DetailedHTMLProps<HTMLAttributes<NpqProgrammes>, NpqProgrammes> & NpqProgrammesJsxProps;
    }
  }
}
