// The manifest is written against the dev server; a release build points it at ADDIN_BASE_URL instead.
const DEV_URL = 'https://localhost:3000/';

/** Every dev URL becomes baseUrl (which must be https); bare origins (AppDomain) become its origin. */
function rebase(manifest, baseUrl) {
  if (!baseUrl) return manifest;
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must be an https URL, got ${baseUrl}`);
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return manifest.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), url.origin);
}

module.exports = { DEV_URL, rebase };
