import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentScriptsAsModules } from '../../../scripts/build/module-content-scripts';

describe('content scripts loaded as modules', () => {
  it('leaves a loader in the manifest and makes each bundle web-accessible only to its own sites', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'careside-modules-'));
    mkdirSync(join(outDir, 'content-scripts'));
    writeFileSync(join(outDir, 'content-scripts/x.js'), '(function(){ /* x bundle */ })();');
    writeFileSync(join(outDir, 'content-scripts/facebook.js'), '(function(){ /* facebook bundle */ })();');
    const cssEntry = { resources: ['content-scripts/x.css'], matches: ['https://x.com/*'], use_dynamic_url: true };
    const manifest = {
      content_scripts: [
        { matches: ['https://x.com/*', 'https://twitter.com/*'], js: ['content-scripts/x.js'] },
        { matches: ['https://www.facebook.com/*'], js: ['content-scripts/facebook.js'] },
      ],
      web_accessible_resources: [cssEntry],
    };

    await loadContentScriptsAsModules(outDir, manifest);

    // The manifest still names the same files: they are now loaders for the moved bundles.
    expect(manifest.content_scripts.map((c) => c.js)).toEqual([
      ['content-scripts/x.js'],
      ['content-scripts/facebook.js'],
    ]);
    expect(readFileSync(join(outDir, 'content-scripts/x.module.js'), 'utf8')).toContain('x bundle');
    const loader = readFileSync(join(outDir, 'content-scripts/x.js'), 'utf8');
    expect(loader).toContain('import(chrome.runtime.getURL("/content-scripts/x.module.js"))');
    expect(loader).not.toContain('x bundle');
    expect(existsSync(join(outDir, 'content-scripts/facebook.module.js'))).toBe(true);
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
