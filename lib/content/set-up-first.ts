/** work(shouldYield) does as much as it can and returns true when more is left (see idle-scheduler). */
type SlicedWork = (shouldYield: () => boolean) => boolean;

/**
 * Runs one-time set-up steps (the classifier's, each a few ms) before the first read, checking between
 * steps whether the idle slice is spent: set-up lands in several short tasks, not in one long one.
 * A step that throws is skipped; whatever it should have prepared is then prepared on first use.
 */
export function withSetUpFirst(steps: ReadonlyArray<() => void>, work: SlicedWork): SlicedWork {
  let next = 0;
  return (shouldYield) => {
    while (next < steps.length) {
      try {
        steps[next]();
      } catch {
        // never throw into the page
      }
      next++;
      if (shouldYield()) return true;
    }
    return work(shouldYield);
  };
}
