import { XMLParser, XMLValidator } from 'fast-xml-parser';

// Offline check of what Excel needs from manifest.xml for custom functions in a shared runtime
// (`office-addin-manifest validate` needs the internet). Returns the problems found; none = ok.

type Node = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });

const tagOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@' && k !== '#text') ?? '#text';
const kids = (n: Node): Node[] => ((n[tagOf(n)] as Node[] | undefined) ?? []).filter((k) => tagOf(k) !== '#text');
const attr = (n: Node, name: string): string | undefined => (n[':@'] as Record<string, string> | undefined)?.[name];
const text = (n: Node): string => String(((n[tagOf(n)] as Node[])?.find((k) => '#text' in k)?.['#text'] as string | undefined) ?? '').trim();
const child = (n: Node | undefined, tag: string): Node | undefined => (n ? kids(n).find((k) => tagOf(k) === tag) : undefined);
const path = (n: Node | undefined, ...tags: string[]): Node | undefined => tags.reduce<Node | undefined>((at, t) => child(at, t), n);

function walk(n: Node, visit: (n: Node) => void): void {
  visit(n);
  kids(n).forEach((k) => walk(k, visit));
}

export interface ManifestFacts {
  urls: Record<string, string>;
  shortStrings: Record<string, string>;
  /** <SupportUrl> and <GetStarted><LearnMoreUrl>'s URL: where a user goes for help. */
  help: { support?: string; learnMore?: string };
  /** Per-language values, by resource id or top-level element ("DisplayName"), then by Office culture ("de-DE"). */
  overrides: Record<string, Record<string, string>>;
}

/**
 * `emitted`, when given, says whether a path relative to the task pane page's folder is in the build output: then
 * every URL the manifest names (pages, scripts, icons, help) must be a file the build emits there.
 */
