/**
 * npm run start -w excel-addin: serves dist/ on https://localhost:3000 with the development
 * certificates of office-addin-dev-certs (installed and trusted on first use; it asks).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';

const PORT = 3000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

const options = await getHttpsServerOptions();
createServer(options, (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname));
  const file = join(dist, path === '/' ? 'taskpane.html' : path);
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
}).listen(PORT, 'localhost', () => {
  console.log(
    `Figure Check add-in on https://localhost:${PORT}/taskpane.html — sideload manifest.xml (see README.md)`,
  );
});
