import { readdir, readFile } from 'node:fs/promises';

/** CPU time counters from `/proc`, which stay meaningful when other work shares the machine. */

/** CPU seconds (user + system) a running process has used so far; 0 once it is gone. */
export async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}

/**
 * CPU seconds used so far by the PostgreSQL processes of our cluster: the postmaster, its running
 * children, and (through the postmaster's `cutime`/`cstime`) the children that have exited, such as the
 * backend of a pool connection closed while idle. Without the last, a backend ending during a
 * measurement would take its CPU time out of the total.
 */
export async function postgresCpuSeconds(postmasterPid: number): Promise<number> {
  let seconds = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    if (pid === postmasterPid)
      seconds += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
    else if (Number(fields[1]) === postmasterPid) seconds += await cpuSecondsOf(pid);
  }
  return seconds;
}

/** Machine-wide CPU time counters from /proc/stat: busy, idle and stolen (by the hypervisor). */
export async function machineCpu(): Promise<{ busy: number; idle: number; steal: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
  return {
    busy: (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0),
    idle: (idle ?? 0) + (iowait ?? 0),
    steal: steal ?? 0,
  };
}
