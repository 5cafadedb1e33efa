import { detect } from 'tinyld';
import { franc } from 'franc-min';
import { detectLanguage } from '../../lib/shared/classify/language';
import { tokenize } from '../../lib/shared/classify/tokenize';
import { readShared } from './data-files';
import { fmt } from './metrics';

const SETS = [
  'semeval-sentiment',
  'umsab-sentiment-en',
  'umsab-sentiment-it',
  'sentipolc2016-nc',
  'haspeede2018-nc',
  'qa4faq-it-queries-nc',
  'ilisten2018-nc',
  'complaints',
  'tweeteval-offensive',
  'airline-sentiment-nc',
  'youtube-spam',
];

const toLang = (code: string) =>
  code === 'it' || code === 'ita' ? 'it' : code === 'en' || code === 'eng' ? 'en' : 'other';

/** IT/EN language id on every dev text of 3+ words: ours vs tinyld vs franc-min (the library only ships if it wins). */
export function evalLanguage(): number {
  console.log('\n== Language id, dev texts with 3+ words (accuracy)');
  console.log(`  ${'set'.padEnd(24)} ${'n'.padStart(6)}  ours    tinyld  franc-min`);
  let n = 0,
    ours = 0,
    tiny = 0,
    fr = 0;
  for (const set of SETS) {
    const rows = readShared(set, 'dev').filter(
      (r) => (r.lang === 'it' || r.lang === 'en') && r.text.split(/\s+/).filter(Boolean).length >= 3,
    );
    let a = 0,
      b = 0,
      c = 0;
    for (const r of rows) {
      if (detectLanguage(tokenize(r.text)).language === r.lang) a++;
      if (toLang(detect(r.text)) === r.lang) b++;
      if (toLang(franc(r.text, { minLength: 3 })) === r.lang) c++;
    }
    if (!rows.length) continue;
    console.log(
      `  ${set.padEnd(24)} ${String(rows.length).padStart(6)}  ${fmt(a / rows.length)}   ${fmt(b / rows.length)}   ${fmt(c / rows.length)}`,
    );
    n += rows.length;
    ours += a;
    tiny += b;
    fr += c;
  }
  console.log(
    `  ${'ALL'.padEnd(24)} ${String(n).padStart(6)}  ${fmt(ours / n)}   ${fmt(tiny / n)}   ${fmt(fr / n)}   (goal ≥ 0.99)`,
  );
  return ours / Math.max(1, n);
}
