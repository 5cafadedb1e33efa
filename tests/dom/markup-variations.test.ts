import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { REPLICA_SPECS } from '../fixtures/routes';
import { FIELDS, measureVariations, TRANSFORMS } from './markup-variations';

const REAL = join(import.meta.dirname, '../../../shared/fixtures/real');
const replicas = REPLICA_SPECS.filter((s) => s.unreadable === 0).map((s) => ({
  name: s.name,
  url: s.url,
  html: s.html(),
}));

const VARIANTS = 1100;

describe('markup we have not seen: reading survives variants of every page', () => {
  it('over 1,000 variants of the replicas, every field reads exactly as on the original in ≥ 99 % of items', () => {
    // Capped per page so the run stays short as contexts are added; never fewer than 1,000 in all.
    const result = measureVariations(replicas, Math.ceil(VARIANTS / replicas.length));
    console.log(`replica variants: ${result.variants}, per field ${JSON.stringify(result.accuracy)}`);
    if (result.failures.length) console.log(result.failures.slice(0, 20).join('\n'));
    expect(result.variants).toBeGreaterThanOrEqual(1000);
    for (const field of FIELDS) expect(result.accuracy[field], field).toBeGreaterThanOrEqual(0.99);
  }, 180_000);

  it.skipIf(!existsSync(join(REAL, 'items.json')))(
    'over 100 variants of the real saved pages, every field reads as on the original in ≥ 97 % of items',
    () => {
      const pages = (JSON.parse(readFileSync(join(REAL, 'items.json'), 'utf8')) as { file: string; url: string }[]).map(
        (p) => ({ name: p.file, url: p.url, html: readFileSync(join(REAL, p.file), 'utf8') }),
      );
      const result = measureVariations(pages, 8);
      console.log(`real-page variants: ${result.variants}, per field ${JSON.stringify(result.accuracy)}`);
      expect(result.variants).toBeGreaterThanOrEqual(100);
      for (const field of FIELDS) expect(result.accuracy[field], field).toBeGreaterThanOrEqual(0.97);
    },
    180_000,
  );

  it('each transform really changes the markup', () => {
    for (const [name, transform] of Object.entries(TRANSFORMS)) {
      const facebookOnly = name === 'deeperNesting' || name === 'relabel';
      const spec = REPLICA_SPECS.find((s) => s.name === (facebookOnly ? 'facebook-post-en' : 'x-status-it'))!;
      const { document } = new Window({ url: spec.url });
      // The replicas already draw emoji as images: that transform is checked on a page with emoji as text.
      document.write(
        name === 'emojiAsImages' ? '<article role="article"><div dir="auto">ciao 😀</div></article>' : spec.html(),
      );
      const before = document.body.innerHTML;
      let seed = 1;
      transform(document as unknown as Document, () => (seed = (seed * 16807) % 2147483647) / 2147483647);
      expect(document.body.innerHTML, name).not.toBe(before);
    }
  });
});
