import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/gas/Sidebar.html: Apps Script serves one HTML file (HtmlService.createHtmlOutputFromFile('Sidebar')), so the wizard
// bundle (taskpane/sheets.ts) is inlined into taskpane/sidebar.html. The CSP allows exactly that script by its hash.
// The licences of the npm packages it bundles (decimal.js-light) open the script, as in Code.js (webpack/licences.cjs).

const require = createRequire(import.meta.url);
const { licenceComment } = require('../webpack/licences.cjs') as { licenceComment: (files: string[]) => string };
// The Risk step's worker, inlined as a string and started from a Blob URL: the sidebar cannot load a worker file.
const riskWorker = require('../webpack/risk-worker.cjs') as { esbuildPlugin: Plugin };
const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist/gas/Sidebar.html');

export async function buildSidebar(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'taskpane/sheets.ts')],
    plugins: [riskWorker.esbuildPlugin],
    bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, write: false, legalComments: 'none', logLevel: 'warning', metafile: true,
    absWorkingDir: root,
  });
  const banned = Object.keys(result.metafile.inputs).filter((f) => /hyperformula/i.test(f));
  if (banned.length) throw new Error(`sidebar bundle must not include HyperFormula: ${banned.join(', ')}`);
  // "</script" inside the code would end the inline element early; "<\/" means the same in JS strings and regexes.
  const notice = licenceComment(Object.keys(result.metafile.inputs).map((f) => path.join(root, f)));
  const code = (notice + result.outputFiles[0].text).replace(/<\/(script)/gi, '<\\/$1').trimEnd();
  const hash = createHash('sha256').update(code).digest('base64');
  const template = await readFile(path.join(root, 'taskpane/sidebar.html'), 'utf8');
  const html = template.replace('%SCRIPT_HASH%', `'sha256-${hash}'`).replace('<!-- %SCRIPT% -->', () => `<script>${code}</script>`);
  if (html === template) throw new Error('taskpane/sidebar.html lacks the %SCRIPT_HASH% / <!-- %SCRIPT% --> placeholders');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, html);
  return out;
}

if (fileURLToPath(import.meta.url) === path.resolve(process.argv[1] ?? '')) console.log(`Built ${path.relative(root, await buildSidebar())}`);
