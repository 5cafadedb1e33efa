/** Classification metrics for evaluation reports. */
export interface ClassReport {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  labels: string[];
  classes: ClassReport[];
  macroF1: number;
  macroRecall: number;
  accuracy: number;
  /** confusion[gold][pred] */
  confusion: number[][];
  n: number;
}

export function report(gold: string[], pred: string[], labels: string[]): Report {
  const idx = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = idx.get(gold[i]);
    const p = idx.get(pred[i]);
    if (g === undefined || p === undefined) continue;
    confusion[g][p]++;
    if (g === p) correct++;
  }
  const classes = labels.map((label, k) => {
    const tp = confusion[k][k];
    const support = confusion[k].reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, row) => a + row[k], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  const present = classes.filter((c) => c.support > 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    labels,
    classes,
    macroF1: mean(present.map((c) => c.f1)),
    macroRecall: mean(present.map((c) => c.recall)),
    accuracy: gold.length ? correct / gold.length : 0,
    confusion,
    n: gold.length,
  };
}

export const fmt = (x: number) => x.toFixed(3);

export function printReport(r: Report, indent = '    '): void {
  for (const c of r.classes) {
    console.log(
      `${indent}${c.label.padEnd(14)} P ${fmt(c.precision)}  R ${fmt(c.recall)}  F1 ${fmt(c.f1)}  n=${c.support}`,
    );
  }
  console.log(`${indent}confusion (rows gold, cols predicted: ${r.labels.join(' / ')})`);
  for (let i = 0; i < r.labels.length; i++)
    console.log(`${indent}  ${r.labels[i].padEnd(12)} ${r.confusion[i].map((n) => String(n).padStart(5)).join('')}`);
}
