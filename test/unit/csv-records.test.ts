import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/core/csv/csvRecords';

describe('csvRecords', () => {
  it('splits fields and records, with the line each record starts on', () => {
    expect(csvRecords('\uFEFFa;"b;c"\r\n1;"x\ny"\n\n"q""uote" ;\n', ';')).toEqual({
      ok: true,
      value: [
        { fields: ['a', 'b;c'], line: 1 },
        { fields: ['1', 'x\ny'], line: 2 },
        { fields: [''], line: 4 },
        { fields: ['q"uote', ''], line: 5 },
      ],
    });
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(csvRecords(',,\n1,,3', ',')).toEqual({
      ok: true,
      value: [
        { fields: ['', '', ''], line: 1 },
        { fields: ['1', '', '3'], line: 2 },
      ],
    });
    expect(csvRecords('', ',')).toEqual({ ok: true, value: [] });
  });

  it('names the line of an unclosed quote and of text after a closing quote', () => {
    expect(csvRecords('a\n"b\nc', ',')).toMatchObject({ ok: false, error: { details: { line: 2 } } });
    expect(csvRecords('a\n\n"b"c', ',')).toMatchObject({ ok: false, error: { details: { line: 3 } } });
  });
});
