import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 12: the monitoring and analytics charts printed axis labels on top of each other ("2.500/2.400").
 * Every ECharts axis label of the web app either hides overlapping labels or fixes which labels it shows
 * (`interval: 0` for the Pareto's touchpoints, `customValues` for the 1-5 scales), or shows none (the
 * experience curve, whose phase columns name the phases right below it).
 */
const features = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'web',
  'src',
  'features',
);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]),
    ),
  );
  return nested.flat().filter((f) => /\.tsx?$/.test(f));
}

/** The text of each `axisLabel: { … }` object, braces balanced. */
function axisLabels(source: string): string[] {
  const found: string[] = [];
  for (let at = source.indexOf('axisLabel: {'); at >= 0; at = source.indexOf('axisLabel: {', at + 1)) {
    let depth = 0;
    let end = source.indexOf('{', at);
    for (; end < source.length; end++) {
      if (source[end] === '{') depth++;
      if (source[end] === '}' && --depth === 0) break;
    }
    found.push(source.slice(at, end + 1));
  }
  return found;
}

describe('chart axis labels', () => {
  it('never overlap', async () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const file of await sourceFiles(features)) {
      for (const label of axisLabels(await readFile(file, 'utf8'))) {
        checked++;
        if (!/hideOverlap: true|interval: 0|customValues|show: false/.test(label))
          offenders.push(`${path.relative(features, file)}: ${label.replace(/\s+/g, ' ')}`);
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
