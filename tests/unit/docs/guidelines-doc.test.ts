import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDELINES } from '@/lib/shared/coach/guidelines';
import { RULE_TEXT } from '@/lib/shared/training/rules';

const doc = readFileSync('docs/guidelines.md', 'utf8');
const rows = doc.split('\n').filter((line) => /^\| .*\| `\w+` +\|/.test(line));

describe('docs/guidelines.md', () => {
  it('has a row per guideline key', () => {
    const keys = rows.map((row) => row.split('|')[2]!.trim().replaceAll('`', ''));
    expect(keys.sort()).toEqual(Object.keys(GUIDELINES).sort());
  });

  it('names only tests that exist', () => {
    const tests = [...doc.matchAll(/`((?:unit|e2e)\/[\w/.-]+\.ts)`/g)].map((match) => match[1]!);
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.filter((path) => !existsSync(`tests/${path}`))).toEqual([]);
  });

  it('lists each practice rule on the row of the guideline it enforces', () => {
    for (const [rule, text] of Object.entries(RULE_TEXT)) {
      const row = rows.find((line) => line.split('|')[2]!.includes(`\`${text.guideline}\``));
      expect(row?.split('|')[4], rule).toContain(`\`${rule}\``);
    }
  });
});
