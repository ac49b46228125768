// Debian's Chromium, headless and quiet (no background traffic), for the browser end-to-end tests.
import { chromium, selectors, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium; `getByTestId` then reads EUI's `data-test-subj`, as Kibana's own tests do. */
export function launchChromium(): Promise<Browser> {
  selectors.setTestIdAttribute('data-test-subj');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
