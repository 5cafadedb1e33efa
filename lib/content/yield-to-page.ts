/**
 * A pause in evaluating the content script, so that one page-load task never evaluates all of
 * CareSide. Chromium builds load content scripts as ES modules, and a bundled ES module evaluates its
 * modules in order: awaiting here hands the page's main thread back for a task before the modules
 * imported after this one are evaluated (components/panel/start-careside.ts puts the runtime, the
 * classifier and the panel after it).
 * Classic-script builds (Firefox, `wxt dev`) can't await at the top level: there the build swaps this
 * module for an empty one (see scripts/build/module-content-scripts.ts).
 */
await new Promise((resolve) => setTimeout(resolve, 0));

export {};
