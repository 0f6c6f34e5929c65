/**
 * Delayed answers from third parties: a question with `from` and `delayMinutes` is sent when it is
 * asked, and its answer comes back `delayMinutes` later (a timer of `timers.ts`), when it is
 * recorded on the ticket. A fix that `requires` a question is right only once its answer is back.
 */
import type { Fix, Question, Scenario, ScenarioArrival, ThirdPartyChannel } from '../scenario/schema.ts';
import { minutesText } from './clock.ts';
import { at, type Draft, emit, writeTicket } from './draft.ts';
import { indexScenario, type ScenarioIndex } from './scenario-index.ts';
import type { Minute, PartyRequest, Ticket, TicketId } from './types.ts';

/** How a third party answers when the question does not say. */
export const DEFAULT_VIA: ThirdPartyChannel = 'email';

/** A question answered later by a third party: its party, delay and channel; null for the caller's. */
export function delayedAnswer(
  q: Question,
): { from: string; delayMinutes: number; via: ThirdPartyChannel } | null {
  if (q.from === undefined || q.delayMinutes === undefined) return null;
  return { from: q.from, delayMinutes: q.delayMinutes, via: q.via ?? DEFAULT_VIA };
}

/** "Ana Sousa (data owner)" for an expert with an expertise, else the expert's or group's name. */
export function partyLabel(of: Scenario | ScenarioIndex, id: string): string {
  const index = 'timeline' in of ? indexScenario(of) : of;
  const expert = index.expertById.get(id);
  if (expert !== undefined) {
    const role = expert.expertise[0];
    return role === undefined ? expert.name : `${expert.name} (${role})`;
  }
  return index.groups.get(id)?.name ?? id;
}

/** The ticket's requests still awaiting their answers. */
export function pendingRequests(t: Ticket): PartyRequest[] {
  return t.requests.filter((r) => r.answeredAt === null);
}

/** Records a question sent to a third party now and says so. */
export function sendRequest(
  d: Draft,
  id: TicketId,
  q: Question,
  party: { from: string; delayMinutes: number; via: ThirdPartyChannel },
): Minute {
  const t = writeTicket(d, id);
  const dueAt = d.s.now + party.delayMinutes;
  t.requests = [
    ...t.requests,
    { questionId: q.id, from: party.from, askedAt: d.s.now, dueAt, answeredAt: null },
  ];
  emit(d, { type: 'party/asked', ticketId: id, questionId: q.id, from: party.from, via: party.via, dueAt });
  return dueAt;
}

/** A third party's answer comes back: recorded on the ticket, whatever its status now. */
export function answerArrives(d: Draft, id: TicketId, questionId: string): void {
  const q = d.index.arrivalById.get(id)?.questions?.find((x) => x.id === questionId);
  const t = writeTicket(d, id);
  t.requests = t.requests.map((r) =>
    r.questionId === questionId && r.answeredAt === null ? { ...r, answeredAt: d.s.now } : r,
  );
  if (q === undefined) return;
  const party = delayedAnswer(q);
  emit(d, {
    type: 'party/answered',
    ticketId: id,
    questionId,
    from: party?.from ?? '',
    via: party?.via ?? DEFAULT_VIA,
    answer: q.answer,
  });
}

/**
 * What a fix still lacks on the ticket now, as the end of a sentence ("before the answer from Ana
 * Sousa (data owner) came back (asked at 08:12, due 08:22)"), or null when every question it
 * `requires` has its answer back. The first lacking question, in the fix's order, is named.
 */
export function missingAnswer(
  d: Draft,
  t: Ticket,
  arrival: ScenarioArrival,
  fix: Fix | undefined,
): string | null {
  for (const qid of fix?.requires ?? []) {
    const q = arrival.questions?.find((x) => x.id === qid);
    if (q === undefined) continue;
    const party = delayedAnswer(q);
    const request = t.requests.find((r) => r.questionId === qid);
    if (party === null) {
      if (!t.asked.includes(qid)) return `without asking "${q.text}" first`;
      continue;
    }
    const who = partyLabel(d.index, party.from);
    if (request === undefined)
      return `without asking ${who} "${q.text}" (the answer takes ${minutesText(party.delayMinutes)} by ${party.via})`;
    if (request.answeredAt === null)
      return `before the answer from ${who} came back (asked at ${at(d, request.askedAt)}, due ${at(d, request.dueAt)})`;
  }
  return null;
}
