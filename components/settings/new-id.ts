/** A short id unique within a list, for topics and departments the user adds. */
export function newId(prefix: string, taken: readonly string[]): string {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.includes(id)) return id;
  }
}
