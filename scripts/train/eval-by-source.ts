/**
 * npm run eval -- --by-source: it-eval's accuracy and confusions per source set, as counts only (no text is
 * printed, so looking at it cannot turn into tuning on the eval set's wording).
 */
import { classify } from '../../lib/shared/classify/index';
import { readRealRows } from './real-labels';

export function printBySource(): void {
  const bySource = new Map<
    string,
    { n: number; right: number; urgent: number; urgentFound: number; errors: Map<string, number> }
  >();
  for (const row of readRealRows('it-eval')) {
    const c = classify(row.text);
    const s = bySource.get(row.set) ?? { n: 0, right: 0, urgent: 0, urgentFound: 0, errors: new Map() };
    s.n++;
    if (c.category === row.category) s.right++;
    else s.errors.set(`${row.category}→${c.category}`, (s.errors.get(`${row.category}→${c.category}`) ?? 0) + 1);
    if (row.urgent.length > 0) {
      s.urgent++;
      if (c.urgent.flag) s.urgentFound++;
    }
    bySource.set(row.set, s);
  }
  for (const [set, s] of bySource) {
    const errors = [...s.errors].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`);
    console.log(`${set}: accuracy ${(s.right / s.n).toFixed(3)} (n ${s.n}); urgent found ${s.urgentFound}/${s.urgent}`);
    console.log(`  errors: ${errors.join(', ')}`);
  }
}
