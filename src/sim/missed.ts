/**
 * Windows closing unused: at each closing moment (the ticket leaving the desk, its resolution, a
 * deadline, a breach, the end of the shift) every window the declarations in opportunities.ts
 * close then, still open and still owed, becomes a missed observation (ok=false, missed=true) the
 * debrief can point at. The declarations say when; this module only words the verdicts. A window
 * that time closed (the shift end, a deadline, a breach: TIME_MOMENTS) also gets its cause from
 * the load the desk was under (attention.ts); one the trainee's choice closed gets none.
 */
import type { ObservationKind, ScenarioArrival } from '../scenario/schema.ts';
import { withCause } from './attention.ts';
import { at, type Draft, emit, type ObservationInput, observe, writeTicket } from './draft.ts';
import { type ClosingMoment, fellDue, TICKET_WINDOWS, TIME_MOMENTS } from './opportunities.ts';
import { partyName, truePriority } from './scenario-index.ts';
import type { Ticket, TicketId } from './types.ts';

type Missed = Pick<ObservationInput, 'expected' | 'note'>;

/** The expected behaviour and the debrief's sentence for a ticket window closing missed. */
function missedTicket(
  d: Draft,
  t: Ticket,
  arrival: ScenarioArrival,
  kind: ObservationKind,
  moment: ClosingMoment,
): Missed {
  const id = t.id;
  const truth = arrival.truth;
  // A contact nobody answered still owed everything: the sentence says why it never happened.
  const unanswered = t.respondedAt === null;
  const neverAnswered = `${id} was never answered, so`;
  const atEnd = moment === 'shift-end';
  switch (kind) {
    case 'acknowledged':
      return {
        expected: `answered by ${at(d, t.response.dueAt)}`,
        note: `${id} was never answered during the shift; it was due to be answered by ${at(d, t.response.dueAt)}.`,
      };
    case 'logged':
      return {
        expected: `caller ${arrival.caller ?? '-'}, service ${truth.service ?? '-'}`,
        note: unanswered
          ? `${neverAnswered} it was never logged during the shift.`
          : `${id} was answered but never logged during the shift.`,
      };
    case 'classified':
      return {
        expected: `${truth.kind} / ${truth.category}`,
        note: unanswered
          ? `${neverAnswered} it was never logged and classified during the shift.`
          : `${id} was answered but never logged and classified during the shift.`,
      };
    case 'prioritised': {
      const expected = `P${truePriority(d.scenario, arrival)}`;
      return {
        expected,
        note: unanswered
          ? `${neverAnswered} it was never prioritised; the right priority was ${expected}.`
          : `${id} was answered but never prioritised; the right priority was ${expected}.`,
      };
    }
    case 'routed': {
      const routing = `routed to ${partyName(d.index, truth.group)}, the group that owns it.`;
      return {
        expected: truth.group,
        note: unanswered ? `${neverAnswered} it was never ${routing}` : `${id} was never ${routing}`,
      };
    }
    case 'questioned':
      return {
        expected: 'a relevant question',
        note: unanswered
          ? `${neverAnswered} no question that helps was asked before the shift ended.`
          : atEnd
            ? `No question that helps was asked on ${id} before the shift ended.`
            : 'No question that helps was asked before the ticket left the desk.',
      };
    case 'kb-applied':
      return {
        expected: truth.article ?? null,
        note: unanswered
          ? `${neverAnswered} the knowledge article that applies (${truth.article ?? ''}) was not used.`
          : `The knowledge article that applies (${truth.article ?? ''}) was not used.`,
      };
    case 'resolved': {
      const fix = (arrival.fixes ?? []).find((f) => f.id === truth.fix)?.text ?? truth.fix ?? '';
      return {
        expected: truth.fix ?? null,
        note: unanswered
          ? `${neverAnswered} it was not resolved when the shift ended; the right fix was "${fix}".`
          : `${id} was still not resolved when the shift ended; the right fix was "${fix}".`,
      };
    }
    case 'diagnostic-run':
      return {
        expected: 'a diagnostic that bears on the cause',
        note: unanswered
          ? `${neverAnswered} no relevant diagnostic was run before the shift ended.`
          : atEnd
            ? `No relevant diagnostic was run on ${id} before the shift ended.`
            : 'No relevant diagnostic was run before the ticket left the desk.',
      };
    case 'diagnosed':
      return {
        expected: truth.cause ?? null,
        note: unanswered
          ? `${neverAnswered} no diagnosis was recorded before the shift ended.`
          : atEnd
            ? `No diagnosis was recorded on ${id} before the shift ended.`
            : 'No diagnosis was recorded before the ticket left the desk.',
      };
    case 'escalated': {
      const need = truth.escalation;
      const to = (need?.to ?? []).map((p) => partyName(d.index, p)).join(' or ');
      const by =
        moment === 'deadline' && need?.beforeMinute !== undefined
          ? `by ${at(d, need.beforeMinute)}`
          : moment === 'breach'
            ? `before its resolution target was breached at ${at(d)}`
            : `before the shift ended at ${at(d)}`;
      return {
        expected: `${need?.mode} to ${(need?.to ?? []).join(' or ')}`,
        note: `${id} was not escalated in time: a ${need?.mode} escalation to ${to} was needed ${by}.`,
      };
    }
    case 'linked':
      return {
        expected: truth.parent ?? null,
        note:
          moment === 'resolved'
            ? `${id} was resolved without being linked to its parent ${truth.parent}.`
            : unanswered
              ? `${neverAnswered} it was never linked to its parent ${truth.parent}.`
              : `${id} was never linked to its parent ${truth.parent}.`,
      };
    default:
      return { expected: null, note: `${id}: the chance for "${kind}" passed unused.` };
  }
}

