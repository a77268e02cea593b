// The files tsup does not build: dist/styles.css (the @imports of src/styles/index.css
// inlined in order, so the package ships one file that needs no bundler) and the JSON
// Schema of the ObserverScript format.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stylesDir = join(root, 'src/styles');

function inline(file) {
  const text = readFileSync(join(stylesDir, file), 'utf8');
  return text.replace(/^@import '\.\/([\w-]+\.css)';$/gm, (_, name) => inline(name).trim() + '\n');
}

const css = inline('index.css');
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/styles.css'), css);
console.log(`dist/styles.css: ${(Buffer.byteLength(css) / 1024).toFixed(1)} KB`);

copyFileSync(
  join(root, 'src/observer-script/script.schema.json'),
  join(root, 'dist/observer-script.schema.json'),
);
console.log('dist/observer-script.schema.json');
