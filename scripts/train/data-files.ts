import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/data relative to the repo (the repo lives next to the shared folder). */
export const SHARED_DATA = resolve(process.cwd(), '../shared/data');
export const TEAM_DIR = resolve(process.cwd(), 'tests/fixtures/comments');

export interface Row {
  text: string;
  label?: string | null;
  lang?: string;
  flags?: string;
  [key: string]: unknown;
}

export interface TeamRow {
  text: string;
  category: 'complaint' | 'praise' | 'question' | 'troll' | 'spam' | 'other';
  urgent: string[];
  lang: 'it' | 'en';
}

export function sharedDataAvailable(): boolean {
  return existsSync(join(SHARED_DATA, 'README.md'));
}

export function readJsonl<T = Row>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function readShared(set: string, split: 'train' | 'dev'): Row[] {
  return readJsonl(join(SHARED_DATA, set, `${split}.jsonl`));
}

/**
 * train: fits the weights; heldout: measured during development; fresh / fresh2: written before a tuning round,
 * measured first as they were, never trained on; dev-it: messy Italian comments for decisions about Italian data,
 * never trained on.
 */
export type TeamSplit = 'train' | 'heldout' | 'fresh' | 'fresh2' | 'heldout-real' | 'dev-it';

export function readTeam(split: TeamSplit): TeamRow[] {
  const dir = join(TEAM_DIR, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl<TeamRow>(join(dir, f)));
}

/** Every dev text of every shared set (incl. eval-only), so training never sees an evaluation text. */
export function allDevTexts(exclude: string[] = []): Set<string> {
  const texts = new Set<string>();
  if (!sharedDataAvailable()) return texts;
  for (const set of readdirSync(SHARED_DATA)) {
    if (exclude.includes(set)) continue;
    for (const row of readShared(set, 'dev')) texts.add(normaliseForDedupe(row.text));
  }
  return texts;
}

export function normaliseForDedupe(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
