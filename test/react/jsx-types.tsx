// Type tests for the generated JSX types and React wrappers, checked by `npm run typecheck` (not a
// browser test). Each `@ts-expect-error` fails the check if the types stop rejecting that mistake.
import type {} from '../../src/react/jsx.js';
import type { NpqIntrinsicElements } from '../../src/jsx.js';
import { NpqApplicationStatus, NpqEligibilityChecker, NpqProgrammeFinder, NpqProgrammes } from '../../src/react/index.js';

const definition: unknown = { schemaVersion: 1 };

/** React 19, tags written directly: attributes, the `definition` property and typed `onnpq-…` events. */
export const reactTags = (
  <npq-programmes src="/npq/programmes.json" onnpq-ready={(event) => event.detail.programmes}>
    <npq-programme-finder className="finder" url-state heading-level={3} messages={{}} onnpq-filter-change={(event) => event.detail.results} />
    <npq-application-status programme="npq-headship" variant="banner" definition={definition} onnpq-error={(event) => event.detail.code} />
  </npq-programmes>
);

export const reactTagMistakes = (
  <>
    {/* @ts-expect-error: `variant` is 'badge' or 'banner'. */}
    <npq-application-status variant="poster" />
    {/* @ts-expect-error: a misspelt attribute (TypeScript lets any unknown name with a hyphen through). */}
    <npq-content-explorer programm="npq-headship" />
    {/* @ts-expect-error: `heading-level` is a number or a string, not a boolean. */}
    <npq-content-explorer heading-level />
    {/* @ts-expect-error: an outcome's detail has `funding`, not `funded`. */}
    <npq-eligibility-checker onnpq-outcome={(event) => event.detail.funded} />
    {/* @ts-expect-error: `messages` is an object of message overrides, not a string. */}
    <npq-programme-finder messages="Find a course" />
  </>
);

/** The wrappers, for React 17 and later: element properties as props and `on…` props per event. */
export const wrappers = (
  <NpqProgrammes src="/npq/programmes.json" onNpqReady={(event) => event.detail.programmes}>
    <NpqProgrammeFinder headingLevel={3} urlState onNpqFilterChange={(event) => event.detail.results} onNpqProgrammeSelect={(event) => event.preventDefault()} />
    <NpqEligibilityChecker onNpqOutcome={(event) => event.detail.funding} onNpqAnswer={(event) => event.detail.question} />
  </NpqProgrammes>
);

export const wrapperMistakes = (
  <>
    {/* @ts-expect-error: `variant` is 'badge' or 'banner'. */}
    <NpqApplicationStatus variant="poster" />
    {/* @ts-expect-error: the status badge fires no outcome event. */}
    <NpqApplicationStatus onNpqOutcome={() => undefined} />
    {/* @ts-expect-error: an outcome's detail has `funding`, not `funded`. */}
    <NpqEligibilityChecker onNpqOutcome={(event) => event.detail.funded} />
  </>
);

/** Other runtimes (Preact, Solid…) extend their IntrinsicElements with `NpqIntrinsicElements`. */
export const otherRuntime: NpqIntrinsicElements['npq-programmes'] = { class: 'wrapper', src: '/npq.json', 'onnpq-ready': (event) => event.detail.programmes };

// @ts-expect-error: `<npq-programmes>` has no `programme` attribute.
export const otherRuntimeMistake: NpqIntrinsicElements['npq-programmes'] = { programme: 'npq-headship' };