/**
 * Closes, missed, every window of ticket `id` that the declarations close at `moment` and that is
 * open on this arrival, not yet closed missed, and still owed by the ticket as it stands.
 */
export function closeWindows(d: Draft, id: TicketId, moment: ClosingMoment): void {
  const arrival = d.index.arrivalById.get(id);
  if (arrival === undefined) return;
  for (const w of TICKET_WINDOWS) {
    const t = d.s.tickets[id];
    if (t === undefined) return;
    if (!w.missedAt.includes(moment) || t.missedWindows.includes(w.kind)) continue;
    if (!w.opens(d.scenario, arrival) || !w.owed(t, d.index, moment)) continue;
    // At the shift end, only what fell due inside the shift is missed (see TicketWindow.dueBy).
    if (moment === 'shift-end' && !fellDue(d.scenario, arrival, w, d.s.now)) continue;
    const written = writeTicket(d, id);
    written.missedWindows = [...written.missedWindows, w.kind];
    const missed: ObservationInput = {
      kind: w.kind,
      ticketId: id,
      ok: false,
      missed: true,
      actual: null,
      ...missedTicket(d, t, arrival, w.kind, moment),
    };
    // Time closed it (not the trainee's choice): the load decides how much it counts (attention.ts).
    observe(d, TIME_MOMENTS.includes(moment) ? withCause(d, id, missed) : missed);
  }
}

/** Problems two or more arrived tickets share and nobody raised: missed at the end of the shift. */
function missProblems(d: Draft): void {
  for (const [key, ids] of d.index.problemGroups) {
    const arrived = ids.filter((id) => d.s.tickets[id] !== undefined);
    if (arrived.length < 2) continue;
    const raised = Object.values(d.s.problems).some(
      (p) => p.ticketIds.filter((id) => arrived.includes(id)).length >= 2,
    );
    if (raised) continue;
    observe(d, {
      kind: 'problem-raised',
      subject: { kind: 'problem', id: key },
      ticketId: arrived[0] ?? null,
      ok: false,
      missed: true,
      expected: arrived.join(', '),
      actual: null,
      note: `${arrived.join(', ')} share one underlying problem (${key}), but no problem was raised for them.`,
    });
  }
}

/** The deviation report: missed at the end when a ticket breached and no report was sent. */
function missDeviationReport(d: Draft): void {
  const breached = d.s.observations.some((o) => o.kind === 'breached');
  const reported = d.s.observations.some((o) => o.kind === 'deviation-reported');
  if (!breached || reported) return;
  observe(d, {
    kind: 'deviation-reported',
    subject: DEVIATION_REPORT,
    ticketId: null,
    ok: false,
    missed: true,
    expected: 'a deviation report naming the breached tickets',
    actual: null,
    note: 'Tickets breached their SLA and no deviation report was sent.',
  });
}

/** The subject of the shift's SLA deviation report. */
export const DEVIATION_REPORT = { kind: 'activity', id: 'sla-deviation-report' } as const;

/** Ends the shift now: closes every window still open and records what was missed. */
export function endShift(d: Draft): void {
  if (d.s.ended) return;
  d.s.ended = true;
  for (const id of d.s.order) closeWindows(d, id, 'shift-end');
  missProblems(d);
  missDeviationReport(d);
  emit(d, { type: 'shift/ended', atMinute: d.s.now });
}
