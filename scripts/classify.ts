/**
 * npm run classify -- FILE.jsonl   (or stdin when no file)
 * One {"text": ...} per line in; one {category, confidence, urgent: {flag, topics}, troll, language, reasons} per line out.
 */
import './lib/install-weights';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify } from '../lib/shared/classify/index';

async function main(): Promise<void> {
  const file = process.argv[2];
  const input = file ? createReadStream(file, 'utf8') : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let text: string;
    try {
      const row = JSON.parse(line) as { text?: unknown };
      text = typeof row.text === 'string' ? row.text : '';
    } catch {
      text = line;
    }
    const c = classify(text);
    const out = {
      category: c.category,
      confidence: c.confidence,
      urgent: { flag: c.urgent.flag, topics: c.urgent.topics },
      troll: c.troll,
      language: c.language,
      ...(c.register ? { register: c.register } : {}),
      sentiment: c.sentiment,
      topics: c.topics,
      reasons: c.reasons.map((r) => r.text),
    };
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
