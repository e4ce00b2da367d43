#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli by `npm run build:cli` (run on `npm ci` via "prepare").
import('../dist/cli/crm-roi.mjs').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('crm-roi: the CLI is not built yet. Run `npm ci` (or `npm run build:cli`) first.');
    process.exit(2);
  }
  throw err;
});
