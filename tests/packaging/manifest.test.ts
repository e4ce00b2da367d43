import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { metadataFile } from '../../functions/help';
import { LOCALES, LOCALE_TAGS } from '../../src/i18n/locales';
import { CATALOGS } from '../../src/i18n/t';
import { checkManifest } from '../../webpack/manifest-check';
import { localiseManifest } from '../../webpack/manifest-locales';
import { dist, ensureBuilt, root } from '../functions/hosts';

const require = createRequire(import.meta.url);
const { rebase, DEV_URL } = require('../../webpack/rebase.cjs') as { rebase: (xml: string, base?: string) => string; DEV_URL: string };
const source = readFileSync(join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml (offline structure check)', () => {
  it('has what Excel needs for custom functions in a shared runtime', () => {
    const { problems, facts } = checkManifest(source);
    expect(problems).toEqual([]);
    expect(facts.shortStrings['Functions.Namespace']).toBe('CRM');
    expect(facts.urls['Functions.Script.Url']).toBe(`${DEV_URL}functions.js`);
    expect(facts.urls['Functions.Metadata.Url']).toBe(`${DEV_URL}functions.json`);
    expect(facts.urls['Taskpane.Url']).toBe(`${DEV_URL}taskpane.html`);
    expect(facts.help).toEqual({ support: `${DEV_URL}help.html`, learnMore: `${DEV_URL}help.html` });
  });

  it('is localised from the message catalogs (npm run codegen writes it)', () => {
    expect(source).toBe(localiseManifest(source));
    expect(localiseManifest(source.replace('DefaultValue="CRM ROI is ready"', 'DefaultValue="Ready"'))).toBe(source);
  });

  it('gives each language its display name, description, strings and functions metadata, for each of its Office cultures', () => {
    const { overrides, urls } = checkManifest(source).facts;
    for (const locale of LOCALE_TAGS) {
      for (const culture of LOCALES[locale].office) {
        expect(overrides['Functions.Metadata.Url'][culture]).toBe(`${DEV_URL}${metadataFile(locale)}`);
        expect(overrides.DisplayName[culture]).toBe(CATALOGS[locale]['manifest.displayName']);
        expect(overrides.Description[culture]).toBe(CATALOGS[locale]['manifest.description']);
        expect(overrides['TaskpaneButton.Label'][culture]).toBe(CATALOGS[locale]['manifest.buttonLabel']);
      }
    }
    expect(urls['Functions.Metadata.Url']).toBe(`${DEV_URL}${metadataFile('en')}`);
    // Twelve cultures beyond the default, none of them English.
    expect(Object.keys(overrides.DisplayName)).toEqual(LOCALE_TAGS.flatMap((l) => LOCALES[l].office));
    expect(Object.keys(overrides.DisplayName).some((c) => c.startsWith('en'))).toBe(false);
  });

  it('places <Runtimes> right after <Host>, as a plain parse shows', () => {
    const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(source) as Record<string, unknown>[];
    type N = Record<string, N[]>;
    const app = doc.find((n) => 'OfficeApp' in n) as N;
    const vo = app.OfficeApp.find((n) => 'VersionOverrides' in n)!;
    const host = vo.VersionOverrides.find((n) => 'Hosts' in n)!.Hosts.find((n) => 'Host' in n)!;
    expect(Object.keys(host.Host[0])[0]).toBe('Runtimes');
  });

  // Each mutation breaks one thing Excel relies on; the check must name it.
  it.each([
    ['<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>', '<Permissions> must be ReadWriteDocument'],
    ['lifetime="long"', 'lifetime="short"', '<Runtime> must have lifetime="long"'],
    ['<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nope"/>', 'resid "Functions.Nope" is referenced but not defined in <Resources>'],
    ['<bt:String id="TaskpaneButton.Tooltip"', '<bt:String id="Unused.Tooltip"', 'resource "Unused.Tooltip" is defined but never referenced'],
    ['/functions.json">', '/meta.json">', 'CustomFunctions <Metadata> must point at functions.json'],
    ['Locale="de-DE" Value="https://localhost:3000/functions-de.json"', 'Locale="de-DE" Value="https://localhost:3000/functions.json"', 'CustomFunctions <Metadata> for "de-DE" must point at a functions-<language>.json'],
    ['Locale="de-AT" Value="https://localhost:3000/functions-de.json"', 'Locale="de-AT" Value="http://localhost:3000/functions-de.json"', 'Functions.Metadata.Url\'s override for "de-AT" must be an https URL, got "http://localhost:3000/functions-de.json"'],
    ['<Override Locale="de-DE"', '<Override Locale="de"', 'DisplayName\'s override for "de": Locale must be a culture name like "de-DE"'],
    ['<Override Locale="pl-PL"', '<Override Locale="en-US"', 'DisplayName\'s override for "en-US" repeats the default locale'],
    ['<bt:Override Locale="de-AT" Value="CRM ROI ist bereit"/>', '<bt:Override Locale="de-DE" Value="CRM ROI ist bereit"/>', 'GetStarted.Title\'s override for "de-DE" is given twice'],
    ['<bt:Override Locale="fr-FR" Value="CRM ROI est prêt"/>', `<bt:Override Locale="fr-FR" Value="${'x'.repeat(126)}"/>`, 'GetStarted.Title\'s override for "fr-FR" is longer than 125 characters'],
    ['<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>', 'CustomFunctions <Page> must be the shared runtime page (the <Runtime> resid)'],
    ['DefaultValue="CRM"/>', 'DefaultValue="CRM ROI!"/>', 'CustomFunctions <Namespace> must name a short string like "CRM"'],
    ['xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"', 'a ribbon button must open the task pane (ShowTaskpane on the shared runtime page)'],
    ['<SupportUrl DefaultValue="https://localhost:3000/help.html">', '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html">', '<SupportUrl> must link to a help page, not the task pane'],
    [/<SupportUrl[\s\S]*?<\/SupportUrl>\n/.exec(source)![0], '', '<SupportUrl> must link to a help page'],
    ['id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"', 'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"', '<LearnMoreUrl> must link to a help page, not the task pane'],
  ])('flags %s → %s', (from, to, problem) => {
    expect(source).toContain(from);
    expect(checkManifest(source.replace(from, to)).problems).toContain(problem);
  });

  it('flags <Runtimes> that are not first in <Host>', () => {
    const runtimes = source.match(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/)![0];
    const moved = source.replace(runtimes, '').replace('</AllFormFactors>', `</AllFormFactors>${runtimes}`);
    expect(checkManifest(moved).problems).toContain('<Runtimes> must be the first element inside <Host> (shared runtime)');
  });

  it('reports XML that is not well-formed', () => {
    expect(checkManifest('<OfficeApp><Id>').problems).toEqual([expect.stringMatching(/^not well-formed XML: .*OfficeApp/)]);
  });
});

