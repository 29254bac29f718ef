// Makes sure Debian's Chromium and a CJK font are present (installed when running as root).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureInstalled } from './ensure-system.ts';
import { CHROMIUM } from './site/browser.ts';

function hasCjkFont(): boolean {
  try {
    return /WenQuanYi|Noto Sans CJK|Droid Sans Fallback/i.test(
      execSync('fc-list', { encoding: 'utf8' }),
    );
  } catch {
    return false;
  }
}

export function ensureChromium(): void {
  ensureInstalled(
    'Chromium or a CJK font',
    () => existsSync(CHROMIUM) && hasCjkFont(),
    'apt-get update && apt-get install -y chromium fonts-wqy-microhei',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
