/** In-page helpers shared by the bench pages: paint timing, definitions and interaction clocks. */
import { ContextProvider } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { validateDefinition, type Definition } from '../../src/core/definition/validate.js';
import { definitionContext } from '../../src/internal/definition-context.js';

/**
 * Resolves just after the next frame has been painted: a task queued from a requestAnimationFrame
 * callback runs once that frame's style, layout and paint are done.
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

export async function frames(count: number): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) await afterNextPaint();
}

export function pageParameter(name: string): string {
  const value = new URLSearchParams(window.location.search).get(name);
  if (value === null) throw new Error(`bench page: missing ?${name}=`);
  return value;
}

/** Fetches and parses the bench definition with `programmes` programmes. */
export async function fetchDefinition(programmes: number): Promise<unknown> {
  const response = await fetch(`data/definition-${programmes}.json`);
  if (!response.ok) throw new Error(`bench page: data/definition-${programmes}.json answered ${response.status}`);
  return JSON.parse(await response.text()) as unknown;
}

export interface Validated {
  definition: Definition;
  issues: number;
  /** Milliseconds `validateDefinition` took on the parsed value. */
  validation: number;
}

export function validateTimed(value: unknown): Validated {
  const start = performance.now();
  const result = validateDefinition(value);
  const validation = performance.now() - start;
  if (!result.definition) throw new Error(`bench page: the definition is unusable: ${result.issues[0]?.message ?? ''}`);
  return { definition: result.definition, issues: result.issues.length, validation };
}

/**
 * Hands an already validated definition to the widgets inside `host` the way `<npq-programmes>`
 * does (through the definition context), so a measurement starts at "definition ready".
 */
export function definitionProvider(host: HTMLElement): { ready(definition: Definition): void } {
  const provider = new ContextProvider(host, { context: definitionContext, initialValue: { status: 'loading' } });
  return { ready: (definition) => provider.setValue({ status: 'ready', definition, issues: [] }) };
}

/** Where the page records Event Timing entries (durations of 16 ms and more: the API's floor). */
export function observeEventTiming(): PerformanceEventTiming[] {
  const entries: PerformanceEventTiming[] = [];
  new PerformanceObserver((list) => entries.push(...(list.getEntries() as PerformanceEventTiming[]))).observe({
    type: 'event',
    buffered: true,
    durationThreshold: 16,
  } as PerformanceObserverInit);
  return entries;
}

export interface InteractionRecord {
  kind: string;
  /** From the first input event's handling to the widget's update being done: the main-thread script work. */
  scripting: number;
  /** The element's own update (`performUpdate`: willUpdate, render, commit, updated) within it. */
  update: number;
  /** From the input event's timestamp to the next frame painted. */
  toPaint: number;
  /** The longest Event Timing entry within the interaction (0 when every entry was under 16 ms). */
  eventTiming: number;
  /** The slowest event type by Event Timing, e.g. "keydown". */
  eventType: string;
}

/**
 * Marks (for CPU time from a trace): `bench:ix:<n>:start`, `…:scripted` and `…:painted`.
 *
 * Times one interaction at a time with a widget: it starts at the first keydown or click (capture
 * phase, before any handler) and ends when `endEvent` reaches `endTarget` and the
 * element has no update pending, then waits for the frame to paint.
 */
export class InteractionClock {
  readonly records: InteractionRecord[] = [];
  private readonly events = observeEventTiming();
  private current: { kind: string; end: string; start: number; inputTime: number } | undefined;
  private armed: { kind: string; end: string } | undefined;
  private expected = 0;
  private updateTime = 0;

  constructor(
    private readonly host: ReactiveElement,
    endTargets: EventTarget[],
  ) {
    // A click, not its pointerdown: the gap between press and release is the pointer's, not the page's.
    for (const type of ['keydown', 'click']) {
      window.addEventListener(type, (event) => this.begin(event), { capture: true });
    }
    for (const target of endTargets) {
      for (const type of ['input', 'change', 'click', 'submit']) target.addEventListener(type, (event) => this.end(event));
    }
    // Times the element's updates by wrapping its update cycle on this one instance.
    const instance = host as unknown as { performUpdate(): void };
    const performUpdate = instance.performUpdate.bind(host);
    instance.performUpdate = () => {
      const start = performance.now();
      try {
        performUpdate();
      } finally {
        this.updateTime += performance.now() - start;
      }
    };
  }

  /** The next interaction is `kind`, done once an `end` event has been handled. */
  arm(kind: string, end: 'input' | 'change' | 'click' | 'submit'): void {
    this.armed = { kind, end };
    this.expected += 1;
  }

  /** Resolves when every armed interaction has been recorded; rejects after `timeout` ms. */
  async settled(timeout = 60_000): Promise<void> {
    const limit = performance.now() + timeout;
    while (this.records.length < this.expected) {
      if (performance.now() > limit) throw new Error(`bench page: interaction "${this.armed?.kind ?? this.current?.kind ?? '?'}" never finished`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private begin(event: Event): void {
    if (!this.armed || this.current) return;
    performance.mark(`bench:ix:${this.records.length}:start`);
    this.current = { ...this.armed, start: performance.now(), inputTime: event.timeStamp };
    this.armed = undefined;
    this.updateTime = 0;
  }

  private end(event: Event): void {
    const current = this.current;
    if (!current || event.type !== current.end) return;
    this.current = undefined;
    const complete = async () => {
      if (this.host.isUpdatePending) await this.host.updateComplete;
      const index = this.records.length;
      const scripted = performance.now();
      performance.mark(`bench:ix:${index}:scripted`);
      const update = this.updateTime;
      const painted = await afterNextPaint();
      performance.mark(`bench:ix:${index}:painted`);
      // Event Timing entries arrive after the frame; give the observer a moment.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const within = this.events.filter((entry) => entry.startTime >= current.inputTime - 1 && entry.startTime <= painted);
      const slowest = within.reduce<PerformanceEventTiming | undefined>((best, entry) => (!best || entry.duration > best.duration ? entry : best), undefined);
      this.records.push({
        kind: current.kind,
        scripting: scripted - current.start,
        update,
        toPaint: painted - current.inputTime,
        eventTiming: slowest?.duration ?? 0,
        eventType: slowest?.name ?? '',
      });
    };
    void complete();
  }
}
