/**
 * Consistency rules of the sections that passed the schema: arrivals inside the shift, a complete SLA
 * matrix with a target for every priority it gives, rising warning thresholds, exactly one
 * service-desk group, callers where a person calls, and a truth that matches what the arrival offers.
 */
import type { CheckContext, SemanticInput } from './check-context.ts';
import { fixOutcome } from './fixes.ts';
import type { PathSegment } from './json-path.ts';
import type { ArrivalFile, ScenarioFile } from './schema.ts';

type Meta = ScenarioFile['meta'];
type Organisation = ScenarioFile['organisation'];
type Sla = ScenarioFile['sla'];

import { clockToMinutes, minutesFromStart, minutesToClock } from './time.ts';

function checkMeta(ctx: CheckContext, meta: Meta): void {
  const seen = new Set<number>();
  meta.targetLevels.forEach((level, i) => {
    if (seen.has(level)) {
      ctx.errors.push({ path: ['meta', 'targetLevels', i], message: `level ${level} is listed twice` });
    }
    seen.add(level);
  });
}

function checkGroups(ctx: CheckContext, org: Organisation): void {
  const desks = org.groups.flatMap((g, i) => (g.tier === 'service-desk' ? [i] : []));
  const [first, ...others] = desks;
  if (first === undefined) {
    ctx.errors.push({
      path: ['organisation', 'groups'],
      message: 'no group has tier "service-desk"; exactly one must (the desk itself)',
    });
    return;
  }
  const line = ctx.lineOf(['organisation', 'groups', first, 'tier']);
  for (const i of others) {
    ctx.errors.push({
      path: ['organisation', 'groups', i, 'tier'],
      message: `a second group has tier "service-desk" (first at line ${line}); exactly one must`,
    });
  }
}

function checkSla(ctx: CheckContext, sla: Sla): void {
  const cells = new Map<string, number>();
  const priorities = new Map<number, string>();
  sla.matrix.forEach((cell, i) => {
    const key = `impact ${cell.impact} x urgency ${cell.urgency}`;
    const first = cells.get(key);
    if (first !== undefined) {
      const line = ctx.lineOf(['sla', 'matrix', first]);
      ctx.errors.push({
        path: ['sla', 'matrix', i],
        message: `${key} appears twice (first at line ${line})`,
      });
      return;
    }
    cells.set(key, i);
    if (!priorities.has(cell.priority)) priorities.set(cell.priority, key);
  });
  for (const impact of [1, 2, 3]) {
    for (const urgency of [1, 2, 3]) {
      const key = `impact ${impact} x urgency ${urgency}`;
      if (!cells.has(key))
        ctx.errors.push({ path: ['sla', 'matrix'], message: `${key} is missing from the matrix` });
    }
  }
  const targets = new Map<number, number>();
  sla.targets.forEach((target, i) => {
    const first = targets.get(target.priority);
    if (first === undefined) targets.set(target.priority, i);
    else {
      const line = ctx.lineOf(['sla', 'targets', first]);
      ctx.errors.push({
        path: ['sla', 'targets', i, 'priority'],
        message: `a second target for priority ${target.priority} (first at line ${line})`,
      });
    }
  });
  for (const [priority, key] of [...priorities].sort((a, b) => a[0] - b[0])) {
    if (!targets.has(priority)) {
      ctx.errors.push({
        path: ['sla', 'targets'],
        message: `no target for priority ${priority}, which the matrix gives for ${key}`,
      });
    }
  }
  sla.warningPercents.forEach((percent, i) => {
    const before = sla.warningPercents[i - 1];
    if (before !== undefined && percent <= before) {
      ctx.errors.push({
        path: ['sla', 'warningPercents', i],
        message: `warningPercents[${i}] ${percent} must be greater than the one before it (${before})`,
      });
    }
  });
}

function checkTime(ctx: CheckContext, meta: Meta, arrival: ArrivalFile, base: PathSegment[]): void {
  const length = meta.lengthMinutes;
  const minute = minutesFromStart(arrival.at, meta.shiftStart);
  if (minute >= length) {
    const start = meta.shiftStart;
    const end = minutesToClock(clockToMinutes(start) + length);
    const message =
      typeof arrival.at === 'number'
        ? `at ${arrival.at} is at or after the end of the shift (${length} minutes)`
        : `at "${arrival.at}" is outside the shift, which runs from ${start} to ${end}`;
    ctx.errors.push({ path: [...base, 'at'], message });
    return;
  }
  const before = arrival.truth.escalation?.beforeMinute;
  if (before !== undefined && before <= minute) {
    ctx.errors.push({
      path: [...base, 'truth', 'escalation', 'beforeMinute'],
      message: `beforeMinute ${before} is not after the arrival (minute ${minute})`,
    });
  }
}

