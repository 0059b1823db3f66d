/** The parts of a programme the content explorer can show, in the order it shows them. */
export const EXPLORER_PARTS = ['overview', 'areas', 'structure', 'assessment'] as const;

export type ExplorerPart = (typeof EXPLORER_PARTS)[number];

export interface ExplorerViewChoice {
  /** The parts to show, in display order; every part when the attribute names none. */
  parts: ExplorerPart[];
  /** Words in the attribute that name no part, for a warning to the site's editor. */
  unknown: string[];
}

/**
 * Reads a `view` attribute: one part (`areas`) or several separated by spaces or commas
 * (`overview structure`). Parts always come out in display order, once each.
 */
export function parseExplorerView(value: string | null | undefined): ExplorerViewChoice {
  const words = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((word) => word !== '' && word !== 'all');
  const known = new Set<string>(EXPLORER_PARTS);
  const unknown = words.filter((word) => !known.has(word));
  const chosen = EXPLORER_PARTS.filter((part) => words.includes(part));
  return { parts: chosen.length > 0 ? chosen : [...EXPLORER_PARTS], unknown };
}
