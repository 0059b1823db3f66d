/** A routed `fetch` for tests: answers by URL path, counts requests, can hold a response back. */
export interface Route {
  status?: number;
  body?: string;
  contentType?: string;
  /** Resolve this promise to let the response through; unresolved means it never arrives. */
  gate?: Promise<void>;
  /** Throw a network error instead of answering (like CORS or offline). */
  networkError?: boolean;
}

export function routeFetch(routes: Record<string, Route | (() => Route)>): { calls: string[]; restore: () => void } {
  const original = globalThis.fetch;
  const calls: string[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, document.baseURI);
    calls.push(url.pathname);
    const entry = routes[url.pathname];
    const route = typeof entry === 'function' ? entry() : entry;
    if (!route) return new Response('Not found', { status: 404, statusText: 'Not Found' });
    const signal = init?.signal;
    if (route.gate) {
      await new Promise<void>((resolve, reject) => {
        void route.gate!.then(resolve);
        signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
      });
    }
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    if (route.networkError) throw new TypeError('Failed to fetch');
    return new Response(route.body ?? '', {
      status: route.status ?? 200,
      headers: { 'Content-Type': route.contentType ?? 'application/json' },
    });
  };
  return { calls, restore: () => (globalThis.fetch = original) };
}
