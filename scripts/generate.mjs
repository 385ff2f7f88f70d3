// Writes docs/rules/*.md, schemas/*.json and docs/cli.md from the built code (`npm run generate` builds first).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles, isGeneratedPath } from '../dist/docs/generated.js';
import { RULES } from '../dist/rules/index.js';
import { cliReference } from '../dist/cli/cli-docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = [...generatedFiles(RULES), { path: 'docs/cli.md', text: await cliReference() }];
const wanted = new Set(files.map((f) => f.path));
let changed = 0;
for (const file of files) {
  const path = join(root, file.path);
  let current;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === file.text) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  changed++;
  console.log(`wrote ${file.path}`);
}
for (const folder of ['docs/rules', 'schemas']) {
  for (const name of readdirSync(join(root, folder))) {
    const path = `${folder}/${name}`;
    if (isGeneratedPath(path) && !wanted.has(path)) {
      rmSync(join(root, path));
      changed++;
      console.log(`removed ${path}`);
    }
  }
}
console.log(changed === 0 ? 'generated files are up to date' : `${changed} file(s) updated`);
