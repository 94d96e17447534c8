// The site a team would most likely build instead of ours: Astro's own docs theme, Starlight, with its defaults
// (its search, table of contents and theme switch), carrying the same topic pages. Built in a scratch folder with its
// own install, so nothing of it reaches the project's dependencies.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runTimed, type BuildResult } from './site.ts';
import { routeSlug } from './weight.ts';
import { starlightPage } from './starlight-page.ts';

/** The Starlight release compared against; its peer range must include the project's Astro. */
export const STARLIGHT_VERSION = '0.42.4';

export interface StarlightSite {
  outDir: string;
  install: BuildResult;
  build?: BuildResult;
}

interface ProjectManifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function projectVersion(name: string): string {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as ProjectManifest;
  const version = manifest.dependencies?.[name] ?? manifest.devDependencies?.[name];
  if (!version) throw new Error(`package.json does not list ${name}, which the Starlight comparison builds with`);
  return version;
}

/** Writes the Starlight project: the same Astro and sharp as ours, and one Markdown page per topic. */
export function writeStarlightSite(dir: string, ourOutDir: string, topics: readonly { route: string; file: string }[]): void {
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  const manifest = {
    name: 'starlight-comparison',
    private: true,
    type: 'module',
    dependencies: { astro: projectVersion('astro'), '@astrojs/starlight': STARLIGHT_VERSION, sharp: projectVersion('sharp') },
    allowScripts: { esbuild: true },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      "export default defineConfig({ site: 'https://starlight.example.org', integrations: [starlight({ title: 'IOP Guide' })] });",
      '',
    ].join('\n'),
  );
  // Its own TypeScript settings, so tools looking upwards for a tsconfig stop here and never read ours.
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/base' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  // A home page listing the topics, as any Starlight site has (the preview server also waits for / to answer).
  const home = ['---', 'title: IOP Guide', '---', ''];
  for (const { route, file } of topics) {
    const page = starlightPage(readFileSync(file, 'utf8'), route);
    writeFileSync(join(docs, `${routeSlug(route)}.md`), page.markdown);
    home.push(`- [${page.title.replace(/[[\]\\]/g, (char) => `\\${char}`)}](${route})`);
  }
  writeFileSync(join(docs, 'index.md'), `${home.join('\n')}\n`);
  // The charts our pages show, and the icon Starlight's pages link to (a Starlight site supplies its own in public/).
  for (const name of ['figures', 'favicon.svg']) {
    const from = join(ourOutDir, name);
    if (existsSync(from)) cpSync(from, join(dir, 'public', name), { recursive: true });
  }
}

/** Installs and builds the Starlight project; without a build, the install is what failed. */
export async function buildStarlightSite(dir: string, timeoutMs: number): Promise<StarlightSite> {
  // `npm run bench` tells its children which project they run in (npm_config_local_prefix, npm_package_*); an
  // `npm install` that inherited that would install Starlight into this project instead of the scratch folder.
  // The reader's own npm settings (registry, proxy, cache) pass through.
  const projectVariable = /^(npm_config_local_prefix|npm_package_.*|npm_lifecycle_.*|INIT_CWD)$/i;
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !projectVariable.test(name)));
  env.ASTRO_TELEMETRY_DISABLED = '1';
  const outDir = resolve(dir, 'dist');
  const install = await runTimed('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env }, timeoutMs);
  if (!install.ok) return { outDir, install };
  const build = await runTimed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env }, timeoutMs);
  return { outDir, install, build };
}
