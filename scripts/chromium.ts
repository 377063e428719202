/**
 * How this project starts Debian's Chromium (nothing is downloaded): the
 * end-to-end tests (playwright-core) and `npm run lighthouse` use the same
 * binary and flags, so they measure the same browser.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser binary: `CHROMIUM_PATH`, else `CHROME_PATH` (the name
 * chrome-launcher and Lighthouse users know), else Debian's.
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || process.env.CHROME_PATH || DEFAULT_CHROMIUM;
}

/** Sandboxing needs privileges CI lacks; the rest keeps the browser off the network and quiet. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
