import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../src/services/csvTable';

interface SpectrumFile {
  name: string;
  csv: Buffer;
  json: Buffer;
}

/** The csv-spectrum suite: every CSV file with the JSON its rows should read as. */
const spectrum = await new Promise<SpectrumFile[]>((resolve, reject) => {
  const load = createRequire(import.meta.url)('csv-spectrum') as (
    done: (error: Error | null, files: SpectrumFile[]) => void,
  ) => void;
  load((error, files) => (error ? reject(error) : resolve(files)));
});

/**
 * Where the suite's JSON does not describe its CSV: location_coordinates.json carries another phone
 * number than the CSV's row (a known slip of the suite), so that cell is not compared.
 */
const notComparable: Record<string, readonly string[]> = {
  location_coordinates: ['Contact Phone Number'],
};

/** Every file of csv-spectrum read through the project's CSV reading (`fromCsv`, bytes in). */
describe('csv-spectrum', () => {
  it('has the files this test expects', () =>
    expect(spectrum.map((f) => f.name)).toEqual(
      expect.arrayContaining(['comma_in_quotes', 'location_coordinates', 'newlines_crlf', 'utf8']),
    ));

  it.each(spectrum.map((f) => [f.name, f] as const))('reads %s as its JSON says', (name, file) => {
    const parsed = JSON.parse(file.json.toString('utf8')) as
      Record<string, string> | Record<string, string>[];
    const expected = Array.isArray(parsed) ? parsed : [parsed];
    const columns = Object.keys(expected[0] ?? {});
    const table = fromCsv(file.csv, columns, columns);
    expect(table.ok, JSON.stringify(table)).toBe(true);
    if (!table.ok) return;
    const skip = notComparable[name] ?? [];
    const strip = (row: Record<string, string>) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => !skip.includes(column)));
    expect(table.value.map((r) => strip(r.cells))).toEqual(expected.map(strip));
  });

  it('keeps the bare quotes of location_coordinates.csv as the spreadsheet shows them', () => {
    const file = spectrum.find((f) => f.name === 'location_coordinates');
    const columns = ['Contact Phone Number', 'Location Coordinates', 'Cities', 'Counties'];
    const table = file && fromCsv(file.csv, columns, columns);
    expect(table?.ok && table.value[0]?.cells).toEqual({
      'Contact Phone Number': '2095257564',
      'Location Coordinates': `37\uFFFD36'37.8"N 121\uFFFD2'17.9"W`,
      Cities: 'Modesto',
      Counties: 'Stanislaus',
    });
  });
});
