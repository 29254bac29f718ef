// Makes sure a Firefox ESR new enough for the built package is present (installed when running
// as root). Debian's security updates carry firefox-esr 153; the main archive's 140 is older than
// the manifest's strict_min_version, so a present but older Firefox is an error, not a skip.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureInstalled } from './ensure-system.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MANIFEST = join(resolve(import.meta.dirname, '..'), '.output/firefox-mv2/manifest.json');

/** The major version of the Firefox at `path` ("Mozilla Firefox 153.8.0esr" → 153). */
export function firefoxMajor(path = FIREFOX): number {
  const out = execFileSync(path, ['--version'], { encoding: 'utf8' });
  const major = /Firefox (\d+)\./.exec(out)?.[1];
  if (!major) throw new Error(`cannot read the version of ${path}: ${out.trim()}`);
  return Number(major);
}

/** The oldest Firefox the built package accepts (its manifest's strict_min_version). */
export function manifestMinimum(): number {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  return Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
}

export function ensureFirefox(): void {
  ensureInstalled(
    'Firefox ESR',
    () => existsSync(FIREFOX),
    'apt-get update && apt-get install -y --no-install-recommends firefox-esr',
  );
  const [have, need] = [firefoxMajor(), manifestMinimum()];
  if (have < need) {
    console.error(
      `${FIREFOX} is Firefox ${have}; the package needs ${need} or later (strict_min_version). ` +
        "Debian's security updates carry a newer firefox-esr: apt-get update && apt-get install firefox-esr.",
    );
    process.exit(1);
  }
  console.log(`Firefox ${have} (package minimum ${need})`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureFirefox();
