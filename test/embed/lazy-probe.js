// Loads the lazy CDN entry, then adds a finder later, and reports which widget code was fetched.
const report = { violations: [], errors: [], before: [], after: [], rendered: {} };
document.addEventListener('securitypolicyviolation', (event) => report.violations.push(event.violatedDirective));
addEventListener('error', (event) => report.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));

const defined = () => ['npq-programmes', 'npq-application-status', 'npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker'].filter((tag) => customElements.get(tag));
const rendered = (tag) => document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;

async function run() {
  await import('/dist/cdn/lazy/npq-widgets-lazy.js');
  await customElements.whenDefined('npq-application-status');
  await new Promise((resolve) => setTimeout(resolve, 300));
  report.before = defined();
  const finder = document.createElement('npq-programme-finder');
  finder.setAttribute('now', '2026-09-14T12:00:00+01:00');
  document.querySelector('npq-programmes').append(finder);
  await customElements.whenDefined('npq-programme-finder');
  await finder.updateComplete;
  report.after = defined();
  report.rendered = { 'npq-application-status': rendered('npq-application-status'), 'npq-programme-finder': rendered('npq-programme-finder') };
}

run()
  .catch((error) => report.errors.push(String(error)))
  .finally(() => parent.postMessage({ npqLazyReport: report }, '*'));
