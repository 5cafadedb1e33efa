/** One line of `npm run eval`'s table. */
export interface EvalRow {
  set: string;
  lang: string;
  metric: string;
  n: number;
  value: number;
  /** The figure to beat: our model before this work, or the linear baseline on public sets. */
  baseline: number | null;
  goal: number | null;
  /** For calibration error: the goal is a maximum. */
  lowerIsBetter?: boolean;
  pass?: boolean;
}

export function row(r: Omit<EvalRow, 'pass'>): EvalRow {
  const pass =
    r.goal === null
      ? undefined
      : Number.isNaN(r.value)
        ? false
        : r.lowerIsBetter
          ? r.value <= r.goal
          : r.value >= r.goal;
  return { ...r, pass };
}
