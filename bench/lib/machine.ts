/** Describes the machine a run was measured on, for the results file. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

function cpuModel(): string {
  const fromNode = cpus()[0]?.model?.trim();
  if (fromNode && fromNode !== 'unknown') return fromNode;
  if (existsSync('/proc/cpuinfo')) {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  }
  return 'unknown CPU';
}

function operatingSystem(): string {
  if (existsSync('/etc/os-release')) {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty}, kernel ${release()}`;
  }
  return `${process.platform} ${release()}`;
}

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  browser: string;
  date: string;
  /** One-minute load averages when the run started and ended: other work on the machine skews figures. */
  load: string;
  /** The commit measured, and whether the working tree differed from it. */
  source: string;
}

function sourceVersion(root: string): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'not a git checkout';
  const changed = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `commit ${head.stdout.trim()}${changed ? ' with uncommitted changes' : ''}`;
}

/** The one-minute load average now, e.g. "0.4". */
export function currentLoad(): string {
  return loadavg()[0]!.toFixed(1);
}

export function describeMachine(browserVersion: string, loadAtStart: string, root: string): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: operatingSystem(),
    node: process.version,
    browser: browserVersion,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: `${loadAtStart} at the start, ${currentLoad()} at the end`,
    source: sourceVersion(root),
  };
}
