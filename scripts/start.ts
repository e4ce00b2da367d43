import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic, type ServeOptions } from './serve';

// `npm start`: build, then serve dist/ on https://localhost:3000 (Office requires https) with the local playground,
// falling back to http where the development certificate cannot be installed. PORT overrides the port,
// HTTPS=0 skips the certificate, NO_BUILD=1 serves what is already built.

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const port = Number(process.env.PORT ?? 3000);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(2);
}

if (process.env.NO_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.error('\nThe build failed (see above); nothing is served.');
    process.exit(build.status ?? 1);
  }
}
if (!existsSync(path.join(dist, 'playground.html'))) {
  console.error('dist/playground.html is missing: run `npm run build` first.');
  process.exit(1);
}

async function certificate(): Promise<ServeOptions['tls'] | undefined> {
  if (process.env.HTTPS === '0') return undefined;
  try {
    const { getHttpsServerOptions } = await import('office-addin-dev-certs');
    // Installing the CA may ask for an administrator password; give up after two minutes rather than hang.
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out installing the certificate')), 120_000).unref());
    return await Promise.race([getHttpsServerOptions(), timeout]);
  } catch (e) {
    console.warn(`\n⚠ No trusted development certificate (${e instanceof Error ? e.message : String(e)}).`);
    console.warn('  Serving over plain http: the playground works, but Excel will not load the add-in from http.');
    console.warn('  Fix: run `npx office-addin-dev-certs install` (needs administrator rights), then `npm start` again.\n');
    return undefined;
  }
}

const tls = await certificate();
let server;
try {
  server = await serveStatic({ root: dist, port, tls });
} catch (e) {
  const busy = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(busy ? `Port ${port} is in use: stop the other server or run with PORT=<free port> npm start.` : `Could not start the server: ${String(e)}`);
  process.exit(1);
}
const url = server.url;

console.log(`
CRM ROI is served from dist/ at ${url}

  Playground (no Excel needed):  ${url}/playground.html
  Excel task pane:               ${url}/taskpane.html

Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload my add-in › choose manifest.xml.
Excel desktop:    npm run start:desktop   (sideloads manifest.xml and opens Excel; needs https on port 3000)
Google Sheets:    npx @google/clasp login; cp .clasp.json.example .clasp.json (set your scriptId);
                  npx @google/clasp push   (pushes dist/gas: Code.js, Sidebar.html, appsscript.json)
                  then reload the spreadsheet: Extensions › CRM ROI › Open wizard (in your Google language).

Press Ctrl-C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    void server.close().then(() => process.exit(0));
  });
