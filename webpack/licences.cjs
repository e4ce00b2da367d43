// Third-party licence notices, written into the very file that ships the code. A separate *.LICENSE.txt does not
// travel with it: clasp pushes only .js/.html to Apps Script, and the sidebar is one inlined HTML file.
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');

/** The npm package directory holding `file`, or undefined for our own sources. */
const packageDir = (file) => /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)?.[1];

/** A `/*! … *\/` comment with the name, version and full licence text of every npm package among `files`; '' if none. */
function licenceComment(files) {
  const dirs = [...new Set(files.map(packageDir).filter(Boolean))].sort();
  const notices = dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`${pkg.name} has no licence file to copy into the bundle`);
    return `${pkg.name} ${pkg.version}\n\n${readFileSync(path.join(dir, file), 'utf8').replace(/\r\n?/g, '\n').trim()}`;
  });
  if (!notices.length) return '';
  const text = `Third-party software in this file:\n\n${notices.join('\n\n')}`;
  if (text.includes('*/')) throw new Error('a licence text contains "*/", which would end the comment');
  return `/*! ${text}\n*/\n`;
}

/** Puts licenceComment at the top of each JS file, after minimizing (so no minimizer strips or extracts it). */
class LicenceNoticePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LicenceNoticePlugin', (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1;
      compilation.hooks.processAssets.tap({ name: 'LicenceNoticePlugin', stage }, () => {
        for (const chunk of compilation.chunks) {
          // A concatenated module lists the modules it merged.
          const modules = [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap((m) => m.modules ?? [m]);
          const notice = licenceComment(modules.map((m) => m.resource ?? ''));
          if (!notice) continue;
          for (const file of chunk.files) if (file.endsWith('.js')) compilation.updateAsset(file, (code) => new sources.ConcatSource(notice, code));
        }
      });
    });
  }
}

module.exports = { licenceComment, LicenceNoticePlugin };
