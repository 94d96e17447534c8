// Builds the Pagefind index over the built site (run after `astro build`).
import * as pagefind from 'pagefind';

const outDir = process.env.OUT_DIR ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
console.log(`Pagefind indexed ${added.page_count} pages into ${outDir}/pagefind`);
await pagefind.close();
