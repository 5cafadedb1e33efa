import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import type { Entrypoint } from 'wxt';
import {
  buildContentScriptsAsModules,
  loadContentScriptsAsModules,
  withoutTopLevelAwait,
} from '../../../scripts/build/module-content-scripts';

const contentScript = { type: 'content-script', name: 'x' } as Entrypoint;

/** What WXT hands the hook for one content script: a library build. */
const libraryBuild = (): InlineConfig => ({
  build: {
    lib: { entry: '/virtual/x-entry', formats: ['iife'], name: 'x' },
    rollupOptions: { output: { entryFileNames: 'content-scripts/x.js' } },
  },
  plugins: [],
});

describe('content scripts built as modules', () => {
  it('turns a content script library build into one minified ES module named x.module.js', () => {
    const config = libraryBuild();
    buildContentScriptsAsModules([contentScript], config);

    expect(config.build?.lib).toBe(false);
    expect(config.build?.rollupOptions?.input).toBe('/virtual/x-entry');
    expect(config.build?.rollupOptions?.output).toMatchObject({
      format: 'es',
      entryFileNames: 'content-scripts/x.module.js',
    });
  });

  it('leaves every other build alone', () => {
    const background = libraryBuild();
    buildContentScriptsAsModules([{ type: 'background', name: 'background' } as Entrypoint], background);
    expect(background).toEqual(libraryBuild());
  });

  it('fails the build when a content script would import another chunk', () => {
    const config = libraryBuild();
    buildContentScriptsAsModules([contentScript], config);
    const guard = (config.plugins as Plugin[]).find(
      (plugin) => plugin.name === 'careside-one-module-per-content-script',
    );
    const error = vi.fn();
    const generateBundle = guard?.generateBundle as (this: unknown, options: unknown, bundle: unknown) => void;

    generateBundle.call({ error }, {}, { 'x.module.js': { type: 'chunk', isEntry: true, fileName: 'x.module.js' } });
    expect(error).not.toHaveBeenCalled();
    generateBundle.call(
      { error },
      {},
      {
        'x.module.js': { type: 'chunk', isEntry: true, fileName: 'x.module.js' },
        'panel.js': { type: 'chunk', isEntry: false, fileName: 'content-scripts/panel-abc.js' },
      },
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('content-scripts/panel-abc.js'));
  });

  it('empties the top-level-await pause only in classic-script builds', () => {
    let moduleBuild = false;
    const plugin = withoutTopLevelAwait(() => moduleBuild);
    const load = plugin.load as (id: string) => string | null;
    const pause = '/repo/lib/content/yield-to-page.ts';

    expect(load(pause)).toBe('export {};');
    expect(load('/repo/lib/content/runtime.ts')).toBeNull();
    moduleBuild = true;
    expect(load(pause)).toBeNull();
  });

  it('puts a loader where the manifest names each script and makes each module web-accessible to its own sites', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'careside-modules-'));
    mkdirSync(join(outDir, 'content-scripts'));
    writeFileSync(join(outDir, 'content-scripts/x.module.js'), 'export {}; /* x bundle */');
    const cssEntry = { resources: ['content-scripts/x.css'], matches: ['https://x.com/*'], use_dynamic_url: true };
    const manifest = {
      content_scripts: [
        { matches: ['https://x.com/*', 'https://twitter.com/*'], js: ['content-scripts/x.js'] },
        { matches: ['https://www.facebook.com/*'], js: ['content-scripts/facebook.js'] },
      ],
      web_accessible_resources: [cssEntry],
    };

    await loadContentScriptsAsModules(outDir, manifest);

    expect(manifest.content_scripts.map((c) => c.js)).toEqual([
      ['content-scripts/x.js'],
      ['content-scripts/facebook.js'],
    ]);
    const loader = readFileSync(join(outDir, 'content-scripts/x.js'), 'utf8');
    expect(loader).toContain('import(chrome.runtime.getURL("/content-scripts/x.module.js"))');
    expect(readFileSync(join(outDir, 'content-scripts/x.module.js'), 'utf8')).toContain('x bundle');
    expect(manifest.web_accessible_resources).toEqual([
      cssEntry,
      {
        resources: ['content-scripts/x.module.js'],
        matches: ['https://x.com/*', 'https://twitter.com/*'],
        use_dynamic_url: true,
      },
      {
        resources: ['content-scripts/facebook.module.js'],
        matches: ['https://www.facebook.com/*'],
        use_dynamic_url: true,
      },
    ]);
  });
});
