// Injected first into demo pages the tests load (see web-test-runner.config.js): records what a
// visitor's console would show, so the tests can require a clean page.
window.__npqDemoReport = { errors: [] };
const originalError = console.error.bind(console);
console.error = (...args) => {
  window.__npqDemoReport.errors.push(args.map(String).join(' '));
  originalError(...args);
};
addEventListener('error', (event) => window.__npqDemoReport.errors.push(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => window.__npqDemoReport.errors.push(`unhandled: ${String(event.reason)}`));
