// `npm run size`: the app's JavaScript, gzipped at level 9 as a server would send it, must stay within
// budget. Reads dist/ as built (the npm script builds first); prints each file and the total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 150 * 1024;

const dist = fileURLToPath(new URL('../dist', import.meta.url));

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let jsFiles;
try {
  jsFiles = [...files(dist)].filter((path) => /\.m?js$/.test(path)).sort();
} catch {
  console.error(`size: ${dist} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
if (jsFiles.length === 0) {
  console.error(`size: no JavaScript in ${dist}; is the build broken?`);
  process.exit(1);
}

let total = 0;
for (const path of jsFiles) {
  const raw = readFileSync(path);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  total += gzipped;
  console.log(`size: ${relative(dist, path)}  ${kb(raw.length)} raw, ${kb(gzipped)} gzipped`);
}

const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`size: JavaScript ${total} bytes gzipped (${kb(total)}), ${verdict} the ${kb(BUDGET_BYTES)} budget`);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
