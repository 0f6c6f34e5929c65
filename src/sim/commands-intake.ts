/**
 * Commands that take a contact in and find out what it is: answer, log, ask, prioritise, search
 * and apply knowledge, run diagnostics, record a diagnosis, add a note. The desk's own work
 * (questions, knowledge, diagnostics, diagnosis) gets a verdict only while the ticket is at the
 * desk (opportunities.ts); done elsewhere it still happens, unjudged.
 */

import { acceptableCategory, priorityOf, targetFor } from '../scenario/index.ts';
import { COMMAND_MINUTES } from './command-schema.ts';
import { at, changeMood, type Draft, emit, observe, writeTicket } from './draft.ts';
import { done, findTicket, type Outcome, refuse } from './guard.ts';
import { searchArticles } from './kb.ts';
import { deskWorkJudged } from './opportunities.ts';
import { truePriority } from './scenario-index.ts';
import { retarget, stopClock } from './sla.ts';
import { delayedAnswer, partyLabel, sendRequest } from './third-party.ts';
import type { Command } from './types.ts';
import { shown } from './util.ts';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

/** Mood lost to a question that does not help. */
export const IRRELEVANT_QUESTION_MOOD = -10;

export function answer(d: Draft, c: Cmd<'contact/answer'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) {
    const status = d.s.tickets[c.ticketId]?.status;
    if (status === undefined || !Object.hasOwn(d.s.tickets, c.ticketId) || status === 'abandoned') {
      return refuse(found.reason);
    }
    return refuse(`${c.ticketId} has already been answered`);
  }
  const t = writeTicket(d, c.ticketId);
  t.status = 'new';
  t.respondedAt = d.s.now;
  t.response = stopClock(t.response, d.s.now);
  const due = at(d, t.response.dueAt);
  const ok = !t.response.breached;
  observe(d, {
    kind: 'acknowledged',
    ticketId: t.id,
    ok,
    expected: `by ${due}`,
    actual: at(d),
    note: ok
      ? `${t.id} answered at ${at(d)}, within its response target (due ${due}).`
      : `${t.id} answered at ${at(d)}, after its response target passed at ${due}.`,
  });
  return done(COMMAND_MINUTES[c.type]);
}

function nameOf(map: Map<string, string>, id: string): string {
  return map.get(id) ?? id;
}

/** "the caller was Ana Sousa, not Brian Clarke", or "no caller was recorded (it was Ana Sousa)". */
function mismatch(what: string, map: Map<string, string>, right: string, given: string | undefined): string {
  return given === undefined
    ? `no ${what} was recorded (it was ${nameOf(map, right)})`
    : `the ${what} was ${nameOf(map, right)}, not ${nameOf(map, given)}`;
}

export function logTicket(d: Draft, c: Cmd<'ticket/log'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  if (!d.index.categories.has(c.category)) return refuse(`there is no category "${shown(c.category)}"`);
  if (c.caller !== undefined && !d.index.users.has(c.caller))
    return refuse(`there is no user "${shown(c.caller)}"`);
  if (c.service !== undefined && !d.index.services.has(c.service)) {
    return refuse(`there is no service "${shown(c.service)}"`);
  }
  if (c.ci !== undefined && !d.index.cis.has(c.ci))
    return refuse(`there is no configuration item "${shown(c.ci)}"`);
  const { arrival } = found;
  const truth = arrival.truth;
  const first = found.t.kind === null;
  const kindCategory = (kind: string, category: string): string =>
    `${kind.replace('-', ' ')} / ${nameOf(d.index.categories, category)}`;
  const t = writeTicket(d, c.ticketId);
  t.kind = c.kind;
  t.category = c.category;
  t.callerId = c.caller ?? null;
  t.serviceId = c.service ?? null;
  t.ciId = c.ci ?? null;
  if (t.status === 'new') t.status = 'in-progress';
  if (first) {
    // Any category the truth accepts (its own or one of alsoCategories) is right.
    const classOk = c.kind === truth.kind && acceptableCategory(arrival, c.category);
    const also = truth.alsoCategories ?? [];
    const alsoText =
      also.length === 0 ? '' : ` (or ${also.map((x) => nameOf(d.index.categories, x)).join(' or ')})`;
    observe(d, {
      kind: 'classified',
      ticketId: t.id,
      ok: classOk,
      expected: `${truth.kind} / ${[truth.category, ...also].join(' or ')}`,
      actual: `${c.kind} / ${c.category}`,
      note: classOk
        ? `${t.id} classified at ${at(d)} as ${kindCategory(c.kind, c.category)}, which is right.`
        : `${t.id} classified at ${at(d)} as ${kindCategory(c.kind, c.category)}; the right classification was ${kindCategory(truth.kind, truth.category)}${alsoText}.`,
    });
    const callerOk = arrival.caller === undefined || c.caller === arrival.caller;
    const serviceOk = truth.service === undefined || c.service === truth.service;
    const wrong: string[] = [];
    if (!callerOk && arrival.caller !== undefined)
      wrong.push(mismatch('caller', d.index.users, arrival.caller, c.caller));
    if (!serviceOk && truth.service !== undefined) {
      wrong.push(mismatch('service', d.index.services, truth.service, c.service));
    }
    observe(d, {
      kind: 'logged',
      ticketId: t.id,
      ok: callerOk && serviceOk,
      expected: `caller ${arrival.caller ?? '-'}, service ${truth.service ?? '-'}`,
      actual: `caller ${c.caller ?? '-'}, service ${c.service ?? '-'}`,
      note:
        wrong.length === 0
          ? `${t.id} logged at ${at(d)} with the right caller and service.`
          : `${t.id} logged at ${at(d)}, but ${wrong.join(' and ')}.`,
    });
  }
  return done(COMMAND_MINUTES[c.type]);
}

