/**
 * Temperature scaling (Guo et al., 2017): one number per softmax head that makes its probabilities honest,
 * fitted on out-of-fold logits (each text scored by the ensemble run that did not train on it).
 */
export interface Scored {
  logits: Float64Array;
  offset: number;
  size: number;
  target: number;
}

function nll(rows: Scored[], temperature: number): number {
  let sum = 0;
  for (const r of rows) {
    let max = -Infinity;
    for (let k = 0; k < r.size; k++) max = Math.max(max, r.logits[r.offset + k] / temperature);
    let z = 0;
    for (let k = 0; k < r.size; k++) z += Math.exp(r.logits[r.offset + k] / temperature - max);
    sum += -(r.logits[r.offset + r.target] / temperature - max - Math.log(z));
  }
  return sum / Math.max(1, rows.length);
}

/** The temperature in [0.3, 5] with the lowest negative log-likelihood (golden-section search on log T). */
export function fitTemperature(rows: Scored[]): number {
  if (rows.length === 0) return 1;
  let lo = Math.log(0.3);
  let hi = Math.log(5);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (nll(rows, Math.exp(a)) < nll(rows, Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
