// Renders every widget in a few states from the code named by ?build= (the source, the CDN bundle
// or the lazy CDN entry), drives the same interactions, and reports to the parent frame what a
// visitor gets from each widget: its visible text, its elements and attributes, the state of its
// controls, and every computed style. The test requires the shipped builds to match the source.
const build = new URLSearchParams(location.search).get('build');
const CODE = { source: '/src/all.ts', cdn: '/dist/cdn/npq-widgets.js', lazy: '/dist/cdn/lazy/npq-widgets-lazy.js' };
const TAGS = ['npq-programmes', 'npq-application-status', 'npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker'];
const report = { errors: [], widgets: [] };
addEventListener('error', (event) => report.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));

/** Resolves when `target` fires `type`, or rejects after five seconds. */
function fired(target, type) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${type} did not fire within 5 seconds`)), 5000);
    target.addEventListener(type, () => resolve(clearTimeout(timer)), { once: true });
  });
}

const widgets = () => [...document.querySelectorAll(TAGS.slice(1).join(','))];
const settled = () => Promise.all(widgets().map((widget) => widget.updateComplete));
const collapse = (text) => text.replace(/\s+/g, ' ');

/** Text as rendered (innerText follows CSS, so a lost or added visible space shows). */
function visibleText(root) {
  return [...root.childNodes]
    .map((node) => (node instanceof HTMLElement ? node.innerText : collapse(node.nodeType === Node.TEXT_NODE ? node.data : '')))
    .join('')
    .trim();
}

/** Elements with their attributes and control state, and text with whitespace runs as one space. */
function structure(node) {
  if (node.nodeType === Node.TEXT_NODE) return collapse(node.data).trim() === '' ? [] : [collapse(node.data)];
  if (!(node instanceof Element)) return node instanceof DocumentFragment ? [...node.childNodes].flatMap(structure) : [];
  const attributes = [...node.attributes].map(({ name, value }) => `${name}=${value}`).sort();
  const state = 'value' in node && node.localName !== 'li' ? [`.value=${node.value}`, `.checked=${node.checked}`] : [];
  return [[node.localName, ...attributes, ...state, ...[...node.childNodes].flatMap(structure)]];
}

/**
 * Every computed style of every element in the shadow root, in tree order. Custom properties are
 * left out: their values are kept as written (`0.5em` and `.5em` stay apart), and what they do
 * shows in the standard properties that use them.
 */
function styles(root) {
  return [...root.querySelectorAll('*')].map((element) => {
    const style = getComputedStyle(element);
    const standard = [...style].filter((property) => !property.startsWith('--'));
    return Object.fromEntries(standard.map((property) => [property, style.getPropertyValue(property)]));
  });
}

async function run() {
  // The checker keeps answers in this tab; each build starts the same visit afresh.
  sessionStorage.clear();
  const ready = fired(document.querySelector('npq-programmes'), 'npq-ready');
  const failed = fired(document.getElementById('failing-source'), 'npq-error');
  await import(CODE[build]);
  await Promise.all([ready, failed, ...TAGS.map((tag) => customElements.whenDefined(tag))]);
  await settled();

  // The same visits in every build: all explorer sections open, the checker's question sent empty
  // (error summary) and then answered, and the finder searched with its first facet opened.
  const [explorer] = document.querySelectorAll('npq-content-explorer');
  explorer.shadowRoot.querySelector('.show-all').click();
  const checker = document.querySelector('npq-eligibility-checker').shadowRoot;
  checker.querySelector('form').requestSubmit();
  await settled();
  checker.querySelector('input').click();
  checker.querySelector('form').requestSubmit();
  const finder = document.querySelector('npq-programme-finder').shadowRoot;
  const search = finder.querySelector('input[type="search"]');
  search.value = 'leading';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  finder.querySelector('form').requestSubmit();
  finder.querySelector('.facet-toggle').click();
  await settled();
  await new Promise((resolve) => requestAnimationFrame(resolve));

  report.widgets = widgets().map((widget) => ({
    name: `<${widget.localName}${[...widget.attributes].map(({ name, value }) => ` ${name}="${value}"`).join('')}>`,
    text: visibleText(widget.shadowRoot),
    structure: structure(widget.shadowRoot),
    styles: styles(widget.shadowRoot),
  }));
}

run()
  .catch((error) => report.errors.push(String(error)))
  .finally(() => parent.postMessage({ npqSameRenderReport: report }, '*'));
