import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/**
 * `textAt`: on a handled row that carries its comment text, and only there, the row's actionAt. Indexed (v6),
 * so "how many texts are stored" and "which texts are past retention" read the index instead of
 * deserialising every row (100,000 rows took 1-2 s to count). IndexedDB leaves a row without the field out
 * of the index, which is what makes it cheap.
 */
export const TEXT_AT = 'textAt';

/** The row as it must be stored: textAt present exactly when text is. Never mutates its argument. */
export function withTextAt<Row extends { text?: string; actionAt: number }>(row: Row): Row & { textAt?: number } {
  const { [TEXT_AT]: _old, ...rest } = row as Row & { textAt?: number };
  return row.text === undefined ? (rest as Row) : { ...(rest as Row), textAt: row.actionAt };
}

/** The row as it leaves the database (backups, CSV): the index field is ours, not the user's data. */
export function withoutTextAt<Row extends object>(row: Row): Omit<Row, 'textAt'> {
  const { [TEXT_AT]: _dropped, ...rest } = row as Row & { textAt?: number };
  return rest;
}

/**
 * Keeps textAt right on every write to the handled table, whoever writes (log, import, modify() that
 * deletes a text), so no writer can forget it.
 */
export const textIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'careside-text-index',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'handled') return table;
      return {
        ...table,
        mutate: (request: DBCoreMutateRequest) =>
          table.mutate(
            request.type === 'put' || request.type === 'add'
              ? { ...request, values: request.values.map(withTextAt) }
              : request,
          ),
      };
    },
  }),
};
