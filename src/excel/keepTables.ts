/**
 * Our tables stay tables across regenerations: a table is brought to its new place and size by
 * inserting and deleting whole sheet rows, never converted to a range. Converting would rewrite
 * every structured reference to it (a client's `=SUM(CPTS_FdrOperationnelle[Budget])`) as fixed A1
 * references ("Using structured references with Excel tables",
 * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e),
 * and Table.resize needs ExcelApi 1.13, above what the add-in declares
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)).
 * Range.insert / Range.delete on whole rows are ExcelApi 1.1; rows inserted inside a table's body
 * grow it, rows inserted at its header row move it down, deleted body rows shrink it.
 *
 * Rows are deleted only where the old sheet holds nothing of the user's (the carry-over says which
 * rows do): those rows are rewritten anyway, so a failure right after the deletions loses nothing.
 * When that is impossible (too few such rows, other columns), the caller falls back to converting
 * the table and adding it again, and says so in its comment.
 *
 * Pure: plans the operations, the writer queues them in order.
 */

/** 0-based rows and columns, bounds included; r0 is the header row. */
export interface TableRect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export interface RowOperation {
  kind: "insert" | "delete";
  /** 0-based first row, in the sheet as it is when this operation runs. */
  row: number;
  count: number;
}

/** Contiguous runs of the given rows (sorted descending), as delete operations bottom-up. */
function deletions(rows: number[]): RowOperation[] {
  const sorted = [...rows].sort((a, b) => b - a);
  const ops: RowOperation[] = [];
  for (const r of sorted) {
    const last = ops[ops.length - 1];
    if (last && last.row === r + 1) {
      last.row = r;
      last.count++;
    } else ops.push({ kind: "delete", row: r, count: 1 });
  }
  return ops;
}

/**
 * The operations that turn the table at `from` into the table at `to`, or undefined when it cannot
 * be done without deleting a row holding the user's data. `userRows`: 0-based rows of the old sheet
 * holding something of the user's. Row 0 (the sheet marker) is never deleted.
 */
export function tableRowOperations(from: TableRect, to: TableRect, userRows: ReadonlySet<number>): RowOperation[] | undefined {
  if (from.c0 !== to.c0 || from.c1 !== to.c1 || to.r1 <= to.r0 || from.r1 <= from.r0) return undefined;
  const free = (r: number): boolean => r >= 1 && !userRows.has(r);
  const ops: RowOperation[] = [];
  // Size first (rows inside the body: the header stays where it is).
  const body = from.r1 - from.r0;
  const wanted = to.r1 - to.r0;
  if (wanted > body) ops.push({ kind: "insert", row: from.r1, count: wanted - body });
  if (wanted < body) {
    const candidates: number[] = [];
    for (let r = from.r1; r > from.r0 && candidates.length < body - wanted; r--) if (free(r)) candidates.push(r);
    if (candidates.length < body - wanted) return undefined;
    ops.push(...deletions(candidates));
  }
  // Then the place: rows inserted at the header row move the table down; free rows above it deleted move it up.
  const shift = to.r0 - from.r0;
  if (shift > 0) ops.push({ kind: "insert", row: from.r0, count: shift });
  if (shift < 0) {
    const candidates: number[] = [];
    for (let r = from.r0 - 1; r >= 1 && candidates.length < -shift; r--) if (free(r)) candidates.push(r);
    if (candidates.length < -shift) return undefined;
    ops.push(...deletions(candidates));
  }
  return ops;
}

/** Rows added (positive) or removed (negative) by the operations. */
export function netRows(ops: readonly RowOperation[]): number {
  return ops.reduce((n, op) => n + (op.kind === "insert" ? op.count : -op.count), 0);
}
