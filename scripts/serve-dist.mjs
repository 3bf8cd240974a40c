// A tiny static server for the built app, with no dependencies: the first-paint bench uses it, and the
// e2e suite uses it to serve dist/ under a sub-path, as a council intranet page might.
//   node scripts/serve-dist.mjs [--port 4392] [--base /council/payback/] [--root dist]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` at `http://host:port{base}`; anything outside `base` is a 404.
 * Resolves to `{ url, close }` once listening. Port 0 picks a free port.
 */
export function serveDist({ root = 'dist', host = '127.0.0.1', port = 0, base = '/' } = {}) {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;

  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) return notFound(res);

    let file = resolve(rootDir, `.${sep}${pathname.slice(prefix.length)}`);
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound(res);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound(res);
    }
  });

  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveServer({
        url: `http://${host}:${actualPort}${prefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const { url } = await serveDist({
    root: resolve(repoRoot, option(args, 'root', 'dist')),
    port: Number(option(args, 'port', '4392')),
    base: option(args, 'base', '/'),
  });
  console.log(`serving dist at ${url}`);
}
