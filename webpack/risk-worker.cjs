// The Risk step's worker (taskpane/risk-worker.ts) bundled as one script, handed to the page as a string: the module
// "risk-worker-source". The Sheets sidebar is a single HTML file that cannot load a worker file, so every host starts
// the worker from a Blob URL of this source. Used as a webpack loader (the task pane) and as an esbuild plugin (the
// sidebar and the playground), so all three ship the same worker.
const path = require('node:path');
const { buildSync } = require('esbuild');
const { licenceComment } = require('./licences.cjs');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'taskpane/risk-worker.ts');

/** The bundled worker and the files it was built from. */
function workerSource() {
  const result = buildSync({
    entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true,
    write: false, legalComments: 'none', logLevel: 'warning', metafile: true, absWorkingDir: root,
  });
  const inputs = Object.keys(result.metafile.inputs).map((f) => path.join(root, f));
  // The worker runs its own copy of decimal.js-light (fast.ts's payback reaches it): that script carries its notice too.
  return { code: licenceComment(inputs) + result.outputFiles[0].text, inputs };
}

const moduleText = (code) => `export default ${JSON.stringify(code)};`;

/** webpack loader: whatever file the alias points at becomes the worker's source. */
function loader() {
  const { code, inputs } = workerSource();
  // `webpack --watch` rebuilds when the worker's sources change.
  for (const f of inputs) this.addDependency(f);
  return moduleText(code);
}

const esbuildPlugin = {
  name: 'risk-worker-source',
  setup(build) {
    build.onResolve({ filter: /^risk-worker-source$/ }, () => ({ path: 'risk-worker-source', namespace: 'risk-worker' }));
    build.onLoad({ filter: /.*/, namespace: 'risk-worker' }, () => {
      const { code, inputs } = workerSource();
      return { contents: moduleText(code), loader: 'js', watchFiles: inputs };
    });
  },
};

module.exports = loader;
module.exports.esbuildPlugin = esbuildPlugin;
module.exports.path = __filename;
