/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula. Exported
 * cells get a leading apostrophe so they stay text (OWASP "CSV injection"); import takes it off again.
 * @example safeCell('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The inverse of `safeCell` for imported text. */
export function unsafeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Several values in one cell, e.g. the phases of a touchpoint: `attention|interest`. */
export const LIST_SEPARATOR = '|';

export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}
