// Lazy mode: defines nothing up front, and loads each element's code only when its tag appears
// on the page (now or later). For pages that use one or two widgets out of the kit.
const loaders: Record<string, () => Promise<unknown>> = {
  'npq-programmes': () => import('./elements/npq-programmes/define.js'),
  'npq-application-status': () => import('./elements/npq-application-status/define.js'),
  'npq-programme-finder': () => import('./elements/npq-programme-finder/define.js'),
  'npq-content-explorer': () => import('./elements/npq-content-explorer/define.js'),
  'npq-eligibility-checker': () => import('./elements/npq-eligibility-checker/define.js'),
};

const requested = new Set<string>();

function loadTagsIn(root: ParentNode): void {
  for (const [tag, load] of Object.entries(loaders)) {
    if (requested.has(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`npq-widgets: the code for <${tag}> could not be loaded.`, error);
    });
  }
  if (requested.size === Object.keys(loaders).length) observer?.disconnect();
}

let observer: MutationObserver | undefined;
if (globalThis.document) {
  loadTagsIn(document);
  if (requested.size < Object.keys(loaders).length) {
    observer = new MutationObserver(() => loadTagsIn(document));
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
