/**
 * `npm run browser`: makes sure a Chromium is there before the demo, the e2e
 * tests or the benchmarks start. Found → says which; missing on Debian/Ubuntu
 * as root → installs Debian's chromium with apt (as CI does); otherwise stops
 * with the one line that says what to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, NO_BROWSER } from './find-browser';

function installWithApt(): void {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get (one time, about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

function main(): void {
  let found = findBrowser();
  const canApt = existsSync('/etc/debian_version') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!found && canApt) {
    try {
      installWithApt();
    } catch (error) {
      console.error(`apt-get could not install chromium: ${(error as Error).message}`);
    }
    found = findBrowser();
  }
  if (!found) {
    console.error(NO_BROWSER);
    process.exit(1);
  }
  console.log(`Chromium: ${found.path} (${found.source === 'installed' ? 'installed on this machine' : found.source})`);
}

main();
