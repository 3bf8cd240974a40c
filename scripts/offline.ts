// The build step that makes the app work offline and installable (vite.config.ts uses the plugin):
// the icons are drawn into the build, and once every file is written, dist/sw.js is written from
// src/offline/sw.ts with the list of those files and a version that changes whenever any of them does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';
import { iconFiles } from './icons.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../src/offline/sw.ts', import.meta.url));
/** The worker's file name in the build (src/offline/register.ts registers it beside index.html). */
export const WORKER_FILE = 'sw.js';

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Every file of the built folder but the worker itself, as `/`-separated paths relative to it, sorted. */
export function buildFiles(outDir: string): string[] {
  return [...filesUnder(outDir)]
    .map((path) => relative(outDir, path).split(sep).join('/'))
    .filter((file) => file !== WORKER_FILE)
    .sort();
}

/** A hash of every file's name and bytes: any change to the build is a new version, and only a change is. */
export function buildVersion(outDir: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Writes `outDir`/sw.js for the files there now; returns what it precaches and its version. */
export async function writeServiceWorker(outDir: string): Promise<{ files: string[]; version: string }> {
  const files = buildFiles(outDir);
  const version = buildVersion(outDir, files);
  const { code } = await transformWithOxc(readFileSync(WORKER_SOURCE, 'utf8'), WORKER_SOURCE, { lang: 'ts' });
  // A worker is a classic script (module workers are not everywhere yet): the exports become plain declarations.
  const body = code.replace(/^export /gm, '');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error(`${WORKER_SOURCE} must import and re-export nothing`);
  const script = [
    `// Payback Explorer's service worker, written by scripts/offline.ts from src/offline/sw.ts. Version ${version}.`,
    body,
    `startServiceWorker(self, ${JSON.stringify(files)}, ${JSON.stringify(version)});`,
    '',
  ].join('\n');
  writeFileSync(join(outDir, WORKER_FILE), script);
  return { files, version };
}

/** The icons in the build and from the dev server, and sw.js written last, after every other file of the build. */
export function offline(): Plugin {
  return {
    name: 'offline',
    configureServer(server) {
      const icons = iconFiles();
      server.middlewares.use((request, response, next) => {
        const icon = icons.find(({ fileName }) => request.url?.split('?')[0] === `/${fileName}`);
        if (!icon) return next();
        response.setHeader('content-type', icon.fileName.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
        response.end(icon.source);
      });
    },
    generateBundle() {
      for (const icon of iconFiles()) this.emitFile({ type: 'asset', ...icon });
    },
    async writeBundle({ dir }) {
      if (dir) await writeServiceWorker(dir);
    },
  };
}
