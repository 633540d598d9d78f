import type { Options } from 'csv-parse';

/**
 * The csv-parse options every CSV import reads with, so that a file imports as a spreadsheet program
 * shows it: a quote inside an unquoted cell is a character (`37°36'37.8"N`, not "Invalid Opening
 * Quote"), and rows whose cells are all empty (Excel writes `;;;` for formatted empty rows) are
 * skipped like empty lines. Ragged rows are let through for the caller to report with their line.
 *
 * @example parse(text, spreadsheetCsvOptions(sniffDelimiter(text)))
 */
export function spreadsheetCsvOptions(delimiter: string) {
  return {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    info: true,
  } as const satisfies Options;
}
