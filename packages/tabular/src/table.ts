/** The in-memory shape every reader produces: a header and column-major string cells. */

/**
 * A parsed file before validation. Cells are raw text, column-major (`columns[c][r]`), every
 * column has exactly `rowCount` entries. Rows that were blank in the file stay in place as
 * all-empty rows so that row numbers match what a spreadsheet shows.
 */
export type Table = {
  fileName: string;
  header: string[];
  columns: string[][];
  rowCount: number;
  /** 1-based file row of the header line (1 unless blank lines precede it); data row r is `headerRow + 1 + r`. */
  headerRow?: number;
  /** The CSV delimiter used; a ';' hints that a lone ',' in numbers is a decimal comma. */
  delimiter?: string;
};

/** The 1-based spreadsheet row of data row `r` (0-based) of `table`. */
export function fileRowOf(table: Table, r: number): number {
  return (table.headerRow ?? 1) + 1 + r;
}
