import { describe, expect, it } from 'vitest';
import { readJourneysFile } from '../../src/core/attribution';

const paths = (text: string) => {
  const file = readJourneysFile(text);
  if (!file.ok) throw new Error(file.error.message);
  return file.value.journeys.map((j) => [
    j.touches.map((t) => t.channel).join('>'),
    j.conversions,
    j.value,
    j.nulls,
  ]);
};

describe('readJourneysFile', () => {
  it('reads the ChannelAttribution columns with ; and spaces around >', () => {
    const text =
      'path;total_conversions;total_conversion_value;total_null\n' +
      'eta > iota > alpha > eta;1;0.244;3\n' +
      'iota > iota > iota > iota;2;3.195;6\n';
    expect(paths(text)).toEqual([
      ['eta>iota>alpha>eta', 1, 0.244, 3],
      ['iota>iota>iota>iota', 2, 3.195, 6],
    ]);
    expect(readJourneysFile(text)).toMatchObject({ ok: true, value: { hasValue: true, hasNulls: true } });
  });

  it('takes a BOM, quoted fields, CRLF, empty lines, extra columns and a decimal comma with ;', () => {
    const text =
      '\uFEFFsegment;Path;Total_Conversions;total_conversion_value\r\n' +
      'b2b;"Messe > ""Newsletter"" > Web";2;1200,50\r\n' +
      '\r\n' +
      ';;;\r\n' +
      'b2c;web;1;\r\n';
    expect(paths(text)).toEqual([
      ['Messe>"Newsletter">Web', 2, 1200.5, 0],
      ['web', 1, 0, 0],
    ]);
  });

  it('reads a comma-separated file without value and null columns', () => {
    const text = 'path,total_conversions\n"a > b",3\nb,0\n';
    expect(paths(text)).toEqual([
      ['a>b', 3, 0, 0],
      ['b', 0, 0, 0],
    ]);
    expect(readJourneysFile(text)).toMatchObject({ ok: true, value: { hasValue: false, hasNulls: false } });
  });

  it('takes another channel separator', () => {
    const file = readJourneysFile('path,total_conversions\nseo | mail,1\n', { separator: '|' });
    expect(file.ok && file.value.journeys[0]?.touches).toEqual([{ channel: 'seo' }, { channel: 'mail' }]);
  });

  it('an empty file or a header alone has no journeys', () => {
    expect(readJourneysFile('')).toEqual({
      ok: true,
      value: { journeys: [], hasValue: false, hasNulls: false },
    });
    expect(readJourneysFile('\uFEFF\n')).toMatchObject({ ok: true, value: { journeys: [] } });
    expect(readJourneysFile('path;total_conversions\n')).toMatchObject({ ok: true, value: { journeys: [] } });
  });

  it.each([
    [
      'path,conversions\na,1\n',
      'line 1: the header needs the column total_conversions (found: path, conversions)',
    ],
    [
      'path,total_conversions\n\na,1\nb,x\n',
      'line 4, column total_conversions: "x" is not a number of 0 or more',
    ],
    ['path,total_conversions\na,-1\n', 'line 2, column total_conversions: "-1" is not a number of 0 or more'],
    [
      'path,total_conversions\na,\n',
      'line 2, column total_conversions: empty; give the number of conversions (0 or more)',
    ],
    ['path,total_conversions\n,1\n', 'line 2, column path: empty; a journey needs at least one channel'],
    [
      'path,total_conversions\na > > b,1\n',
      'line 2, column path: an empty channel name between two ">" in "a > > b"',
    ],
    [
      'path,total_conversions,total_null\na,1,1.5.2\n',
      'line 2, column total_null: "1.5.2" is not a number of 0 or more',
    ],
    [
      'path,total_conversions,total_conversion_value\na,0,10\n',
      'line 2, column total_conversion_value: a value of 10 on a path without conversions',
    ],
    ['path,total_conversions\na,1,2\n', 'line 2: 3 fields where the header has 2 (is "," the delimiter?)'],
    ['path,total_conversions\na,1\n"b\n,2\n', 'line 3: a quote opened here is never closed'],
    [
      'path,total_conversions\n"a"b,1\n',
      'line 2: text after a closing quote (write "" for a quote inside a field)',
    ],
    [
      'path;total_conversions\n"a\n>b";1\nc;x\n',
      'line 4, column total_conversions: "x" is not a number of 0 or more',
    ],
  ])('rejects %j with one line naming line and column', (text, message) => {
    expect(readJourneysFile(text)).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message },
    });
  });
});
