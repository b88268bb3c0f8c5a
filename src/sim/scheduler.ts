// Scheduler jobs really run: a simple trigger fires its jobs at startTime + k * schedulerInterval seconds
// (k < repeatCount when given). Cron triggers are stored but not evaluated.
import { parseDate } from './dates.js';
import type { Sim } from './sim.js';
import type { Rec } from './store.js';

/** What each job type does to its target VM: the state it needs and the state it leaves. */
const VM_ACTIONS: Record<string, { from: readonly string[]; to: string }> = {
  startVm: { from: ['Stopped'], to: 'Running' },
  stopVm: { from: ['Running'], to: 'Stopped' },
  rebootVm: { from: ['Running'], to: 'Running' },
};

/** Per simulator: up to when each job/trigger pair has been handled (not persisted: a restart does not replay). */
const handled = new WeakMap<Sim, Map<string, number>>();

function firingsBetween(trigger: Rec, after: number, upTo: number): number {
  const interval = Number(trigger.schedulerInterval) * 1000;
  const start = trigger.startTime === null || trigger.startTime === undefined ? parseDate(trigger.createDate) : parseDate(trigger.startTime);
  if (trigger.schedulerType !== 'simple' || !(interval > 0) || !Number.isFinite(start) || upTo < start) return 0;
  const limit = Number(trigger.repeatCount) > 0 ? Number(trigger.repeatCount) : Infinity;
  // Occurrence k happens at start + k * interval; count those in (after, upTo].
  const upToK = Math.min(Math.floor((upTo - start) / interval), limit - 1);
  const afterK = after < start ? -1 : Math.min(Math.floor((after - start) / interval), limit - 1);
  return Math.max(0, upToK - afterK);
}

/** Runs what fell due since the last call; true when something changed. */
export function fireSchedulers(sim: Sim, now: number): boolean {
  let seen = handled.get(sim);
  if (!seen) handled.set(sim, (seen = new Map()));
  let changed = false;
  for (const ref of sim.store.table('SchedulerJobSchedulerTrigger').scan()) {
    const key = `${String(ref.schedulerJobUuid)}/${String(ref.schedulerTriggerUuid)}`;
    const after = seen.get(key) ?? parseDate(ref.createDate) - 1;
    // Only forward: a late call with an older clock must not replay firings.
    if (now <= after) continue;
    seen.set(key, now);
    const job = sim.store.table('SchedulerJob').get(String(ref.schedulerJobUuid));
    const trigger = sim.store.table('SchedulerTrigger').get(String(ref.schedulerTriggerUuid));
    if (!job || !trigger || job.state !== 'Enabled' || firingsBetween(trigger, after, now) === 0) continue;
    const action = VM_ACTIONS[String(job.type)];
    const vm = sim.store.table('VmInstance').get(String(job.targetResourceUuid));
    if (!action || !vm || !action.from.includes(String(vm.state))) continue;
    sim.update('VmInstance', vm, { state: action.to });
    changed = true;
  }
  return changed;
}
