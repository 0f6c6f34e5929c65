/**
 * Commands that look across tickets: raising a problem from related incidents and reporting SLA
 * deviations.
 */
import { COMMAND_MINUTES } from './command-schema.ts';
import { addProblem, at, type Draft, emit, observe, writeTicket } from './draft.ts';
import { done, type Outcome, refuse } from './guard.ts';
import { ticketRefusal } from './legality.ts';
import { DEVIATION_REPORT } from './missed.ts';
import { truthProblem } from './scenario-index.ts';
import { viewClock } from './sla.ts';
import type { Command, Ticket } from './types.ts';
import { shown } from './util.ts';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

function unknownId(d: Draft, ids: readonly string[]): string | undefined {
  return ids.find((id) => !Object.hasOwn(d.s.tickets, id));
}

export function raiseProblem(d: Draft, c: Cmd<'problem/raise'>): Outcome {
  for (const id of c.ticketIds) {
    const reason = ticketRefusal(d.index, d.s, id, c.type);
    if (reason !== null) return refuse(reason);
  }
  const ids = [...new Set(c.ticketIds)];
  const id = `PRB${String(Object.keys(d.s.problems).length + 1).padStart(4, '0')}`;
  addProblem(d, { id, title: c.title, raisedAt: d.s.now, ticketIds: ids });
  for (const ticketId of ids) writeTicket(d, ticketId).problemId = id;
  // The observation names the problem's first ticket in arrival order, whatever order they were listed in.
  const first = [...ids].sort((a, b) => (d.index.seqById.get(a) ?? 0) - (d.index.seqById.get(b) ?? 0))[0];
  const keys = ids.map((t) => {
    const arrival = d.index.arrivalById.get(t);
    return arrival === undefined ? null : truthProblem(arrival);
  });
  const shared = keys[0] ?? null;
  const ok = ids.length >= 2 && shared !== null && keys.every((k) => k === shared);
  const list = ids.join(', ');
  observe(d, {
    kind: 'problem-raised',
    subject: { kind: 'problem', id },
    ticketId: first ?? null,
    ok,
    expected: 'two or more tickets with one underlying problem',
    actual: list,
    note: ok
      ? `Raised ${id} at ${at(d)} for ${list}, which share one underlying problem.`
      : ids.length < 2
        ? `Raised ${id} at ${at(d)} for ${list} alone; a problem links two or more incidents with one cause.`
        : `Raised ${id} at ${at(d)} for ${list}, which do not share one underlying problem.`,
  });
  emit(d, { type: 'problem/raised', problemId: id });
  return done(COMMAND_MINUTES[c.type]);
}

function breached(t: Ticket): boolean {
  return t.response.breached || t.resolution.breached;
}

export function reportDeviation(d: Draft, c: Cmd<'sla/report-deviation'>): Outcome {
  const missing = unknownId(d, c.ticketIds);
  if (missing !== undefined) return refuse(`there is no ticket ${shown(missing)}`);
  const named = new Set(c.ticketIds);
  const highest = d.index.warningPercents[d.index.warningPercents.length - 1] ?? 0;
  const atRisk = (t: Ticket): boolean =>
    viewClock(t, 'response', d.s.now, highest).atRisk || viewClock(t, 'resolution', d.s.now, highest).atRisk;
  const allBreached: string[] = [];
  for (const id of d.s.order) {
    const t = d.s.tickets[id];
    if (t !== undefined && breached(t)) allBreached.push(id);
  }
  const left = allBreached.filter((id) => !named.has(id));
  const wrong = [...named].filter((id) => {
    const t = d.s.tickets[id];
    return t !== undefined && !breached(t) && !atRisk(t);
  });
  const ok = left.length === 0 && wrong.length === 0;
  const list = [...named].join(', ');
  const faults: string[] = [];
  if (left.length > 0) faults.push(`it left out breached ${left.join(', ')}`);
  if (wrong.length > 0) faults.push(`it named ${wrong.join(', ')}, neither breached nor at risk`);
  observe(d, {
    kind: 'deviation-reported',
    subject: DEVIATION_REPORT,
    ticketId: null,
    ok,
    expected: allBreached.length === 0 ? 'no breached ticket' : `at least ${allBreached.join(', ')}`,
    actual: list,
    note: ok
      ? `Deviation report at ${at(d)} named ${list}: every breached ticket and only breached or at-risk ones.`
      : `Deviation report at ${at(d)} named ${list}, but ${faults.join(' and ')}.`,
  });
  return done(COMMAND_MINUTES[c.type]);
}
