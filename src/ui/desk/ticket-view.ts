/**
 * The read-only parts of the ticket workspace: the header (priority, subject, caller, status, SLA
 * clocks, mood) and the conversation (the first message, questions and answers, diagnostics,
 * notes, what was done). Everything from the scenario is set as text.
 */

import type { Scenario, ScenarioArrival } from '../../scenario/schema.ts';
import { shiftClock } from '../../scenario/time.ts';
import {
  DEFAULT_VIA,
  delayedAnswer,
  type PartyRequest,
  partyLabel,
  pendingRequests,
  type ShiftState,
  type Ticket,
} from '../../sim/index.ts';
import {
  arrivalOf,
  callerName,
  type SlaView,
  selectSla,
  type TicketNote,
  vipCaller,
} from '../../store/index.ts';
import { durationText, h } from '../dom.ts';
import { channelIcon, icon } from '../icons.ts';

export const STATUS_LABELS: Record<Ticket['status'], string> = {
  waiting: 'Waiting to be answered',
  abandoned: 'Caller hung up',
  new: 'New',
  'in-progress': 'In progress',
  'on-hold': 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

/** A word and colour for a caller's mood. */
function moodWord(mood: number): { word: string; color: string } {
  if (mood >= 60) return { word: 'calm', color: 'var(--good)' };
  if (mood >= 35) return { word: 'impatient', color: 'var(--warn)' };
  return { word: 'angry', color: 'var(--bad)' };
}

/** The priority label (P1-P5, or P? until the trainee sets it). */
function priorityChip(t: Ticket): HTMLElement {
  return t.prioritySet
    ? h('span', { class: `prio p${t.priority}`, title: `Priority ${t.priority}` }, `P${t.priority}`)
    : h('span', { class: 'prio unset', title: 'Not prioritised yet' }, 'P?');
}

function slaText(name: string, v: SlaView): HTMLElement {
  const state = v.stopped
    ? 'met'
    : v.breached
      ? 'BREACHED'
      : v.paused
        ? `paused, ${durationText(v.remainingMinutes)} left`
        : `${durationText(v.remainingMinutes)} left`;
  const cls = v.breached ? 'breached' : v.atRisk ? 'risk' : '';
  return h('span', { class: cls }, `${name}: `, h('b', {}, state));
}

/** The ticket's header: subject, caller, status, SLA clocks and mood. */
export function ticketHeader(scenario: Scenario, state: ShiftState, t: Ticket): HTMLElement {
  const mood = moodWord(t.mood);
  const group = t.assignedGroup
    ? scenario.organisation.groups.find((g) => g.id === t.assignedGroup)?.name
    : null;
  return h(
    'div',
    { class: 'ticket-view-head' },
    h(
      'div',
      { class: 'ticket-head' },
      priorityChip(t),
      h(
        'div',
        { class: 'grow' },
        h('div', { class: 'subject' }, t.subject),
        h(
          'div',
          { class: 'muted' },
          `${t.id} · arrived ${shiftClock(scenario.meta.shiftStart, t.arrivedAt)}`,
        ),
      ),
    ),
    h(
      'div',
      { class: 'facts sla-board' },
      h(
        'span',
        {},
        icon(channelIcon(t.channel)),
        ' ',
        h('b', {}, callerName(scenario, t)),
        vipCaller(scenario, t.id) ? h('b', { class: 'risk', title: 'A VIP caller' }, ' (VIP)') : null,
      ),
      h('span', {}, 'Status: ', h('b', { 'data-status': t.status }, STATUS_LABELS[t.status])),
      t.kind
        ? h(
            'span',
            {},
            'Logged as ',
            h(
              'b',
              {},
              `${t.kind} / ${scenario.organisation.categories.find((c) => c.id === t.category)?.name ?? t.category}`,
            ),
          )
        : h('span', {}, h('b', {}, 'Not logged')),
      group ? h('span', {}, 'With ', h('b', {}, group)) : null,
      t.holdReason
        ? h(
            'span',
            {},
            'Hold: ',
            h('b', {}, scenario.sla.holdReasons.find((r) => r.id === t.holdReason)?.label ?? t.holdReason),
          )
        : null,
      ...pendingRequests(t).map((r) =>
        h('span', { class: 'risk awaiting', 'data-awaiting': r.questionId }, awaitingText(scenario, t, r)),
      ),
      slaText('Response', selectSla(scenario, state, t, 'response')),
      t.respondedAt !== null ? slaText('Resolution', selectSla(scenario, state, t, 'resolution')) : null,
      h(
        'span',
        { class: 'mood', title: `Mood ${t.mood}/100` },
        'Caller ',
        h('span', { class: 'mood-bar' }, h('div', { style: `width:${t.mood}%;background:${mood.color}` })),
        h('b', {}, mood.word),
      ),
      t.reopenCount > 0
        ? h('span', { class: 'breached' }, icon('reopen'), ` Reopened ×${t.reopenCount}`)
        : null,
    ),
  );
}

/** "Awaiting Ana Sousa (Data owner) by email, due 08:22": a third party's answer still to come. */
export function awaitingText(scenario: Scenario, t: Ticket, r: PartyRequest): string {
  const q = arrivalOf(scenario, t.id)?.questions?.find((x) => x.id === r.questionId);
  const via = q?.via ?? DEFAULT_VIA;
  return `Awaiting ${partyLabel(scenario, r.from)} by ${via}, due ${shiftClock(scenario.meta.shiftStart, r.dueAt)}`;
}

function bubble(kind: 'caller' | 'agent' | 'system', who: string | null, text: string): HTMLElement {
  return h('div', { class: `bubble ${kind}` }, who ? h('span', { class: 'who' }, who) : null, text);
}

const NOTE_WHO: Record<TicketNote['kind'], string> = {
  callback: 'Called back',
  reopened: 'Reopened',
  bounced: 'Sent back by the group',
  abandoned: 'Hung up',
  'resolved-by-group': 'Resolver group',
  finding: 'Finding',
};

/** The ticket's conversation and work log, in order. */
export function conversation(
  scenario: Scenario,
  t: Ticket,
  arrival: ScenarioArrival | null,
  notes: readonly TicketNote[] = [],
): HTMLElement {
  const who = callerName(scenario, t);
  const out = h('div', { class: 'convo', 'aria-label': 'Conversation and work log' });
  if (arrival) out.append(bubble('caller', who, arrival.message));
  if (t.status === 'waiting')
    out.append(
      bubble(
        'system',
        null,
        t.channel === 'phone' ? 'The phone is ringing. Answer it (A).' : 'Not opened yet. Open it (A).',
      ),
    );
  for (const n of notes) {
    if (n.kind === 'callback' || n.kind === 'reopened')
      out.append(bubble('caller', `${NOTE_WHO[n.kind]} · ${who}`, n.text));
    else {
      const note = bubble('system', NOTE_WHO[n.kind], n.text);
      if (n.kind === 'finding') note.classList.add('finding');
      out.append(note);
    }
  }
  for (const qid of t.asked) {
    const q = arrival?.questions?.find((x) => x.id === qid);
    if (!q) continue;
    const party = delayedAnswer(q);
    if (party === null) {
      out.append(bubble('agent', 'You', q.text), bubble('caller', who, q.answer));
      continue;
    }
    // A third party answers later: the request, then what is awaited or the answer once it is back.
    const name = partyLabel(scenario, party.from);
    const request = t.requests.find((r) => r.questionId === qid);
    out.append(bubble('agent', `You to ${name} · by ${party.via}`, q.text));
    if (request === undefined) continue;
    if (request.answeredAt === null) {
      const sent = `Sent at ${shiftClock(scenario.meta.shiftStart, request.askedAt)}`;
      const pending = bubble('system', sent, awaitingText(scenario, t, request));
      pending.classList.add('awaiting');
      out.append(pending);
    } else
      out.append(
        bubble(
          'caller',
          `${name} · by ${party.via} · ${shiftClock(scenario.meta.shiftStart, request.answeredAt)}`,
          q.answer,
        ),
      );
  }
  for (const did of t.diagnosticsRun) {
    const d = arrival?.diagnostics?.find((x) => x.id === did);
    if (d) out.append(bubble('system', d.name, d.result));
  }
  if (t.articleId) {
    const a = scenario.knowledge.find((k) => k.id === t.articleId);
    out.append(bubble('system', 'Knowledge article applied', a ? `${a.id} · ${a.title}` : t.articleId));
  }
  if (t.diagnosis)
    out.append(
      bubble('system', 'Diagnosis', arrival?.causes?.find((c) => c.id === t.diagnosis)?.text ?? t.diagnosis),
    );
  for (const e of t.escalations) {
    const to =
      scenario.organisation.groups.find((g) => g.id === e.to)?.name ??
      scenario.organisation.experts.find((x) => x.id === e.to)?.name ??
      e.to;
    out.append(
      bubble(
        'system',
        `${e.mode} escalation`,
        `Escalated to ${to} at ${shiftClock(scenario.meta.shiftStart, e.atMinute)}`,
      ),
    );
  }
  if (t.fixId)
    out.append(bubble('system', 'Fix', arrival?.fixes?.find((f) => f.id === t.fixId)?.text ?? t.fixId));
  if (t.parentId) out.append(bubble('system', 'Linked', `Child of ${t.parentId}`));
  if (t.problemId) out.append(bubble('system', 'Problem', `Linked to ${t.problemId}`));
  for (const n of t.notes)
    out.append(bubble('agent', `Note · ${shiftClock(scenario.meta.shiftStart, n.atMinute)}`, n.text));
  if (t.satisfaction !== null) out.append(bubble('system', 'Satisfaction', `${t.satisfaction} / 5`));
  return out;
}
