import { describe, expect, it } from 'vitest';
import { readChosenFile } from '../../web/src/components/readChosenFile';
import { validateKpiValuesCsv } from '../../web/src/features/monitoring/kpiValuesCsv';

const messages = {
  none: 'none',
  unreadable: 'unreadable',
  undecodable: ({ encoding, line }: { encoding: string; line: number }) => `not ${encoding} at ${line}`,
};
const csvFile = (bytes: Buffer) => new File([new Uint8Array(bytes)], 'kpis.csv', { type: 'text/csv' });

/** The KPI values import reads the file in the browser: with the server's decoder, not File.text(). */
describe('readChosenFile', () => {
  it('reads a Latin-1 file as Excel shows it', async () => {
    const read = await readChosenFile(
      csvFile(Buffer.from('kpi;note\r\nGröße;Müller\r\n', 'latin1')),
      messages,
    );
    expect(read).toEqual({ ok: true, text: 'kpi;note\r\nGröße;Müller\r\n' });
  });

  it('reads Excel\'s "Unicode-Text" (UTF-16 with tabs) into KPI rows', async () => {
    const text = 'date\ttouchpoint\tkpi\tvalue\tnote\r\n2026-01-31\tMesse\tAnfragen\t12,5\tFrühjahr\r\n';
    const read = await readChosenFile(csvFile(Buffer.from(`\uFEFF${text}`, 'utf16le')), messages);
    expect(read).toEqual({ ok: true, text });
    const checked = validateKpiValuesCsv(
      read.ok ? read.text : '',
      [{ id: 't1', name: 'Messe' }],
      [{ id: 'k1', name: 'Anfragen', touchpointId: 't1' }],
    );
    expect(checked).toMatchObject({
      ok: true,
      rows: [{ line: 2, kpiId: 'k1', value: { value: 12.5, note: 'Frühjahr' } }],
    });
  });

  it('names the encoding and the line of a byte it cannot read, and asks for a file when none is chosen', async () => {
    const broken = Buffer.concat([Buffer.from('\uFEFFkpi\nGröße\n'), Buffer.from('Müller\n', 'latin1')]);
    expect(await readChosenFile(csvFile(broken), messages)).toEqual({
      ok: false,
      message: 'not UTF-8 (with BOM) at 3',
    });
    expect(await readChosenFile(null, messages)).toEqual({ ok: false, message: 'none' });
  });
});
