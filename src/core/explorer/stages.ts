import type { Stage } from '../definition/schema.js';

/**
 * The stages in course order: by start month, keeping the definition's order for ties. A stage
 * without a start month stays after the stage written before it.
 */
export function orderedStages(stages: readonly Stage[]): Stage[] {
  let previousStart = 0;
  const keyed = stages.map((stage, index) => {
    previousStart = stage.startMonth ?? previousStart;
    return { stage, start: previousStart, index };
  });
  return keyed.sort((a, b) => a.start - b.start || a.index - b.index).map((entry) => entry.stage);
}

export interface MonthSpan {
  start: number;
  /** Equal to `start` for a stage within one month. */
  end: number;
}

/** The months a stage covers, when the definition says. */
export function stageMonths(stage: Pick<Stage, 'startMonth' | 'endMonth'>): MonthSpan | undefined {
  if (stage.startMonth === undefined) return stage.endMonth === undefined ? undefined : { start: stage.endMonth, end: stage.endMonth };
  return { start: stage.startMonth, end: Math.max(stage.startMonth, stage.endMonth ?? stage.startMonth) };
}
