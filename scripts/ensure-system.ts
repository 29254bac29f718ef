// Installs missing Debian packages the browser tests need: when running as root it runs the
// apt-get command, otherwise it prints the exact command and exits non-zero (never a silent skip).
import { spawnSync } from 'node:child_process';

export function ensureInstalled(what: string, present: () => boolean, install: string): void {
  if (present()) return;
  if (process.getuid?.() !== 0) {
    console.error(`${what} is missing. Install it with:\n  sudo sh -c '${install}'`);
    process.exit(1);
  }
  console.log(`Installing ${what}: ${install}`);
  const result = spawnSync('sh', ['-c', install], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || !present()) {
    console.error(`Installing ${what} failed; see the apt-get output above.`);
    process.exit(1);
  }
}
