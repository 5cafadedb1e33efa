import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLICA_SPECS } from '../../tests/fixtures/routes';
import { measureVariations, type Field } from '../../tests/dom/markup-variations';

const REAL = join(process.cwd(), '../shared/fixtures/real');

/**
 * Reading markup we have not seen: 1,000 seeded variants of the replicas (wrappers, renamed classes, dropped
 * testids, translated labels, span/div swaps, split text, emoji as images, deeper nesting), plus 8 of each real
 * saved page when ../shared is beside the repo; per field, the share of items read exactly as on the original.
 */
export async function runReadingBench(): Promise<Record<string, number | Record<Field, number>>> {
  const replicas = REPLICA_SPECS.filter((s) => s.unreadable === 0).map((s) => ({
    name: s.name,
    url: s.url,
    html: s.html(),
  }));
  const onReplicas = measureVariations(replicas, Math.ceil(1000 / replicas.length));
  const out: Record<string, number | Record<Field, number>> = {
    reading_variants: onReplicas.variants,
    reading_field_accuracy: onReplicas.accuracy,
  };
  if (existsSync(join(REAL, 'items.json'))) {
    const pages = (JSON.parse(readFileSync(join(REAL, 'items.json'), 'utf8')) as { file: string; url: string }[]).map(
      (p) => ({ name: p.file, url: p.url, html: readFileSync(join(REAL, p.file), 'utf8') }),
    );
    const onReal = measureVariations(pages, 8);
    out.reading_variants_real_pages = onReal.variants;
    out.reading_field_accuracy_real_pages = onReal.accuracy;
  }
  return out;
}