export function ask(d: Draft, c: Cmd<'ticket/ask'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  const question = found.arrival.questions?.find((q) => q.id === c.questionId);
  if (question === undefined)
    return refuse(`there is no question "${shown(c.questionId)}" for ${c.ticketId}`);
  if (found.t.asked.includes(question.id))
    return refuse(`"${question.text}" was already asked on ${c.ticketId}`);
  const judged = deskWorkJudged(d.index, found.t, 'questioned');
  const t = writeTicket(d, c.ticketId);
  t.asked = [...t.asked, question.id];
  if (!question.relevant) changeMood(t, IRRELEVANT_QUESTION_MOOD);
  // A third party's answer comes back later (a timer); the caller's at once.
  const party = delayedAnswer(question);
  let asked = `Asked a question on ${t.id} at ${at(d)}`;
  if (party === null)
    emit(d, { type: 'caller/answered', ticketId: t.id, questionId: question.id, answer: question.answer });
  else {
    const dueAt = sendRequest(d, t.id, question, party);
    asked = `Asked ${partyLabel(d.index, party.from)} by ${party.via} on ${t.id} at ${at(d)} (answer due ${at(d, dueAt)}) a question`;
  }
  if (!judged) return done(question.costMinutes ?? COMMAND_MINUTES[c.type]);
  observe(d, {
    kind: 'questioned',
    ticketId: t.id,
    ok: question.relevant,
    expected: 'a relevant question',
    actual: question.id,
    note: question.relevant
      ? `${asked} that helps: "${question.text}"`
      : `${asked} that does not help and tried the caller's patience: "${question.text}"`,
  });
  return done(question.costMinutes ?? COMMAND_MINUTES[c.type]);
}

export function prioritise(d: Draft, c: Cmd<'ticket/prioritise'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  const truth = found.arrival.truth;
  const priority = priorityOf(d.scenario, c.impact, c.urgency);
  const right = truePriority(d.scenario, found.arrival);
  const first = !found.t.prioritySet;
  const t = writeTicket(d, c.ticketId);
  t.impact = c.impact;
  t.urgency = c.urgency;
  t.priority = priority;
  t.prioritySet = true;
  t.resolution = retarget(t.resolution, targetFor(d.scenario, priority).resolutionMinutes);
  if (first) {
    const why = `(impact ${truth.impact}, urgency ${truth.urgency})`;
    observe(d, {
      kind: 'prioritised',
      ticketId: t.id,
      ok: priority === right,
      expected: `P${right}`,
      actual: `P${priority}`,
      note:
        priority === right
          ? `Priority set to P${priority} at ${at(d)}, the right priority ${why}.`
          : `Priority set to P${priority} at ${at(d)}; the right priority was P${right} ${why}.`,
    });
  }
  return done(COMMAND_MINUTES[c.type]);
}

