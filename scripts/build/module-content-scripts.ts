import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

/**
 * Chrome compiles a classic content script on the page's main thread, in the same task that runs it:
 * for CareSide's bundle (React, Zod, the classifier) that was one 70–140 ms task on every page load on
 * a 2-core machine. A module loaded with import() is compiled off the main thread and evaluated in a
 * task of its own, in the same isolated world with the same extension APIs. So each content script in
 * the manifest becomes a one-line loader, and its bundle a web-accessible module, reachable only
 * through a per-session URL (use_dynamic_url) so that a page can't probe for the extension.
 */
export async function loadContentScriptsAsModules(outDir: string, manifest: ManifestWithContentScripts) {
  const accessible: NonNullable<ManifestWithContentScripts['web_accessible_resources']> = [];
  for (const contentScript of manifest.content_scripts ?? []) {
    const modules: string[] = [];
    for (const script of contentScript.js ?? []) {
      const moduleFile = moduleFileFor(script);
      // The IIFE bundle runs unchanged as a module (strict mode: the e2e suite runs it that way).
      await rename(join(outDir, script), join(outDir, moduleFile));
      await writeFile(join(outDir, script), moduleLoader(moduleFile));
      modules.push(moduleFile);
    }
    // Each module only for the pages its content script runs on.
    if (modules.length > 0)
      accessible.push({ resources: modules, matches: contentScript.matches, use_dynamic_url: true });
  }
  manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), ...accessible];
}
