// Generated from custom-elements.json by scripts/generate-jsx-types.js (`npm run jsx-types`): do not edit.
// React components for the kit's elements (`npq-widgets/react`), for React 17 and later. Importing
// this module defines the elements. Each component sets `definition` and `messages` as
// properties and calls its `on…` props for the element's events (`onNpqError` for `npq-error`),
// which React 18 and earlier cannot do for a custom element by themselves.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../elements/npq-application-status/define.js';
import '../elements/npq-content-explorer/define.js';
import '../elements/npq-eligibility-checker/define.js';
import '../elements/npq-programme-finder/define.js';
import '../elements/npq-programmes/define.js';
import { NpqApplicationStatus as NpqApplicationStatusElement } from '../elements/npq-application-status/npq-application-status.js';
import { NpqContentExplorer as NpqContentExplorerElement } from '../elements/npq-content-explorer/npq-content-explorer.js';
import { NpqEligibilityChecker as NpqEligibilityCheckerElement } from '../elements/npq-eligibility-checker/npq-eligibility-checker.js';
import { NpqProgrammeFinder as NpqProgrammeFinderElement } from '../elements/npq-programme-finder/npq-programme-finder.js';
import { NpqProgrammes as NpqProgrammesElement } from '../elements/npq-programmes/npq-programmes.js';
import type { NpqEventDetails } from '../internal/events.js';

/** Names a kit event so its `on…` prop receives a `CustomEvent` with the right `detail` type. */
const npqEvent = <Name extends keyof NpqEventDetails>(name: Name) => name as EventName<CustomEvent<NpqEventDetails[Name]>>;

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
export const NpqApplicationStatus = createComponent({
  react: React,
  tagName: 'npq-application-status',
  elementClass: NpqApplicationStatusElement,
  events: {
    onNpqError: npqEvent('npq-error'),
    onNpqReady: npqEvent('npq-ready'),
  },
  displayName: 'NpqApplicationStatus',
});

/**
 * What a programme teaches, how it is structured, how many hours it takes and how it is
 * assessed; for one programme or with a chooser across all of them.
 */
export const NpqContentExplorer = createComponent({
  react: React,
  tagName: 'npq-content-explorer',
  elementClass: NpqContentExplorerElement,
  events: {
    onNpqProgrammeSelect: npqEvent('npq-programme-select'),
    onNpqReady: npqEvent('npq-ready'),
    onNpqError: npqEvent('npq-error'),
  },
  displayName: 'NpqContentExplorer',
});

/**
 * Asks a prospective applicant a few questions, one per page, and tells them whether they
 * may get DfE scholarship funding for an NPQ, why, what to do next, and which NPQs suit their role.
 */
export const NpqEligibilityChecker = createComponent({
  react: React,
  tagName: 'npq-eligibility-checker',
  elementClass: NpqEligibilityCheckerElement,
  events: {
    onNpqAnswer: npqEvent('npq-answer'),
    onNpqOutcome: npqEvent('npq-outcome'),
    onNpqRestart: npqEvent('npq-restart'),
    onNpqReady: npqEvent('npq-ready'),
    onNpqError: npqEvent('npq-error'),
  },
  displayName: 'NpqEligibilityChecker',
});

/**
 * Search and filter a hub's programmes in the browser: facets with live counts,
 * removable filter chips, sorting and pages, and advice when nothing matches.
 *
 * Filters sit beside the results when the widget is wide and behind a "Show filters" button when
 * it is narrow (under 40em of its own width, so it also fits a sidebar and 400 % zoom). With
 * `url-state` the search lives in the page address as `npq-*` parameters. Reserves
 * `min-block-size: 20em` (`--npq-finder-min-block-size`) in every state.
 */
export const NpqProgrammeFinder = createComponent({
  react: React,
  tagName: 'npq-programme-finder',
  elementClass: NpqProgrammeFinderElement,
  events: {
    onNpqProgrammeSelect: npqEvent('npq-programme-select'),
    onNpqFilterChange: npqEvent('npq-filter-change'),
    onNpqError: npqEvent('npq-error'),
    onNpqReady: npqEvent('npq-ready'),
  },
  displayName: 'NpqProgrammeFinder',
});

/** Loads and validates one programme definition and provides it to every widget inside. */
export const NpqProgrammes = createComponent({
  react: React,
  tagName: 'npq-programmes',
  elementClass: NpqProgrammesElement,
  events: {
    onNpqReady: npqEvent('npq-ready'),
    onNpqError: npqEvent('npq-error'),
  },
  displayName: 'NpqProgrammes',
});
