// `npm start`: Vite's dev server, opening a browser only where one can be shown. On a headless box
// (no DISPLAY, often no xdg-open) `vite --open` prints a spawn error, so there we just serve.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const hasDisplay =
  process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay) console.log('start: no display here, so no browser is opened; open the Local address below in yours.');
const vite = spawn(resolve(root, 'node_modules/.bin/vite'), [...(hasDisplay ? ['--open', '/'] : []), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
vite.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
