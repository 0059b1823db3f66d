import { describeValue, makeIssue, type DefinitionIssue } from './issues.js';
import { parseDefinitionText, validateDefinitionCore, type ValidationResult } from './validate-core.js';

export type LoadErrorCode = 'bad-url' | 'network' | 'timeout' | 'http' | 'not-json' | 'too-large' | 'invalid' | 'aborted';

export type LoadOutcome =
  | { ok: true; result: ValidationResult & { definition: NonNullable<ValidationResult['definition']> } }
  | { ok: false; code: LoadErrorCode; message: string; issues: DefinitionIssue[] };

export interface LoadOptions {
  /** Stops waiting for this caller; the request itself stops when no caller waits any more. */
  signal?: AbortSignal;
  /** Per attempt; 10 seconds by default. */
  timeoutMs?: number;
  /** Attempts after the first, for network faults, time-outs and 5xx answers; 1 by default. */
  retries?: number;
  retryDelayMs?: number;
}

interface SharedRequest {
  promise: Promise<LoadOutcome>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per absolute URL per page: every widget naming the same file shares it. */
const requests = new Map<string, SharedRequest>();

/** Forgets every cached definition; for tests and for hosts that edit the file live. */
export function clearDefinitionCache(): void {
  for (const request of requests.values()) if (!request.settled) request.controller.abort();
  requests.clear();
}

/**
 * Turns parsed JSON (or an object given as a property) into a load outcome. The eligibility
 * section is left to the checker (`eligibilityOf`), so its problems are not among the issues.
 */
export function outcomeFromValue(value: unknown): LoadOutcome {
  const result = validateDefinitionCore(value);
  if (!result.definition) {
    return { ok: false, code: 'invalid', message: 'The programme definition is not valid.', issues: result.issues };
  }
  return { ok: true, result: { ...result, definition: result.definition } };
}

/** Parses and validates the text of a definition, e.g. from an inline script element. */
export function outcomeFromText(source: string): LoadOutcome {
  const parsed = parseDefinitionText(source);
  if (!parsed.ok) {
    const message = parsed.code === 'too-large' ? 'The programme definition is too large.' : 'The programme definition is not valid JSON.';
    return { ok: false, code: parsed.code, message, issues: [parsed.issue] };
  }
  return outcomeFromValue(parsed.value);
}

/** Loads, parses and validates the definition at `url`; never rejects. */
export function loadDefinition(url: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const { signal } = options;
  if (signal?.aborted) return Promise.resolve(abortedOutcome());
  let absolute: string;
  try {
    absolute = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  } catch {
    return Promise.resolve({
      ok: false,
      code: 'bad-url',
      message: 'The address of the programme definition is not a valid URL.',
      issues: [makeIssue('', 'the URL of a programme definition file', describeValue(url))],
    });
  }
  let request = requests.get(absolute);
  if (!request) {
    const controller = new AbortController();
    const created: SharedRequest = {
      controller,
      waiting: 0,
      settled: false,
      promise: fetchWithRetry(absolute, controller.signal, options).then((outcome) => {
        created.settled = true;
        // Failures are not cached, so a later attempt (say, back online) asks again.
        if (!outcome.ok && requests.get(absolute) === created) requests.delete(absolute);
        return outcome;
      }),
    };
    request = created;
    requests.set(absolute, request);
  }
  const shared = request;
  shared.waiting += 1;
  if (!signal) return shared.promise;
  return new Promise<LoadOutcome>((resolve) => {
    const onAbort = () => {
      shared.waiting -= 1;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(absolute) === shared) requests.delete(absolute);
      }
      resolve(abortedOutcome());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void shared.promise.then((outcome) => {
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    });
  });
}

function abortedOutcome(): LoadOutcome {
  return { ok: false, code: 'aborted', message: 'Loading was cancelled.', issues: [] };
}

async function fetchWithRetry(url: string, signal: AbortSignal, options: LoadOptions): Promise<LoadOutcome> {
  const { timeoutMs = 10_000, retries = 1, retryDelayMs = 1_000 } = options;
  let outcome = await fetchOnce(url, signal, timeoutMs);
  for (let attempt = 0; attempt < retries && isWorthRetrying(outcome) && !signal.aborted; attempt += 1) {
    await delay(retryDelayMs, signal);
    if (signal.aborted) break;
    outcome = await fetchOnce(url, signal, timeoutMs);
  }
  return signal.aborted ? abortedOutcome() : outcome;
}

function isWorthRetrying(outcome: LoadOutcome): boolean {
  if (outcome.ok) return false;
  return outcome.code === 'network' || outcome.code === 'timeout' || (outcome.code === 'http' && /\b5\d\d\b/.test(outcome.message));
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

async function fetchOnce(url: string, outer: AbortSignal, timeoutMs: number): Promise<LoadOutcome> {
  const attempt = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeoutMs);
  const forward = () => attempt.abort();
  outer.addEventListener('abort', forward, { once: true });
  try {
    const response = await fetch(url, {
      signal: attempt.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        ok: false,
        code: 'http',
        message: `The programme definition could not be loaded (the server answered ${status}).`,
        issues: [makeIssue('', `the file at ${url}`, `an HTTP ${status} answer`)],
      };
    }
    return outcomeFromText(await response.text());
  } catch {
    if (timedOut) {
      return {
        ok: false,
        code: 'timeout',
        message: `The programme definition did not arrive within ${Math.round(timeoutMs / 1000)} seconds.`,
        issues: [makeIssue('', `the file at ${url}`, 'no answer in time')],
      };
    }
    if (outer.aborted) return abortedOutcome();
    return {
      ok: false,
      code: 'network',
      message: 'The programme definition could not be reached (network or cross-origin error).',
      issues: [makeIssue('', `the file at ${url}`, 'a network or cross-origin (CORS) error')],
    };
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', forward);
  }
}
