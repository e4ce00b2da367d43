// Excel reads one custom-functions metadata file per language, named by manifest.xml's <bt:Override> entries of
// Functions.Metadata.Url: functions-de.json … are functions.json with the descriptions of functions/help/<lang>.ts,
// which `npm run codegen` writes to functions/generated/functions-help.json as { file: help }. Ids and names stay
// as they are: a formula must keep working when a workbook changes hands between languages.
const { Compilation, sources } = require('webpack');

const NAME = 'LocalisedMetadataPlugin';

/** functions.json's metadata with one language's descriptions; throws on a function or parameter it lacks. */
function localise(metadata, help) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const h = help[f.id];
      if (!h) throw new Error(`no help for function ${f.id}`);
      const parameters = f.parameters.map((p) => {
        if (typeof h.params[p.name] !== 'string') throw new Error(`no help for ${f.id}'s parameter ${p.name}`);
        return { ...p, description: h.params[p.name] };
      });
      return { ...f, description: h.description, parameters };
    }),
  };
}

class LocalisedMetadataPlugin {
  /** @param {Record<string, object>} helpByFile e.g. { "functions-de.json": { ROI: { description, params } } } */
  constructor(helpByFile) {
    this.helpByFile = helpByFile;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset('functions.json');
        // Without it the metadata plugin has already reported why.
        if (!english) return;
        const metadata = JSON.parse(english.source.source().toString());
        for (const [file, help] of Object.entries(this.helpByFile))
          compilation.emitAsset(file, new sources.RawSource(`${JSON.stringify(localise(metadata, help), null, 4)}\n`));
      });
    });
  }
}

module.exports = { LocalisedMetadataPlugin, localise };
