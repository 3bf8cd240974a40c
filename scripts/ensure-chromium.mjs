// Finds the Chromium the real-browser suite and the first-paint bench drive.
// Playwright's own browser download cannot work here (no network but the package registries),
// so we use Debian's chromium package and, as root, install it when it is missing.
import { accessSync, constants } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium phones home at every start; the machine's closed
// network refuses those connections. --no-sandbox because CI runs as root.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The version line the binary prints, or null when it does not run. */
function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  console.log(`chromium: running: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Returns `{ ok: true, path, version }` or `{ ok: false, reason }`.
 * CHROMIUM_PATH, when set, is taken as the user's choice: it is never replaced by an install.
 * Otherwise /usr/bin/chromium is used, installed with apt-get when we are root and
 * E2E_NO_INSTALL is not 1.
 */
export function ensureChromium({ env = process.env } = {}) {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) {
      return {
        ok: false,
        reason: `CHROMIUM_PATH=${explicit} is not an executable file. Point CHROMIUM_PATH at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}.`,
      };
    }
    const version = chromiumVersion(explicit);
    if (!version) return { ok: false, reason: `CHROMIUM_PATH=${explicit} exists but '${explicit} --version' failed.` };
    return { ok: true, path: explicit, version };
  }

  if (!isExecutable(DEFAULT_CHROMIUM)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (env.E2E_NO_INSTALL === '1') {
      return {
        ok: false,
        reason: `${DEFAULT_CHROMIUM} not found and E2E_NO_INSTALL=1 forbids installing it. Install it with 'apt-get install -y chromium', or set CHROMIUM_PATH.`,
      };
    }
    if (!isRoot || !onPath('apt-get')) {
      return {
        ok: false,
        reason: `${DEFAULT_CHROMIUM} not found, and it cannot be installed from here (${isRoot ? 'no apt-get' : 'not root'}). Install Debian's chromium package ('sudo apt-get install -y chromium'), or set CHROMIUM_PATH to a Chromium binary.`,
      };
    }
    console.log(`chromium: ${DEFAULT_CHROMIUM} not found; installing Debian's chromium package.`);
    const installed = run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
    if (!installed)
      return { ok: false, reason: `${DEFAULT_CHROMIUM} not found, and 'apt-get install -y chromium' failed (see its output above).` };
    if (!isExecutable(DEFAULT_CHROMIUM)) {
      return { ok: false, reason: `'apt-get install -y chromium' succeeded but ${DEFAULT_CHROMIUM} is still not an executable file.` };
    }
  }

  const version = chromiumVersion(DEFAULT_CHROMIUM);
  if (!version) return { ok: false, reason: `${DEFAULT_CHROMIUM} exists but '${DEFAULT_CHROMIUM} --version' failed.` };
  return { ok: true, path: DEFAULT_CHROMIUM, version };
}
