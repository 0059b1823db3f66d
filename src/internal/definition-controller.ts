import { ContextConsumer, ContextProvider, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDefinition, outcomeFromText, outcomeFromValue, type LoadOutcome } from '../core/definition/load.js';
import { definitionContext, type DefinitionState } from './definition-context.js';
import type { NpqElement } from './npq-element.js';

/** The element properties a definition can come from, in order of precedence. */
export interface DefinitionSource {
  /** A definition object given as a property. */
  definition?: unknown;
  /** The URL of a definition file. */
  src?: string | undefined;
}

type Host = ReactiveControllerHost & NpqElement & DefinitionSource;

const ROOT = Symbol.for('npq-widgets.context-root');

/** Lets widgets that upgrade before their `<npq-programmes>` still find it once it is defined. */
function attachContextRootOnce(): void {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[ROOT] || !globalThis.document?.body) return;
  flags[ROOT] = true;
  new ContextRoot().attach(document.body);
}

/**
 * Gives an element its definition state. An element with its own source (a `definition`
 * property, a `src` attribute, or an inline `<script type="application/json">` child) loads it,
 * reports problems once and provides it to elements inside; otherwise it takes the state from the
 * nearest `<npq-programmes>` through context.
 */
export class DefinitionController implements ReactiveController {
  state: DefinitionState = { status: 'loading' };

  readonly #provider: ContextProvider<typeof definitionContext, Host>;
  #loaded: { source: unknown; abort?: AbortController } | undefined;
  #missingSourceTimer: ReturnType<typeof setTimeout> | undefined;
  #syncingInUpdate = false;
  #waitingForNetwork = false;

  constructor(
    private readonly host: Host,
    private readonly options: { provide: boolean },
  ) {
    host.addController(this);
    this.#provider = new ContextProvider(host, { context: definitionContext, initialValue: this.state });
    // Consumers must not subscribe to themselves, so only elements without a source of their own listen.
    new ContextConsumer(host, {
      context: definitionContext,
      subscribe: true,
      callback: (state) => {
        if (!this.#hasOwnSource()) this.#setState(state);
      },
    });
  }

  hostConnected(): void {
    attachContextRootOnce();
    this.#sync();
  }

  hostUpdate(): void {
    this.#syncingInUpdate = true;
    try {
      this.#sync();
    } finally {
      this.#syncingInUpdate = false;
    }
  }

  hostDisconnected(): void {
    this.#loaded?.abort?.abort();
    this.#loaded = undefined;
    this.#clearMissingSourceTimer();
    this.#stopWaitingForNetwork();
  }

  #clearMissingSourceTimer(): void {
    clearTimeout(this.#missingSourceTimer);
    this.#missingSourceTimer = undefined;
  }

  /** A file that could not be reached is asked for again once the browser is back online. */
  #waitForNetwork(): void {
    if (this.#waitingForNetwork) return;
    this.#waitingForNetwork = true;
    window.addEventListener('online', this.#onOnline);
  }

  #stopWaitingForNetwork(): void {
    if (!this.#waitingForNetwork) return;
    this.#waitingForNetwork = false;
    window.removeEventListener('online', this.#onOnline);
  }

  readonly #onOnline = (): void => {
    this.#stopWaitingForNetwork();
    if (typeof this.#loaded?.source !== 'string' || !this.host.isConnected) return;
    this.#loaded = undefined;
    this.#sync();
  };

  #hasOwnSource(): boolean {
    return this.options.provide || this.usesOwnSource();
  }

  /** Whether the widget was given a definition of its own (`definition`, `src` or an inline script). */
  usesOwnSource(): boolean {
    return this.#ownSource() !== undefined;
  }

  #inlineScript(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  #ownSource(): unknown {
    if (this.host.definition !== undefined && this.host.definition !== null) return this.host.definition;
    if (this.host.src) return this.host.src;
    return this.#inlineScript() ?? undefined;
  }

  /** Starts a load when the source changed since the last one. */
  #sync(): void {
    const source = this.#ownSource();
    if (source === undefined) {
      // Scripts often set `definition` just after inserting the element: wait a task before
      // telling the editor nothing was given.
      if (this.options.provide && this.#loaded === undefined && this.#missingSourceTimer === undefined) {
        this.#missingSourceTimer = setTimeout(() => {
          this.#missingSourceTimer = undefined;
          if (this.#ownSource() !== undefined || this.#loaded !== undefined || !this.host.isConnected) return;
          this.#loaded = { source: null };
          this.#report({
            ok: false,
            code: 'invalid',
            message: 'No programme definition was given: add a src attribute or an inline JSON script.',
            issues: [],
          });
        }, 0);
      }
      return;
    }
    this.#clearMissingSourceTimer();
    if (this.#loaded?.source === source) return;
    this.#loaded?.abort?.abort();
    this.#stopWaitingForNetwork();
    // A string given as `definition` is a (mistaken) definition, not an address to fetch.
    if (typeof source === 'string' && source !== this.host.definition) {
      const abort = new AbortController();
      this.#loaded = { source, abort };
      this.#setState({ status: 'loading' });
      void loadDefinition(source, { signal: abort.signal }).then((outcome) => {
        if (this.#loaded?.abort === abort && !(outcome.ok === false && outcome.code === 'aborted')) this.#report(outcome);
      });
    } else if (source instanceof HTMLScriptElement) {
      this.#loaded = { source };
      this.#report(outcomeFromText(source.textContent ?? ''));
    } else {
      this.#loaded = { source };
      this.#report(outcomeFromValue(source));
    }
  }

  /** The element that loaded the definition reports on it: one warning, one event. */
  #report(outcome: LoadOutcome): void {
    if (outcome.ok) {
      const { definition, issues } = outcome.result;
      this.#setState({ status: 'ready', definition, issues });
      if (issues.length > 0) {
        console.warn(
          `npq-widgets: the programme definition has ${issues.length} problem(s); valid parts are shown.\n${issues.map((issue) => issue.message).join('\n')}`,
        );
      }
      if (!outcome.result.ok) {
        this.host.emit('npq-error', { code: 'invalid', message: 'Some of the programme definition is not valid.', issues });
      }
      this.host.emit('npq-ready', { programmes: definition.programmes.length, issues: issues.length });
      return;
    }
    if (outcome.code === 'aborted') return;
    if ((outcome.code === 'network' || outcome.code === 'timeout') && typeof this.#loaded?.source === 'string') this.#waitForNetwork();
    this.#setState({ status: 'error', code: outcome.code, message: outcome.message, issues: outcome.issues });
    console.warn(`npq-widgets: ${outcome.message}\n${outcome.issues.map((issue) => issue.message).join('\n')}`);
    this.host.emit('npq-error', { code: outcome.code, message: outcome.message, issues: outcome.issues });
  }

  #setState(state: DefinitionState): void {
    this.state = state;
    // Passed on either way, so widgets rendered inside this one (e.g. badges) share its state.
    this.#provider.setValue(state);
    // A state reached inside an update (a `definition` property) arrives after the host's
    // willUpdate has run, so it needs an update of its own.
    if (this.#syncingInUpdate) void Promise.resolve().then(() => this.host.requestUpdate());
    else this.host.requestUpdate();
  }
}
