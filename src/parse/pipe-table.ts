/** A pipe table's delimiter row: "|---|:--:|", "--- | ---". */
export const DELIMITER_ROW = /^[\s|:-]*-[\s|:-]*$/;

/** A pipe table row's cells, trimmed, without its outer pipes. */
export function pipeCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}