export function search(d: Draft, c: Cmd<'kb/search'>): Outcome {
  if (c.ticketId !== undefined && !Object.hasOwn(d.s.tickets, c.ticketId)) {
    return refuse(`there is no ticket ${shown(c.ticketId)}`);
  }
  emit(d, { type: 'kb/results', query: c.query, articleIds: searchArticles(d.scenario.knowledge, c.query) });
  return done(COMMAND_MINUTES[c.type]);
}

export function applyArticle(d: Draft, c: Cmd<'ticket/apply-article'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  if (!d.index.articles.has(c.articleId)) return refuse(`there is no article "${shown(c.articleId)}"`);
  const right = found.arrival.truth.article;
  const judged = deskWorkJudged(d.index, found.t, 'kb-applied');
  const t = writeTicket(d, c.ticketId);
  t.articleId = c.articleId;
  const ok = right === c.articleId;
  if (judged) {
    observe(d, {
      kind: 'kb-applied',
      ticketId: t.id,
      ok,
      expected: right ?? null,
      actual: c.articleId,
      note: ok
        ? `Applied ${c.articleId} to ${t.id} at ${at(d)}, the article that fits.`
        : `Applied ${c.articleId} to ${t.id} at ${at(d)}; ${right === undefined ? 'no article fits this ticket' : `the article that fits is ${right}`}.`,
    });
  }
  return done(COMMAND_MINUTES[c.type]);
}

export function runDiagnostic(d: Draft, c: Cmd<'ticket/run-diagnostic'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  const diagnostic = found.arrival.diagnostics?.find((x) => x.id === c.diagnosticId);
  if (diagnostic === undefined)
    return refuse(`there is no diagnostic "${shown(c.diagnosticId)}" for ${c.ticketId}`);
  if (found.t.diagnosticsRun.includes(diagnostic.id)) {
    return refuse(`"${diagnostic.name}" was already run on ${c.ticketId}; its result is in the ticket`);
  }
  const judged = deskWorkJudged(d.index, found.t, 'diagnostic-run');
  const t = writeTicket(d, c.ticketId);
  t.diagnosticsRun = [...t.diagnosticsRun, diagnostic.id];
  emit(d, {
    type: 'diagnostic/result',
    ticketId: t.id,
    diagnosticId: diagnostic.id,
    result: diagnostic.result,
  });
  if (!judged) return done(diagnostic.costMinutes ?? COMMAND_MINUTES[c.type]);
  observe(d, {
    kind: 'diagnostic-run',
    ticketId: t.id,
    ok: diagnostic.relevant,
    expected: 'a diagnostic that bears on the cause',
    actual: diagnostic.id,
    note: `Ran "${diagnostic.name}" on ${t.id} at ${at(d)}; ${diagnostic.relevant ? 'it bears on the cause' : 'it does not bear on the cause'}.`,
  });
  return done(diagnostic.costMinutes ?? COMMAND_MINUTES[c.type]);
}

export function diagnose(d: Draft, c: Cmd<'ticket/diagnose'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  const causes = found.arrival.causes ?? [];
  const cause = causes.find((x) => x.id === c.causeId);
  if (cause === undefined) return refuse(`there is no cause "${shown(c.causeId)}" for ${c.ticketId}`);
  const rightId = found.arrival.truth.cause;
  const right = causes.find((x) => x.id === rightId);
  const judged = deskWorkJudged(d.index, found.t, 'diagnosed');
  const t = writeTicket(d, c.ticketId);
  t.diagnosis = cause.id;
  const ok = rightId === undefined || rightId === cause.id;
  if (judged) {
    observe(d, {
      kind: 'diagnosed',
      ticketId: t.id,
      ok,
      expected: rightId ?? null,
      actual: cause.id,
      note: ok
        ? `Diagnosed ${t.id} at ${at(d)} as "${cause.text}", the right cause.`
        : `Diagnosed ${t.id} at ${at(d)} as "${cause.text}"; the right cause was "${right?.text ?? rightId}".`,
    });
  }
  return done(COMMAND_MINUTES[c.type]);
}

export function addNote(d: Draft, c: Cmd<'ticket/note'>): Outcome {
  const found = findTicket(d, c.ticketId, c.type);
  if (!found.ok) return refuse(found.reason);
  const t = writeTicket(d, c.ticketId);
  t.notes = [...t.notes, { atMinute: d.s.now, text: c.text }];
  return done(COMMAND_MINUTES[c.type]);
}