describe('ADDIN_BASE_URL', () => {
  it('moves every URL and the app domain to the release host', () => {
    const moved = rebase(source, 'https://addin.example.com/crm-roi');
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('<AppDomain>https://addin.example.com</AppDomain>');
    const { problems, facts } = checkManifest(moved);
    expect(problems).toEqual([]);
    expect(facts.urls['Functions.Script.Url']).toBe('https://addin.example.com/crm-roi/functions.js');
  });

  it('leaves the dev manifest alone when unset and refuses http', () => {
    expect(rebase(source, undefined)).toBe(source);
    expect(() => rebase(source, 'http://example.com/')).toThrow('ADDIN_BASE_URL must be an https URL, got http://example.com/');
  });
});

describe('the Excel build output', () => {
  beforeAll(() => ensureBuilt('excel', 'functions.js'));

  it('copies the manifest (rebased when ADDIN_BASE_URL is set) and the icons it names', () => {
    const built = readFileSync(dist('manifest.xml'), 'utf8');
    expect(built).toBe(rebase(source, process.env.ADDIN_BASE_URL));
    for (const icon of source.matchAll(/assets\/(icon-\d+\.png)/g)) {
      const png = readFileSync(dist(`assets/${icon[1]}`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('emits a file for every URL the built manifest names, the help page included', () => {
    const built = readFileSync(dist('manifest.xml'), 'utf8');
    const emitted = (file: string) => existsSync(dist(file));
    expect(checkManifest(built, emitted).problems).toEqual([]);
    const base = rebase(DEV_URL, process.env.ADDIN_BASE_URL);
    const moved = built.replace(`<SupportUrl DefaultValue="${base}help.html">`, `<SupportUrl DefaultValue="${base}support.html">`);
    expect(checkManifest(moved, emitted).problems).toEqual([`<SupportUrl> (${base}support.html) must be a file the build emits beside the task pane`]);
    // Each language's help page and functions metadata too.
    const withoutGermanHelp = (file: string) => file !== 'help-de.html' && emitted(file);
    expect(checkManifest(built, withoutGermanHelp).problems).toContain(`SupportUrl's override for "de-DE" (${base}help-de.html) must be a file the build emits beside the task pane`);
    const withoutPolish = (file: string) => file !== metadataFile('pl') && emitted(file);
    expect(checkManifest(built, withoutPolish).problems).toEqual([`Functions.Metadata.Url's override for "pl-PL" (${base}functions-pl.json) must be a file the build emits beside the task pane`]);
    const elsewhere = built.replace(`"${base}assets/icon-16.png"`, '"https://cdn.example.com/icon-16.png"');
    expect(checkManifest(elsewhere, emitted).problems).toEqual(['resource "Icon.16x16" (https://cdn.example.com/icon-16.png) must be a file the build emits beside the task pane']);
  });

  it('help.html says what the add-in does, how to use it, where the docs are and how to report a problem, with no script', () => {
    const help = readFileSync(dist('help.html'), 'utf8');
    for (const heading of ['How to use it', 'Documentation', 'Reporting a problem']) expect(help).toContain(`<h2>${heading}</h2>`);
    expect(help).toContain('docs/functions.md');
    expect(help).not.toMatch(/<script/i);
    expect(help).toContain("default-src 'none'");
  });

  it('bundles contain no eval (the task pane CSP forbids it)', () => {
    for (const file of ['functions.js', 'taskpane.js']) expect(readFileSync(dist(file), 'utf8')).not.toMatch(/\beval\(|new Function\(/);
  });

  it('taskpane.html loads Office.js from the CDN once, after the CSP, and each bundle once, functions.js first (shared runtime)', () => {
    const html = readFileSync(dist('taskpane.html'), 'utf8');
    const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    expect(html.split(officeJs)).toHaveLength(2);
    // taskpane.js takes the modules it shares with functions.js from it, so it must come second.
    expect([...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(['functions.js', 'taskpane.js', officeJs]);
    const csp = html.indexOf('Content-Security-Policy');
    if (csp >= 0) expect(csp).toBeLessThan(html.indexOf(officeJs));
  });
});

describe('Apps Script project files', () => {
  it('appsscript.json: V8 and exactly the two narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('.clasp.json.example pushes dist/gas; the real .clasp.json is not committed', () => {
    expect(JSON.parse(readFileSync(join(root, '.clasp.json.example'), 'utf8')).rootDir).toBe('dist/gas');
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.clasp\.json$/m);
  });
});

describe('webpack.config.cjs', () => {
  it('exports the named configs excel and gas with the agreed outputs', async () => {
    if (!existsSync(join(root, 'functions/generated/sheets-params.json'))) ensureBuilt('gas', 'gas/Code.js');
    const configs = await (require('../../webpack.config.cjs') as (env: object, argv: object) => Promise<{ name: string; entry: Record<string, unknown>; output: { path: string; filename: string } }[]>)({}, { mode: 'production' });
    expect(configs.map((c) => c.name)).toEqual(['excel', 'gas']);
    const [excel, gas] = configs;
    expect(excel.entry).toEqual({ functions: './functions/generated/excel.ts', taskpane: { import: './taskpane/excel.ts', dependOn: 'functions' } });
    expect(gas.entry).toEqual({ Code: './gas/index.ts' });
    expect(join(gas.output.path, gas.output.filename)).toBe(dist('gas/Code.js'));
  });
});
