import { metadataFile } from '../functions/help';
import { LOCALES, LOCALE_TAGS, type Locale } from '../src/i18n/locales';
import type { MessageKey } from '../src/i18n/messages/types';
import { CATALOGS } from '../src/i18n/t';

// manifest.xml's words come from the message catalogs: `npm run codegen` rewrites the DefaultValue (English) and the
// <Override Locale> entries (one per Office culture of each language, as Microsoft asks: a bare "de" is not matched
// everywhere) of the elements below, and points Functions.Metadata.Url at each language's metadata file. A test keeps
// the committed manifest equal to this output.

/** Top-level elements (an <Override> child) and resources (a <bt:Override> child), with the message each says. */
const TEXTS: { element: string; key: MessageKey }[] = [
  { element: 'DisplayName', key: 'manifest.displayName' },
  { element: 'Description', key: 'manifest.description' },
  { element: 'bt:String id="GetStarted.Title"', key: 'manifest.getStartedTitle' },
  { element: 'bt:String id="GetStarted.Description"', key: 'manifest.getStartedDescription' },
  { element: 'bt:String id="TaskpaneButton.Label"', key: 'manifest.buttonLabel' },
  { element: 'bt:String id="TaskpaneButton.Tooltip"', key: 'manifest.buttonTooltip' },
];
const METADATA_URL = 'bt:Url id="Functions.Metadata.Url"';
/** Where a user goes for help: the help page in the user's language (taskpane/help/<lang>.html, copied by webpack). */
const HELP_URLS = ['SupportUrl', 'bt:Url id="GetStarted.LearnMoreUrl"'];
export const helpFile = (locale: Locale): string => (locale === 'en' ? 'help.html' : `help-${locale}.html`);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rewrites one element (self-closed or with override children) with its default and its overrides per language. */
function withOverrides(xml: string, element: string, value: (locale: Locale) => string): string {
  const tag = element.split(' ')[0];
  const found = new RegExp(`( *)<${element}( DefaultValue="[^"]*")(?:/>|>[\\s\\S]*?</${tag}>)`).exec(xml);
  if (!found) throw new Error(`manifest.xml has no <${element}>`);
  const [whole, indent] = found;
  const override = tag.startsWith('bt:') ? 'bt:Override' : 'Override';
  const overrides = LOCALE_TAGS.filter((l) => l !== 'en').flatMap((l) =>
    LOCALES[l].office.map((culture) => `${indent}  <${override} Locale="${culture}" Value="${escapeXml(value(l))}"/>`),
  );
  const rebuilt = [`${indent}<${element} DefaultValue="${escapeXml(value('en'))}">`, ...overrides, `${indent}</${tag}>`].join('\n');
  return xml.replace(whole, rebuilt);
}

export function localiseManifest(xml: string): string {
  let out = xml;
  for (const { element, key } of TEXTS) out = withOverrides(out, element, (l) => CATALOGS[l][key]);
  const english = /<bt:Url id="Functions.Metadata.Url" DefaultValue="([^"]*)"/.exec(out)?.[1];
  if (!english?.endsWith(`/${metadataFile('en')}`)) throw new Error(`Functions.Metadata.Url must end in /${metadataFile('en')}, got ${english}`);
  out = withOverrides(out, METADATA_URL, (l) => english.replace(/[^/]*$/, metadataFile(l)));
  for (const element of HELP_URLS) {
    const help = new RegExp(`<${element} DefaultValue="([^"]*)"`).exec(out)?.[1];
    if (!help?.endsWith(`/${helpFile('en')}`)) throw new Error(`<${element}> must end in /${helpFile('en')}, got ${help}`);
    out = withOverrides(out, element, (l) => help.replace(/[^/]*$/, helpFile(l)));
  }
  return out;
}
