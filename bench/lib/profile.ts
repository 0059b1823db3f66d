/** Summarises a V8 CPU profile (CDP `Profiler.stop`) as the functions with the most self time. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  name: string;
  /** Self time in milliseconds. */
  self: number;
  /** Time with everything it called, in milliseconds. */
  total: number;
  /** Share of all sampled time, idle included. */
  share: number;
}

const shortUrl = (url: string) => url.replace(/^.*\//, '').replace(/\?.*$/, '');

/** Self and total time per function (same name and source position merged), by self time or by total time. */
export function hotFunctions(profile: CpuProfile, limit = 12, by: 'self' | 'total' = 'self'): HotFunction[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = (node: ProfileNode) => {
    const frame = node.callFrame;
    return frame.url
      ? `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
      : frame.functionName || '(anonymous)';
  };
  const selfTime = new Map<string, number>();
  const totalTime = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let all = 0;
  for (let index = 0; index < samples.length; index += 1) {
    // A sample's time is the gap to the next one.
    const micros = Math.max(0, deltas[index + 1] ?? 0);
    all += micros;
    const leaf = byId.get(samples[index]!);
    if (!leaf) continue;
    selfTime.set(nameOf(leaf), (selfTime.get(nameOf(leaf)) ?? 0) + micros);
    // Each function once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parentOf.get(node.id) ?? -1)) {
      const name = nameOf(node);
      if (seen.has(name) || name === '(root)') continue;
      seen.add(name);
      totalTime.set(name, (totalTime.get(name) ?? 0) + micros);
    }
  }
  const ranking = by === 'self' ? selfTime : totalTime;
  return [...ranking.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name]) => ({
      name,
      self: (selfTime.get(name) ?? 0) / 1000,
      total: (totalTime.get(name) ?? 0) / 1000,
      share: all > 0 ? (ranking.get(name) ?? 0) / all : 0,
    }));
}