export function checkManifest(xml: string, emitted?: (file: string) => boolean): { problems: string[]; facts: ManifestFacts } {
  const problems: string[] = [];
  const facts: ManifestFacts = { urls: {}, shortStrings: {}, help: {}, overrides: {} };
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return { problems: [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`], facts };
  const doc = parser.parse(xml) as Node[];
  const app = doc.find((n) => tagOf(n) === 'OfficeApp');
  if (!app) return { problems: ['no <OfficeApp> root element'], facts };
  const need = (ok: unknown, problem: string) => ok || problems.push(problem);

  need(attr(app, 'xsi:type') === 'TaskPaneApp', 'OfficeApp must be xsi:type="TaskPaneApp"');
  need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text(child(app, 'Id') ?? {})), '<Id> must be a GUID');
  need(/^\d+(\.\d+){0,3}$/.test(text(child(app, 'Version') ?? {})), '<Version> must be n.n.n.n');
  need(attr(path(app, 'Hosts', 'Host') ?? {}, 'Name') === 'Workbook', 'Hosts must list <Host Name="Workbook"/>');
  need(text(child(app, 'Permissions') ?? {}) === 'ReadWriteDocument', '<Permissions> must be ReadWriteDocument');
  const sets = kids(path(app, 'Requirements', 'Sets') ?? {});
  need(sets.some((s) => attr(s, 'Name') === 'SharedRuntime'), 'Requirements must include the SharedRuntime set');

  // <Override Locale> children: a culture name each (language-region: a bare "de" is not matched on every client),
  // never the default locale, once per element, each value within the element's own limits.
  const defaultLocale = text(child(app, 'DefaultLocale') ?? {}).toLowerCase();
  const overridesOf = (n: Node, name: string, tag: string, check: (value: string, where: string) => void) => {
    for (const o of kids(n).filter((k) => tagOf(k) === tag)) {
      const locale = attr(o, 'Locale') ?? '';
      const where = `${name}'s override for "${locale}"`;
      need(/^[a-z]{2,3}-[A-Z]{2}$/.test(locale), `${where}: Locale must be a culture name like "de-DE"`);
      need(locale.toLowerCase() !== defaultLocale, `${where} repeats the default locale`);
      facts.overrides[name] ??= {};
      need(!(locale in facts.overrides[name]), `${where} is given twice`);
      facts.overrides[name][locale] = attr(o, 'Value') ?? '';
      check(facts.overrides[name][locale], where);
    }
  };
  for (const [tag, max] of [['DisplayName', 125], ['Description', 250]] as const) {
    const element = child(app, tag);
    if (element) overridesOf(element, tag, 'Override', (value, where) => need(value.length <= max, `${where} is longer than ${max} characters`));
  }

  // Every URL the manifest names, with what names it: checked against the build output when `emitted` is given.
  const url = (...tags: string[]) => attr(path(app, ...tags) ?? {}, 'DefaultValue') ?? '';
  facts.help.support = url('SupportUrl');
  const served: [string, string][] = [
    ['<SupportUrl>', facts.help.support],
    ['<IconUrl>', url('IconUrl')],
    ['<HighResolutionIconUrl>', url('HighResolutionIconUrl')],
    ['<DefaultSettings> <SourceLocation>', url('DefaultSettings', 'SourceLocation')],
  ];
  // The help page in each language: an https page the build emits, like the default.
  const support = child(app, 'SupportUrl');
  if (support)
    overridesOf(support, 'SupportUrl', 'Override', (value, where) => {
      need(value.startsWith('https://'), `${where} must be an https URL, got "${value}"`);
      served.push([where, value]);
    });

  // Resources: every id defined once; collected by kind.
  const resources = path(app, 'VersionOverrides', 'Resources');
  const defined = new Map<string, string>();
  for (const group of resources ? kids(resources) : []) {
    for (const r of kids(group)) {
      const id = attr(r, 'id');
      const value = attr(r, 'DefaultValue') ?? '';
      if (!id) continue;
      if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
      defined.set(id, value);
      if (tagOf(group) === 'bt:Urls') facts.urls[id] = value;
      if (tagOf(group) === 'bt:ShortStrings') facts.shortStrings[id] = value;
      const max = { 'bt:ShortStrings': 125, 'bt:LongStrings': 250 }[tagOf(group)];
      const check = (v: string, where: string) => {
        if (max) need(v.length <= max, `${where} is longer than ${max} characters`);
        else {
          need(v.startsWith('https://'), `${where} must be an https URL, got "${v}"`);
          served.push([where, v]);
        }
      };
      check(value, max === 125 ? `short string "${id}"` : max ? `long string "${id}"` : `resource "${id}"`);
      overridesOf(r, id, 'bt:Override', check);
    }
  }
  const referenced = new Set<string>();
  if (resources) walk(app, (n) => n !== resources && attr(n, 'resid') !== undefined && referenced.add(attr(n, 'resid')!));
  for (const id of referenced) need(defined.has(id), `resid "${id}" is referenced but not defined in <Resources>`);
  for (const id of defined.keys()) need(referenced.has(id), `resource "${id}" is defined but never referenced`);

  const host = path(app, 'VersionOverrides', 'Hosts', 'Host');
  if (!host || attr(host, 'xsi:type') !== 'Workbook') return { problems: [...problems, 'VersionOverrides must have a <Host xsi:type="Workbook">'], facts };
  const first = kids(host)[0];
  need(first && tagOf(first) === 'Runtimes', '<Runtimes> must be the first element inside <Host> (shared runtime)');
  const runtime = path(host, 'Runtimes', 'Runtime');
  need(runtime && attr(runtime, 'lifetime') === 'long', '<Runtime> must have lifetime="long"');
  const runtimeId = runtime && attr(runtime, 'resid');

  // Help links open outside the add-in: the task pane there would be a page that cannot run (no Excel around it).
  const pane = runtimeId ? facts.urls[runtimeId] : undefined;
  const learnMoreId = attr(path(host, 'DesktopFormFactor', 'GetStarted', 'LearnMoreUrl') ?? {}, 'resid');
  facts.help.learnMore = learnMoreId ? facts.urls[learnMoreId] : undefined;
  need(facts.help.support, '<SupportUrl> must link to a help page');
  for (const [what, link] of [['<SupportUrl>', facts.help.support], ['<LearnMoreUrl>', facts.help.learnMore]])
    need(!pane || link !== pane, `${what} must link to a help page, not the task pane`);
  if (emitted && pane) {
    const folder = new URL('.', pane).href;
    for (const [what, link] of served)
      need(link.startsWith(folder) && emitted(link.slice(folder.length)), `${what} (${link}) must be a file the build emits beside the task pane`);
  }

  const cf = kids(path(host, 'AllFormFactors') ?? {}).find((n) => tagOf(n) === 'ExtensionPoint' && attr(n, 'xsi:type') === 'CustomFunctions');
  if (!cf) return { problems: [...problems, 'no CustomFunctions <ExtensionPoint> in <AllFormFactors>'], facts };
  const source = (tag: string) => attr(path(cf, tag, 'SourceLocation') ?? {}, 'resid');
  const script = source('Script');
  const metadata = source('Metadata');
  need(script && facts.urls[script]?.endsWith('/functions.js'), 'CustomFunctions <Script> must point at functions.js');
  need(metadata && facts.urls[metadata]?.endsWith('/functions.json'), 'CustomFunctions <Metadata> must point at functions.json');
  for (const [locale, link] of Object.entries((metadata && facts.overrides[metadata]) ?? {}))
    need(/\/functions-[A-Za-z-]+\.json$/.test(link), `CustomFunctions <Metadata> for "${locale}" must point at a functions-<language>.json`);
  need(source('Page') && source('Page') === runtimeId, 'CustomFunctions <Page> must be the shared runtime page (the <Runtime> resid)');
  const ns = attr(child(cf, 'Namespace') ?? {}, 'resid');
  need(ns && /^[A-Za-z][A-Za-z0-9.]*$/.test(facts.shortStrings[ns] ?? ''), 'CustomFunctions <Namespace> must name a short string like "CRM"');

  const desktop = child(host, 'DesktopFormFactor');
  need(attr(child(desktop, 'FunctionFile') ?? {}, 'resid') === runtimeId, '<FunctionFile> must be the shared runtime page');
  let taskpaneButton = false;
  if (desktop) walk(desktop, (n) => {
    if (tagOf(n) === 'Action' && attr(n, 'xsi:type') === 'ShowTaskpane') taskpaneButton ||= attr(path(n, 'SourceLocation') ?? {}, 'resid') === runtimeId;
  });
  need(taskpaneButton, 'a ribbon button must open the task pane (ShowTaskpane on the shared runtime page)');
  return { problems, facts };
}
