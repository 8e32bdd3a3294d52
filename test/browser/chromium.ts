import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/*
 * Debian's chromium driven by playwright-core: Playwright's own browser download does not work on these
 * machines (TOOLCHAIN.md). test/setup/ensure-chromium.sh installs the package.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run test/setup/ensure-chromium.sh as root (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
