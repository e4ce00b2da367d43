import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlayground } from '../../scripts/build-playground';

// `npm start` without the build (NO_BUILD=1) and without certificates (HTTPS=0): it serves the playground on PORT,
// prints the sideloading instructions, and stops cleanly on Ctrl-C.

const root = path.resolve(import.meta.dirname, '../..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

describe('npm start', () => {
  it('serves the playground on PORT, explains sideloading, and stops on SIGINT', async () => {
    if (!existsSync(path.join(root, 'dist/playground.html'))) await buildPlayground();
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env: { ...process.env, NO_BUILD: '1', HTTPS: '0', PORT: String(port) } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    await expect.poll(() => out, { timeout: 30_000 }).toContain('Press Ctrl-C to stop.');
    expect(out).toContain(`http://localhost:${port}/playground.html`);
    expect(out).toMatch(/manifest\.xml/);
    expect(out).toMatch(/clasp push/);

    const page = await fetch(`http://localhost:${port}/playground.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('playground.js');
    expect((await fetch(`http://localhost:${port}/..%2fpackage.json`)).status).toBe(403);
    expect((await fetch(`http://localhost:${port}/nope.js`)).status).toBe(404);

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('refuses an invalid PORT with a clear message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env: { ...process.env, NO_BUILD: '1', HTTPS: '0', PORT: 'abc' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('PORT must be a port number, got "abc".');
  });
});
