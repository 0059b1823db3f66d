import type { ContentArea, Programme } from '../definition/schema.js';

/*
 * Content areas are matched across programmes by their id: hubs give the same area the same id
 * (`implementation` in every NPQ), while titles drift ("Implementation", "Implementing change").
 */

export interface SharedArea {
  area: ContentArea;
  /** Other programmes with an area of the same id, in definition order. */
  others: Programme[];
  /** True when every other programme in the definition has this area (and there is at least one). */
  inEveryOther: boolean;
}

/** Other programmes that have a content area with this id. */
export function programmesSharingArea(programmes: readonly Programme[], programme: Programme, areaId: string): Programme[] {
  return programmes.filter((other) => other.id !== programme.id && other.contentAreas.some((area) => area.id === areaId));
}

/** For each of the programme's content areas, which other programmes cover it too. */
export function sharedContentAreas(programmes: readonly Programme[], programme: Programme): SharedArea[] {
  const otherCount = programmes.filter((other) => other.id !== programme.id).length;
  return programme.contentAreas.map((area) => {
    const others = programmesSharingArea(programmes, programme, area.id);
    return { area, others, inEveryOther: otherCount > 0 && others.length === otherCount };
  });
}

export interface AreaComparisonRow {
  area: ContentArea;
  /** One flag per column of `AreaComparison.programmes`. */
  included: boolean[];
}

export interface AreaComparison {
  /** The programme itself first, then the others it is compared with. */
  programmes: Programme[];
  rows: AreaComparisonRow[];
}

/**
 * Compares a programme's content areas with those of the other programmes in its group that
 * share at least one area (e.g. senior leadership, headship and executive leadership). Rows are
 * the programme's own areas, then areas only the others have. Undefined when nothing compares.
 */
export function compareContentAreas(programmes: readonly Programme[], programme: Programme): AreaComparison | undefined {
  const ownIds = new Set(programme.contentAreas.map((area) => area.id));
  const peers = programmes.filter(
    (other) => other.id !== programme.id && other.group === programme.group && other.contentAreas.some((area) => ownIds.has(area.id)),
  );
  if (peers.length === 0) return undefined;
  const columns = [programme, ...peers];
  const areas = new Map<string, ContentArea>();
  for (const column of columns) {
    for (const area of column.contentAreas) if (!areas.has(area.id)) areas.set(area.id, area);
  }
  const rows = [...areas.values()].map((area) => ({
    area,
    included: columns.map((column) => column.contentAreas.some((candidate) => candidate.id === area.id)),
  }));
  return { programmes: columns, rows };
}
