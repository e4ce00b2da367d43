import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Shared by the browser tests: Debian's Chromium, headless, with nothing phoning home. In CI a missing browser fails.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// In CI a missing browser must fail the run, not skip it.
export const chromiumAvailable = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!chromiumAvailable && process.env.CI) throw new Error(`Chromium is required in CI but missing at ${CHROMIUM} (.ci/run installs it).`);

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
  });
