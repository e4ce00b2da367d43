import { build, type Plugin } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/playground.html + dist/playground.js: the wizard beside an in-browser worksheet, for `npm start` and the browser tests.
// The bundle must stay free of GPL test-only code (HyperFormula): the build fails if it creeps in.

const root = path.resolve(import.meta.dirname, '..');
// The Risk step's worker source, as in the other builds.
const riskWorker = createRequire(import.meta.url)('../webpack/risk-worker.cjs') as { esbuildPlugin: Plugin };
const dist = path.join(root, 'dist');

export async function buildPlayground(): Promise<void> {
  await mkdir(dist, { recursive: true });
  const result = await build({
    entryPoints: [path.join(root, 'playground/main.ts')],
    plugins: [riskWorker.esbuildPlugin],
    bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, sourcemap: true, metafile: true,
    // The playground is served from dist/ as a whole: bundled packages' licence comments go to playground.js.LEGAL.txt beside it.
    legalComments: 'linked',
    outfile: path.join(dist, 'playground.js'), logLevel: 'warning',
  });
  const banned = Object.keys(result.metafile.inputs).filter((f) => /hyperformula/i.test(f));
  if (banned.length) throw new Error(`playground bundle must not include HyperFormula: ${banned.join(', ')}`);
  await copyFile(path.join(root, 'playground/playground.html'), path.join(dist, 'playground.html'));
}

if (fileURLToPath(import.meta.url) === path.resolve(process.argv[1] ?? '')) {
  await buildPlayground();
  console.log('Built dist/playground.html');
}
