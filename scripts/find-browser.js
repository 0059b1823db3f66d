// Finds a Chromium or Chrome binary already on this machine. Nothing here downloads a browser.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

export function findBrowser() {
  return candidates.find((path) => existsSync(path));
}

export const installAdvice = [
  'No Chromium or Chrome browser was found, so the browser tests cannot run.',
  'Install one with your package manager, e.g. on Debian or Ubuntu:',
  '  sudo apt-get update && sudo apt-get install -y chromium',
  'or point CHROME_PATH at an installed Chrome/Chromium binary.',
  `Looked in: ${candidates.join(', ')}`,
].join('\n');

// Headless flags that work as root on a machine without outside network access.
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test pages run side by side; background pages must not be throttled.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
