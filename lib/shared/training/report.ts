import { classificationDictionary } from '../i18n/messages/classification';
import { traineeDictionary } from '../i18n/messages/trainee';
import { createTranslator, type UiLanguage } from '../i18n/translate';
import { csvCell } from '../stats/csv';
import type { PracticeAttempt } from './attempt';
import { percent, practiceProgress } from './progress';
import { ruleLabel } from './rules';

const pct = (part: number, whole: number) => `${percent(part, whole) ?? '–'}%`;
/** Markdown table cells: one line, no pipes. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replaceAll('|', '\\|');

/** The mentor's report: a readable Markdown file with the numbers, progress per rule and every attempt. */
export function practiceReportMarkdown(
  attempts: readonly PracticeAttempt[],
  language: UiLanguage,
  now: number,
): string {
  const t = createTranslator(traineeDictionary, language);
  const category = createTranslator(classificationDictionary, language);
  const progress = practiceProgress(attempts);
  const lines = [
    `# ${t('reportTitle')}`,
    '',
    t('reportGenerated', { date: new Date(now).toISOString().slice(0, 16).replace('T', ' ') }),
    '',
    `- ${t('attempts')}: ${progress.attempts}`,
    `- ${t('scenarios')}: ${progress.scenarios}`,
    `- ${t('categoryAccuracy')}: ${pct(progress.categoryCorrect, progress.attempts)}`,
    `- ${t('actionAccuracy')}: ${pct(progress.actionCorrect, progress.attempts)}`,
    `- ${t('perfect')}: ${pct(progress.perfect, progress.attempts)}`,
    '',
    `## ${t('rules')}`,
    '',
    `| ${t('rule')} | ${t('overall')} | ${progress.days.join(' | ')} |`,
    `| --- | --- |${progress.days.map(() => ' --- |').join('')}`,
    ...progress.rules.map((rule) => {
      const days = progress.days.map((day) => {
        const entry = rule.byDay.find((d) => d.day === day);
        return entry ? `${entry.passed}/${entry.attempts}` : '';
      });
      return `| ${cell(ruleLabel(rule.rule, language))} | ${pct(rule.passed, rule.attempts)} (${rule.passed}/${rule.attempts}) | ${days.join(' | ')} |`;
    }),
    '',
    `## ${t('reportAttempts')}`,
    '',
  ];
  for (const attempt of [...attempts].sort((a, b) => a.at - b.at)) {
    const failed = attempt.rules.filter((r) => !r.passed).map((r) => ruleLabel(r.rule, language));
    const chosen = category(`cat_${attempt.chosenCategory}`);
    const expected = category(`cat_${attempt.expectedCategory}`);
    lines.push(
      `### ${new Date(attempt.at).toISOString().slice(0, 16).replace('T', ' ')} · ${attempt.scenarioId} (${attempt.platform}, ${attempt.language})`,
      '',
      `- ${attempt.chosenCategory === attempt.expectedCategory ? t('categoryRight', { category: expected }) : t('categoryWrong', { chosen, category: expected })}`,
      `- ${t(attempt.action === attempt.expectedAction ? 'actionRight' : 'actionWrong', { action: t(`action_${attempt.action}`), expected: t(`action_${attempt.expectedAction}`) })}`,
      `- ${t('reportFailed')}: ${failed.length ? failed.join(', ') : t('reportNone')}`,
      ...(attempt.reply ? [`- ${t('reportReply')}: > ${cell(attempt.reply)}`] : []),
      '',
    );
  }
  return lines.join('\n');
}

const CSV_COLUMNS = ['at', 'scenarioId', 'language', 'platform', 'expectedCategory', 'chosenCategory'] as const;

/** Every attempt as CSV, one row each: the passed and failed rules as lists of ids, then the reply. */
export function practiceAttemptsCsv(attempts: readonly PracticeAttempt[]): string {
  const header = [...CSV_COLUMNS, 'expectedAction', 'action', 'passedRules', 'failedRules', 'reply'];
  const rows = [...attempts]
    .sort((a, b) => a.at - b.at)
    .map((a) =>
      [
        new Date(a.at).toISOString(),
        ...CSV_COLUMNS.slice(1).map((column) => a[column]),
        a.expectedAction,
        a.action,
        a.rules.filter((r) => r.passed).map((r) => r.rule),
        a.rules.filter((r) => !r.passed).map((r) => r.rule),
        a.reply,
      ]
        .map(csvCell)
        .join(','),
    );
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
