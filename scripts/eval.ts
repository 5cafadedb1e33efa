/**
 * npm run eval — benchmarks (not tests): every ../shared/data dev set that maps onto our outputs, with the
 * published numbers and AFINN/VADER on the same texts; then language id and the team-written held-out set.
 */
import { afinnPolarity, vaderPolarity } from './train/baselines';
import { readShared, SHARED_DATA, sharedDataAvailable } from './train/data-files';
import { evalLanguage } from './train/eval-language';
import { EVAL_TASKS, type EvalTask } from './train/eval-tasks';
import { evalTeamHeldout } from './train/eval-team';
import { fmt, printReport, report, type Report } from './train/metrics';

function metricOf(task: EvalTask, r: Report): number {
  if (task.metric === 'macroRecall') return r.macroRecall;
  if (task.metric === 'posNegF')
    return (r.classes.find((c) => c.label === 'positive')!.f1 + r.classes.find((c) => c.label === 'negative')!.f1) / 2;
  return r.macroF1;
}

function runTask(task: EvalTask): void {
  const rows = readShared(task.set, 'dev').filter((r) => typeof r.text === 'string' && task.gold(r) !== null);
  if (!rows.length) return;
  const gold = rows.map((r) => task.gold(r)!);
  const ours = report(
    gold,
    rows.map((r) => task.ours(r.text)),
    task.labels,
  );
  const goal =
    task.goal !== undefined ? ` (goal ≥ ${task.goal}${metricOf(task, ours) >= task.goal ? ', met' : ', NOT met'})` : '';
  console.log(`\n== ${task.set} dev — ${task.title}, n=${rows.length}`);
  console.log(`  ours ${task.metric} ${fmt(metricOf(task, ours))}${goal}`);
  if (task.fromPolarity) {
    const map = task.fromPolarity;
    const afinn = report(
      gold,
      rows.map((r) => map(afinnPolarity(r.text))),
      task.labels,
    );
    const vader = report(
      gold,
      rows.map((r) => map(vaderPolarity(r.text))),
      task.labels,
    );
    console.log(`  AFINN ${fmt(metricOf(task, afinn))}   VADER ${fmt(metricOf(task, vader))}   (same texts)`);
  }
  console.log(`  published: ${task.published}`);
  printReport(ours);
}

function main(): void {
  if (!sharedDataAvailable()) {
    console.warn(
      `! ${SHARED_DATA} not found: public benchmarks skipped; evaluating the team-written held-out set only.`,
    );
  } else {
    const only = process.argv[2];
    for (const task of EVAL_TASKS) if (!only || task.set === only) runTask(task);
    if (!only) evalLanguage();
  }
  evalTeamHeldout('heldout');
  evalTeamHeldout('fresh');
  evalTeamHeldout('fresh2');
}

main();
