// `npm run validate [file]`: offline manifest check (default dist/manifest.xml when built, else manifest.xml).
import { existsSync, readFileSync } from 'node:fs';
import { checkManifest } from './manifest-check';

const file = process.argv[2] ?? (existsSync('dist/manifest.xml') ? 'dist/manifest.xml' : 'manifest.xml');
const { problems } = checkManifest(readFileSync(file, 'utf8'));
for (const p of problems) console.error(`${file}: ${p}`);
console.log(problems.length ? `${file}: ${problems.length} problem(s)` : `${file}: ok`);
process.exitCode = problems.length ? 1 : 0;
