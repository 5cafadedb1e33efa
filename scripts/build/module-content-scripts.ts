import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';

/** The parts of a Chrome MV3 manifest this step reads and changes. */
interface ManifestWithContentScripts {
  content_scripts?: { matches?: string[]; js?: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[]; use_dynamic_url?: boolean })[];
}

/** `content-scripts/x.js` → `content-scripts/x.module.js`. */
const moduleFileFor = (script: string): string => script.replace(/\.js$/, '.module.js');

/** The classic script left in the manifest: it only imports the bundle as a module. */
const moduleLoader = (moduleFile: string): string =>
  `import(chrome.runtime.getURL(${JSON.stringify(`/${moduleFile}`)})).catch((error) => console.error("CareSide could not start on this page.", error));\n`;

/** The module that pauses evaluation between tasks: it needs top-level await, so only modules keep it. */
const YIELD_MODULE = /lib[\\/]content[\\/]yield-to-page\.ts$/;

/**
 * Why content scripts are modules in Chromium:
 * - Chrome compiles a classic content script on the page's main thread, in the same task that runs it:
 *   for CareSide's bundle (React, Zod, the classifier) that was one 70–140 ms task on every page load
 *   on a 2-core machine. A module loaded with import() is compiled off the main thread and evaluated
 *   in tasks of its own, in the same isolated world with the same extension APIs.
 * - A module can await at its top level (lib/content/yield-to-page.ts), so its evaluation is split in
 *   two tasks instead of one.
 *
 * This step makes each content script's build one ES module, `x.module.js`, minified like an app
 * (Vite leaves library ES modules unminified). It must stay one file: Chrome refuses a module's
 * imports of other chunks when the modules are only reachable through per-session URLs.
 */
export function buildContentScriptsAsModules(entrypoints: readonly Entrypoint[], viteConfig: InlineConfig) {
  const [entrypoint] = entrypoints;
  if (entrypoints.length !== 1 || entrypoint?.type !== 'content-script') return;
  const script = `content-scripts/${entrypoint.name}.js`;
  const build = (viteConfig.build ??= {});
  if (!build.lib) throw new Error(`WXT no longer builds ${script} in library mode: revisit this step.`);
  const rollupOptions = (build.rollupOptions ??= {});
  rollupOptions.input = build.lib.entry;
  build.lib = false;
  const output = (rollupOptions.output ??= {});
  if (Array.isArray(output)) throw new Error(`Unexpected array of Rollup outputs for ${script}.`);
  output.format = 'es';
  output.entryFileNames = moduleFileFor(script);
  (viteConfig.plugins ??= []).push(refuseChunks(script));
}

function refuseChunks(script: string): Plugin {
  return {
    name: 'careside-one-module-per-content-script',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk' && !file.isEntry);
      if (chunks.length > 0)
        this.error(
          `${script} would import ${chunks.map((chunk) => chunk.fileName).join(', ')}: content scripts must ` +
            'be one module each (no import() of other files), as Chrome refuses those loads.',
        );
    },
  };
}

/** For classic-script builds (Firefox, `wxt dev`): the pause between tasks becomes an empty module. */
export function withoutTopLevelAwait(isModuleBuild: () => boolean): Plugin {
  return {
    name: 'careside-classic-scripts-dont-yield',
    enforce: 'pre',
    load: (id) => (!isModuleBuild() && YIELD_MODULE.test(id) ? 'export {};' : null),
  };
}

/**
 * Puts a one-line loader where the manifest expects each content script, and makes the modules
 * web-accessible only to the sites that content script runs on, and only through a per-session URL
 * (use_dynamic_url), so that a page can't probe for the extension.
 */
export async function loadContentScriptsAsModules(outDir: string, manifest: ManifestWithContentScripts) {
  const accessible: NonNullable<ManifestWithContentScripts['web_accessible_resources']> = [];
  for (const contentScript of manifest.content_scripts ?? []) {
    const modules: string[] = [];
    for (const script of contentScript.js ?? []) {
      const moduleFile = moduleFileFor(script);
      await writeFile(join(outDir, script), moduleLoader(moduleFile));
      modules.push(moduleFile);
    }
    if (modules.length > 0)
      accessible.push({ resources: modules, matches: contentScript.matches, use_dynamic_url: true });
  }
  manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), ...accessible];
}
