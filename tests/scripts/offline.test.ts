// The build step that writes dist/sw.js: every built file listed, a version that follows their bytes, and a
// classic script a browser can run as it is.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../scripts/offline.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'payback-sw-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeServiceWorker', () => {
  it('lists every file of the build but itself, relative and /-separated', async () => {
    await writeServiceWorker(dir);
    const { files } = await writeServiceWorker(dir); // a second build over the first lists no sw.js
    expect(files).toEqual(['assets/index-abc.js', 'index.html', 'manifest.webmanifest']);
  });

  it('keeps its version while no byte changes, and changes it when one does', async () => {
    const first = (await writeServiceWorker(dir)).version;
    expect((await writeServiceWorker(dir)).version).toBe(first);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta name="build" content="B">');
    expect((await writeServiceWorker(dir)).version).not.toBe(first);
  });

  it('writes a classic script that starts the worker with that list and version', async () => {
    const { files, version } = await writeServiceWorker(dir);
    const script = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    const events: string[] = [];
    const self = {
      location: { href: 'https://host.example/app/sw.js' },
      registration: { scope: 'https://host.example/app/' },
      addEventListener: (type: string) => events.push(type),
    };
    runInNewContext(script, { self, URL, Request, Response, Set, Promise });
    expect(events).toEqual(['install', 'activate', 'fetch']);
    expect(script).toContain(`startServiceWorker(self, ${JSON.stringify(files)}, ${JSON.stringify(version)});`);
  });
});
