/**
 * The SLA clock's speed: `npm run bench -- sla-clock`. No database, no server.
 *
 * Computes deadlines (`addBusinessHours`) and business-time spans (`businessHoursBetween`) for random
 * starts from 2026 to 2028 under the default calendar (Monday to Friday 09:00-17:00 Europe/Berlin,
 * public holidays of DE-BY), after a warm-up that also fills the holiday cache of those years; then the
 * time of single huge durations (100,000 hours, about 48 years), first with a cold holiday cache.
 * Prints rates by wall time and by CPU time of this process (the machine may be shared).
 *
 * BENCH_N (default 20000) changes the number of random inputs per measurement.
 */
import os from 'node:os';
import {
  addBusinessHours,
  buildBusinessCalendar,
  businessHoursBetween,
  defaultBusinessHours,
} from '../src/core/sla';
import { germanPublicHolidays, parseGermanRegion } from '../src/core/sla/germanPublicHolidays';

const n = Number(process.env.BENCH_N ?? 20_000);
const region = parseGermanRegion('DE-BY');
if (!region.ok) throw new Error(region.error.message);
const calendar = buildBusinessCalendar(defaultBusinessHours, germanPublicHolidays(region.value));
if (!calendar.ok) throw new Error(calendar.error.message);
const cal = calendar.value;

let seed = 42;
const random = () => {
  // A small linear congruential generator: the same inputs on every run.
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const from = Date.parse('2026-01-01T00:00:00Z');
const span = Date.parse('2029-01-01T00:00:00Z') - from;
const inputs = (maxHours: number) =>
  Array.from({ length: n }, () => ({
    start: new Date(from + Math.floor(random() * span)),
    hours: Math.round(random() * maxHours * 4) / 4,
  }));

function measure(label: string, run: () => void): void {
  const cpu = process.cpuUsage();
  const began = performance.now();
  run();
  const seconds = (performance.now() - began) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rate = (s: number) => Math.round(n / s).toLocaleString('en');
  console.log(
    `${label.padEnd(44)} ${rate(seconds).padStart(9)}/s wall  ${rate(cpuSeconds).padStart(9)}/s CPU`,
  );
}

console.log(
  `${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? '?'}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`,
);

// A huge duration first, while the holiday cache is still cold.
const huge = (label: string) => {
  const began = performance.now();
  const due = addBusinessHours(new Date('2026-12-24T10:00:00+01:00'), 100_000, cal);
  if (!due.ok) throw new Error(due.error.message);
  console.log(
    `${label.padEnd(44)} ${(performance.now() - began).toFixed(0).padStart(9)} ms (${due.value.toISOString()})`,
  );
};
huge('100,000 h, cold holiday cache');
huge('100,000 h, warm');

const sink: number[] = [];
const warmUp = inputs(40);
for (const { start, hours } of warmUp) {
  const due = addBusinessHours(start, hours, cal);
  if (due.ok) sink.push(due.value.getTime());
}
for (const maxHours of [8, 40, 400]) {
  const cases = inputs(maxHours);
  measure(`deadlines, 0-${maxHours} h`, () => {
    for (const { start, hours } of cases) {
      const due = addBusinessHours(start, hours, cal);
      if (due.ok) sink.push(due.value.getTime());
    }
  });
}
const spans = inputs(40).map(
  ({ start, hours }) => [start, new Date(start.getTime() + hours * 3_600_000 * 3)] as const,
);
measure('businessHoursBetween, spans of 0-120 h', () => {
  for (const [a, b] of spans) sink.push(businessHoursBetween(a, b, cal));
});
if (sink.length === 0) console.log('nothing computed');
