// Runs first on the embed page: sets up the scenario named in the query string, loads the CDN
// bundle, and reports to the test (the parent frame) what a careful host would want to know.
const scenario = new URLSearchParams(location.search);
const report = { violations: [], errors: [], warnings: [], rendered: {}, layout: {}, styles: {} };

document.addEventListener('securitypolicyviolation', (event) => {
  report.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
addEventListener('error', (event) => report.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  report.warnings.push(args.map(String).join(' '));
  warn(...args);
};

if (scenario.has('hostile')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = './hostile.css';
  document.head.append(link);
}
const predefined = scenario.get('predefine');
if (predefined) customElements.define(predefined, class extends HTMLElement {});

const TAGS = ['npq-programmes', 'npq-application-status', 'npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker'];

async function load() {
  const ready = new Promise((resolve, reject) => {
    document.addEventListener('npq-ready', resolve, { once: true });
    setTimeout(() => reject(new Error('npq-ready did not fire within 5 seconds')), 5000);
  });
  // An older release already on the page (another plugin or theme), defining every tag first.
  if (scenario.has('two-versions')) await import('/test/embed/other-version/npq-widgets.js');
  await import('/dist/cdn/npq-widgets.js');
  // A second copy (a different URL is a different module instance), as when a page includes it twice.
  if (scenario.has('double')) await import('/dist/cdn/npq-widgets.js?copy=2');
  await ready;
  for (const tag of TAGS) {
    const element = document.querySelector(tag);
    await element?.updateComplete;
    report.rendered[tag] = element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;
    const box = element?.getBoundingClientRect();
    report.layout[tag] = box ? { width: Math.round(box.width), height: Math.round(box.height) } : undefined;
    const text = element?.shadowRoot?.querySelector('p, dd, li, h2, h3, strong');
    const button = element?.shadowRoot?.querySelector('button');
    if (text) {
      const style = getComputedStyle(text);
      report.styles[tag] = {
        textTransform: style.textTransform,
        lineHeightRatio: Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize),
        buttonPadding: button ? getComputedStyle(button).paddingBlockStart : undefined,
        buttonCursor: button ? getComputedStyle(button).cursor : undefined,
      };
    }
  }
}

load()
  .catch((error) => report.errors.push(String(error)))
  .finally(() => parent.postMessage({ npqEmbedReport: report }, '*'));
