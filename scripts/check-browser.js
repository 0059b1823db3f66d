// Fails at once, with install advice, when no browser is available for the tests.
import { findBrowser, installAdvice } from './find-browser.js';

const browser = findBrowser();
if (!browser) {
  console.error(installAdvice);
  process.exit(1);
}
