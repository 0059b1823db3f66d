import { VERSION } from './version.js';

/** Shared across every copy of the kit on a page, so two bundles warn once between them. */
const WARNED = Symbol.for('npq-widgets.define-warned');

type Versioned = CustomElementConstructor & { npqVersion?: string };

/**
 * Defines a custom element without ever throwing. A clash (the kit loaded twice, another version,
 * or a tag the host page defined itself) keeps the existing definition and warns once per page,
 * so every other tag still works.
 */
export function defineElement(tag: string, element: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing === element) return;
    const by =
      existing.npqVersion === VERSION
        ? `another copy of npq-widgets ${VERSION} (is the script included twice?)`
        : existing.npqVersion
          ? `npq-widgets ${existing.npqVersion}`
          : 'another script on this page';
    warnOnce(`<${tag}> is already defined by ${by}; that definition is kept.`);
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    warnOnce(`<${tag}> could not be defined: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function warnOnce(message: string): void {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[WARNED]) return;
  flags[WARNED] = true;
  console.warn(`npq-widgets: ${message}`);
}
