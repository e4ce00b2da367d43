// Two builds, each selectable with --config-name:
//   excel: dist/functions.js + functions.json (+ functions-<lang>.json per language), dist/taskpane.html + taskpane.js (one shared runtime), help.html, manifest, icons.
//   gas:   dist/gas/Code.js (Sheets custom functions and server globals) + appsscript.json.
// functions/generated/*.ts come from `npm run codegen` (part of `npm run build`).
const { existsSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const GasPlugin = require('gas-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { LicenceNoticePlugin } = require('./webpack/licences.cjs');
const { LocalisedMetadataPlugin } = require('./webpack/localised-metadata.cjs');
const OfficeJsPlugin = require('./webpack/office-js.cjs');
const { rebase } = require('./webpack/rebase.cjs');
const { PID_FILE } = require('./webpack/stop.cjs');

const dist = path.resolve(__dirname, 'dist');

function generated(file) {
  const at = path.join(__dirname, 'functions/generated', file);
  if (!existsSync(at)) throw new Error(`${at} is missing: run \`npm run codegen\` first (npm run build does)`);
  return require(at);
}

const typescript = {
  rules: [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      loader: 'ts-loader',
      // Type errors are `npm run typecheck`'s job; the bundle only needs the JavaScript.
      options: { transpileOnly: true, compilerOptions: { noEmit: false } },
    },
  ],
};
const common = { context: __dirname, resolve: { extensions: ['.ts', '.js'] }, module: typescript, performance: { hints: false } };

// The task pane's Risk step imports its worker's bundled source as "risk-worker-source" (webpack/risk-worker.cjs).
const riskWorker = require('./webpack/risk-worker.cjs');
const withRiskWorker = {
  resolve: { ...common.resolve, alias: { 'risk-worker-source': riskWorker.path } },
  module: { rules: [...typescript.rules, { test: (file) => file === riskWorker.path, loader: riskWorker.path, type: 'javascript/esm' }] },
};

// webpack's own minimizer, configured only to stop it moving /*! comments into a *.LICENSE.txt that never ships
// beside the bundle: LicenceNoticePlugin writes the full notices into the bundle instead.
const MinimizerPlugin = require('minimizer-webpack-plugin');
const minimizer = (minimizerOptions) => [new MinimizerPlugin({ extractComments: false, minimizerOptions })];

const excel = {
  ...common,
  ...withRiskWorker,
  name: 'excel',
  target: ['web', 'es2020'],
  // Shared runtime: the task pane page loads both bundles into one JS context, so taskpane.js takes every module
  // functions.js already has (decimal.js, the finance core) from it instead of shipping a second copy. functions.js
  // stays whole on its own, as the manifest's CustomFunctions <Script>.
  entry: { functions: './functions/generated/excel.ts', taskpane: { import: './taskpane/excel.ts', dependOn: 'functions' } },
  // globalThis, not self: functions.js now holds webpack's runtime and must still load where there is no window.
  output: { path: dist, filename: '[name].js', globalObject: 'globalThis' },
  optimization: { minimizer: minimizer({ compress: { passes: 2 }, format: { comments: false } }) },
  plugins: [
    new CustomFunctionsMetadataPlugin({ input: './functions/generated/excel.ts', output: 'functions.json' }),
    new LocalisedMetadataPlugin(generated('functions-help.json')),
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './taskpane/taskpane.html', chunks: ['functions', 'taskpane'] }),
    new OfficeJsPlugin(),
    new LicenceNoticePlugin(),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        // The help page in each language (the manifest's SupportUrl and LearnMoreUrl overrides point at them).
        { from: 'taskpane/help/en.html', to: 'help.html' },
        ...['de', 'fr', 'pl', 'zh-CN'].map((lang) => ({ from: `taskpane/help/${lang}.html`, to: `help-${lang}.html` })),
        { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rebase(content.toString(), process.env.ADDIN_BASE_URL) },
      ],
    }),
  ],
  devServer: {
    static: { directory: dist },
    headers: { 'Access-Control-Allow-Origin': '*' },
    port: 3000,
    // `npm run stop` ends this server (and nothing else) through the pid file.
    onListening: () => writeFileSync(PID_FILE, String(process.pid)),
  },
};

const gas = {
  ...common,
  name: 'gas',
  // Apps Script's V8 runtime: a plain script, no DOM, no module loader.
  target: ['es2020'],
  // Never webpack's eval-based dev source maps: one plain file, no eval, in every mode.
  devtool: false,
  entry: { Code: './gas/index.ts' },
  // clasp pushes every file in dist/gas: clean out what earlier builds left there (Sidebar.html comes from build:ui).
  output: { path: path.join(dist, 'gas'), filename: 'Code.js', chunkFormat: false, iife: true, clean: { keep: /^Sidebar\.html$/ } },
  optimization: {
    // gas-webpack-plugin only sees the root of a concatenated module, and the globals live in imported modules.
    concatenateModules: false,
    // Keep the JSDoc and parameter names of the top-level stubs gas-webpack-plugin writes: Sheets shows them in autocomplete.
    minimizer: minimizer({
      compress: { passes: 2 },
      mangle: { reserved: generated('sheets-params.json') },
      // Stubs are top-level Defuns (the first is attached to the Toplevel); the copies inside the bundle go.
      format: { comments: (node, comment) => ['Defun', 'Toplevel'].includes(node.TYPE) && comment.value.includes('@customfunction') },
    }),
  },
  plugins: [new GasPlugin({ comment: true }), new LicenceNoticePlugin(), new CopyWebpackPlugin({ patterns: [{ from: 'appsscript.json' }] })],
};

// An array of named configs; a function only so `webpack serve` can fetch the trusted dev certificate first.
module.exports = async (env = {}, argv = {}) => {
  excel.devtool = argv.mode === 'development' ? 'source-map' : false;
  if (env.WEBPACK_SERVE) excel.devServer.server = { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() };
  return [excel, gas];
};
