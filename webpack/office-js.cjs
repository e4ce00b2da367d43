// AppSource requires the task pane to load Office.js from Microsoft's CDN. The wizard owns the page template, so
// the build adds the tag when it is missing: at the end of <head>, after any CSP <meta> (which only governs what
// follows it); being a plain script it still runs before the deferred bundles that need Office and CustomFunctions.
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

class OfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsPlugin', (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap('OfficeJsPlugin', (data) => {
        if (!data.html.includes(OFFICE_JS))
          data.html = data.html.replace(/<\/head>/i, `<script src="${OFFICE_JS}"></script></head>`);
        return data;
      });
    });
  }
}

OfficeJsPlugin.OFFICE_JS = OFFICE_JS;
module.exports = OfficeJsPlugin;
