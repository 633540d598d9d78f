/**
 * Debian's Chromium as the e2e tests and the journey-map benchmark drive it; browsers are never
 * downloaded. CHROMIUM_PATH points at another build.
 * @example chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless without a sandbox (containers), and nothing that talks to Google in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
