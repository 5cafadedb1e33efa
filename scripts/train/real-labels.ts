/**
 * Hand labels of real public texts (tests/fixtures/real/<set>/labels.jsonl). A label never repeats its text: it
 * points at a line of a ../shared/data file and carries the first 12 hex digits of the text's SHA-1, so eval-only
 * (non-commercial) text never enters this repository, and a changed source file is caught instead of mislabelled.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Category } from '../../lib/shared/model/categories';
import { readShared, sharedDataAvailable } from './data-files';

export const REAL_DIR = resolve(process.cwd(), 'tests/fixtures/real');

/**
 * ibm-train: training may read it (ibm-care-openers is "train: yes"). ibm-dev and it-eval: measured only,
 * never read by a training step (a conventions test checks the training scripts never name them).
 */
export type RealSet = 'ibm-train' | 'ibm-dev' | 'it-eval';

export interface RealLabel {
  set: string;
  line: number;
  sha: string;
  category: Category;
  urgent: string[];
  topic?: string;
  lang?: string;
}

export interface RealRow extends RealLabel {
  text: string;
  lang: string;
}

export function textSha(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 12);
}

export function readRealLabels(set: RealSet): RealLabel[] {
  const path = join(REAL_DIR, set, 'labels.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealLabel);
}

/** Labels joined with their texts from ../shared/data; [] when it is absent. Throws when a text changed. */
export function readRealRows(set: RealSet): RealRow[] {
  if (!sharedDataAvailable()) return [];
  const sources = new Map<string, { text: string; lang?: string }[]>();
  return readRealLabels(set).map((label) => {
    if (!sources.has(label.set)) sources.set(label.set, readShared(label.set, 'dev') as { text: string }[]);
    const row = sources.get(label.set)![label.line];
    if (!row || textSha(row.text) !== label.sha)
      throw new Error(`${set}: ${label.set} line ${label.line} is not the text that was labelled (sha mismatch)`);
    return { ...label, text: row.text, lang: label.lang ?? row.lang ?? 'other' };
  });
}
