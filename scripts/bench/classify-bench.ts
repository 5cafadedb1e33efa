import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WEIGHTS_PATH } from '../lib/install-weights';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';

type ClassifierModule = typeof import('../../lib/shared/classify/index');

/** Realistic ~200-character comments (IT and EN), so every peer sees the same texts. */
const COMMENTS = [
  'Buongiorno, ho ordinato una lavatrice il 3 marzo e la consegna continua a slittare. Mi avete addebitato due volte la spedizione e nessuno risponde in chat. Potete aiutarmi? Grazie mille, Giulia',
  "I've been waiting 3 weeks for my refund after returning the jacket. Your chat closes my ticket every time and the phone line drops after 40 minutes. Honestly thinking of going to the press!! #fail",
  "Complimenti davvero 👏 pagato la consegna rapida e il pacco arriva dopo una settimana, tutto bagnato. Ma è normale che l'app si chiuda ogni volta che provo a fare il reso? Assurdo!!! @ShopHelp",
  "Hi! Do you ship to Switzerland and how long does it usually take? I'd like to order the grey hoodie in size M but it says out of stock, any idea when it will be back? Thanks a lot 🙏 Have a nice day",
];

const readWeights = () => readFileSync(WEIGHTS_PATH);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Times fn over the comments in batches (timer resolution) and returns per-call microseconds. */
function measure(fn: (text: string) => unknown, rounds: number, batch: number): number[] {
  for (let i = 0; i < 200; i++) fn(COMMENTS[i % COMMENTS.length]);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const text = COMMENTS[r % COMMENTS.length];
    const start = process.hrtime.bigint();
    for (let b = 0; b < batch; b++) fn(text);
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
  return samples.sort((a, b) => a - b);
}

/** lib/shared/classify as the extension ships it: one minified ES module bundle (the weights are a separate file). */
function shippedBundle(): Uint8Array {
  const bundle = buildSync({
    entryPoints: [resolve(process.cwd(), 'lib/shared/classify/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return bundle.outputFiles[0].contents;
}

/**
 * The shipped bundle, imported: timings are of the code the browser runs, not of tsx's on-the-fly CommonJS
 * transform (whose export getters alone cost ~20 % of a classification).
 */
async function importShipped(code: Uint8Array): Promise<ClassifierModule> {
  const dir = mkdtempSync(join(tmpdir(), 'careside-bench-'));
  try {
    const file = join(dir, 'classify.mjs');
    writeFileSync(file, code);
    const mod = (await import(pathToFileURL(file).href)) as ClassifierModule;
    mod.installModel(readWeights());
    return mod;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** classify() latency on ~200-char comments vs VADER and AFINN on the same texts, same run. */
export async function runClassifyBench(): Promise<Record<string, number>> {
  const afinn = new Sentiment();
  const code = shippedBundle();
  const { classify } = await importShipped(code);
  const ours = measure((t) => classify(t), 2000, 20);
  // Reasons are computed on first read; this is the cost when the panel also shows them.
  const withReasons = measure((t) => classify(t).reasons.length, 1000, 20);
  const afinnT = measure((t) => afinn.analyze(t), 1000, 20);
  const vaderT = measure((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t), 100, 5);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    classify_p50_us: round(percentile(ours, 0.5)),
    classify_p99_us: round(percentile(ours, 0.99)),
    classify_p50_us_with_reasons: round(percentile(withReasons, 0.5)),
    classify_p50_us_vader: round(percentile(vaderT, 0.5)),
    classify_p50_us_afinn: round(percentile(afinnT, 0.5)),
    classify_comment_chars: Math.round(COMMENTS.reduce((s, c) => s + c.length, 0) / COMMENTS.length),
    classify_code_gzip_bytes: gzipSync(code, { level: 9 }).length,
    classify_weights_file_bytes: statSync(WEIGHTS_PATH).size,
    classify_weights_file_gzip_bytes: gzipSync(readWeights(), { level: 9 }).length,
  };
}
