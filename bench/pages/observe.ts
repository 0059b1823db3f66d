/**
 * Loaded first, as a classic script in the head, so it sees every long task and layout shift of
 * the page load as well as of the interactions that follow.
 */
interface Observed {
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number; hadRecentInput: boolean }[];
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

const observed: Observed = { longTasks: [], shifts: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) observed.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as LayoutShift[]) {
    observed.shifts.push({ start: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput });
  }
}).observe({ type: 'layout-shift', buffered: true });
Object.assign(window, { benchObserved: observed });
