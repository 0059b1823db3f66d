/**
 * Main-thread CPU time from a Chromium trace, between two `performance.mark`s. Wall-clock times
 * grow when other processes share the CPU; thread time (`tdur`) does not, so these figures stay
 * comparable on a busy machine.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, microseconds. */
  tdur?: number;
  args?: { data?: Record<string, unknown> };
}

/** Trace categories the analysis needs: tasks, script entries (microtasks are in v8.execute), and the page's marks. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing'];

/** Where the main thread enters JavaScript: callbacks, microtasks (where Lit's updates run), scripts. */
const SCRIPT = new Set([
  'FunctionCall',
  'RunMicrotasks',
  'EvaluateScript',
  'v8.evaluateModule',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
]);
const isTask = (event: TraceEvent) => (event.cat ?? '').split(',').includes('toplevel');

export interface CpuWindow {
  /** CPU time of the main thread's tasks in the window, in ms: script, style, layout, paint. */
  mainThread: number;
  /** CPU time spent running script in the window, in ms. */
  scripting: number;
}

/** Sum of thread time of the outermost events (nested ones are inside their parent's time), clipped to the window. */
function outermostCpu(events: readonly TraceEvent[], from: number, to: number): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let coveredUntil = -Infinity;
  for (const event of sorted) {
    const duration = event.dur ?? 0;
    const end = event.ts + duration;
    if (end <= from || event.ts >= to || event.ts < coveredUntil) continue;
    coveredUntil = end;
    const overlap = Math.min(end, to) - Math.max(event.ts, from);
    const share = duration > 0 ? Math.max(0, overlap) / duration : 1;
    total += (event.tdur ?? duration) * share;
  }
  return total / 1000;
}

/** The timestamp of the first mark called `name` (marks are instant events in blink.user_timing). */
export function markTime(events: readonly TraceEvent[], name: string): TraceEvent | undefined {
  return events.find((event) => event.name === name && (event.cat ?? '').includes('blink.user_timing'));
}

/** CPU time on the thread that made the marks, from mark `start` to mark `end`. */
export function cpuBetween(events: readonly TraceEvent[], start: string, end: string): CpuWindow | undefined {
  const from = markTime(events, start);
  const to = markTime(events, end);
  if (!from || !to) return undefined;
  const onThread = events.filter((event) => event.ph === 'X' && event.pid === from.pid && event.tid === from.tid);
  return {
    mainThread: outermostCpu(
      onThread.filter(isTask),
      from.ts,
      to.ts,
    ),
    scripting: outermostCpu(
      onThread.filter((event) => SCRIPT.has(event.name)),
      from.ts,
      to.ts,
    ),
  };
}
