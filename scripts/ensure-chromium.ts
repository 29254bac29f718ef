// Makes sure Debian's Chromium and a CJK font are present: installs them when running as
// root, otherwise prints the exact command and exits non-zero.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './site/browser.ts';

const INSTALL = 'apt-get update && apt-get install -y chromium fonts-wqy-microhei';

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
  if (existsSync(CHROMIUM) && hasCjkFont()) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium or a CJK font is missing. Install them with:\n  sudo sh -c '${INSTALL}'`,
    );
    process.exit(1);
  }
  console.log(`Installing Chromium and a CJK font: ${INSTALL}`);
  const result = spawnSync('sh', ['-c', INSTALL], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || !existsSync(CHROMIUM)) {
    console.error('Installing Chromium failed; see the apt-get output above.');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