/**
 * Graded fixes: once any fix has an outcome, exactly one is "right" and truth.fix names it; a
 * consequence belongs to a fix that is not right. `fixReported`: truth.fix is missing and that was
 * already reported.
 */
function checkFixOutcomes(
  ctx: CheckContext,
  arrival: ArrivalFile,
  base: PathSegment[],
  fixReported: boolean,
): void {
  const fixes = arrival.fixes ?? [];
  const right = arrival.truth.fix;
  fixes.forEach((f, j) => {
    if (f.consequence !== undefined && fixOutcome(arrival, f.id) === 'right') {
      ctx.errors.push({
        path: [...base, 'fixes', j, 'consequence'],
        message: `consequence is for a fix that is not right; ${JSON.stringify(f.id)} is the right fix`,
      });
    }
  });
  if (!fixes.some((f) => f.outcome !== undefined)) return;
  if (right === undefined) {
    if (!fixReported)
      ctx.errors.push({
        path: [...base, 'truth', 'fix'],
        message: 'missing required key "fix" (the fixes have outcomes: it names the one "right" fix)',
      });
    return;
  }
  const named = fixes.find((f) => f.id === right);
  // A truth.fix naming no fix is reported by the reference check.
  if (named === undefined) return;
  const marked = fixes.filter((f) => f.id !== right && f.outcome === 'right');
  if (named.outcome !== undefined && named.outcome !== 'right') {
    const which = marked[0] === undefined ? '' : ` (${JSON.stringify(marked[0].id)})`;
    ctx.errors.push({
      path: [...base, 'truth', 'fix'],
      message: `fix ${JSON.stringify(right)} has outcome ${JSON.stringify(named.outcome)}; truth.fix must name the one "right" fix${which}`,
    });
  }
  fixes.forEach((f, j) => {
    if (f.id === right || f.outcome !== 'right') return;
    ctx.errors.push({
      path: [...base, 'fixes', j, 'outcome'],
      message: `outcome "right" on ${JSON.stringify(f.id)}, but truth.fix names ${JSON.stringify(right)}; exactly one fix is right, the one truth.fix names`,
    });
  });
}

function checkArrival(ctx: CheckContext, input: SemanticInput, arrival: ArrivalFile, i: number): void {
  const base: PathSegment[] = ['timeline', i];
  if (input.meta !== undefined) checkTime(ctx, input.meta, arrival, base);
  if (arrival.caller === undefined && arrival.channel !== 'monitoring') {
    ctx.errors.push({
      path: [...base, 'caller'],
      message: `missing required key "caller" (only monitoring alerts come without a caller)`,
    });
  }
  const t = arrival.truth;
  const hasFixes = (arrival.fixes ?? []).length > 0;
  // When another group owns the ticket, every offered fix may be a trap; the desk's own must have a right one.
  const deskOwns = (input.organisation?.groups ?? []).some(
    (g) => g.id === t.group && g.tier === 'service-desk',
  );
  if (hasFixes && deskOwns && t.fix === undefined) {
    ctx.errors.push({
      path: [...base, 'truth', 'fix'],
      message: 'missing required key "fix" (the desk resolves this arrival itself and it offers fixes)',
    });
  }
  if ((arrival.causes ?? []).length > 0 && t.cause === undefined) {
    ctx.errors.push({
      path: [...base, 'truth', 'cause'],
      message: 'missing required key "cause" (the arrival offers causes)',
    });
  }
  checkFixOutcomes(ctx, arrival, base, hasFixes && deskOwns);
  (arrival.followUps ?? []).forEach((f, j) => {
    const path = [...base, 'followUps', j, 'trigger'];
    if (f.trigger === 'wrong-fix' && !hasFixes) {
      ctx.errors.push({ path, message: 'trigger "wrong-fix" needs the arrival to offer fixes' });
    }
    if (f.trigger === 'not-escalated' && t.escalation === undefined) {
      ctx.errors.push({ path, message: 'trigger "not-escalated" needs truth.escalation' });
    }
  });
}

/** Time, SLA, group and truth-shape rules of the sections present; appends to `ctx.errors`. */
export function checkPolicy(ctx: CheckContext, input: SemanticInput): void {
  if (input.meta !== undefined) checkMeta(ctx, input.meta);
  if (input.organisation !== undefined) checkGroups(ctx, input.organisation);
  if (input.sla !== undefined) checkSla(ctx, input.sla);
  for (const { item, index } of input.timeline) checkArrival(ctx, input, item, index);
}
