/**
 * One ticket's next command for a persona: log, escalate, ask, prioritise, link, diagnose, use
 * the knowledge base, then route or resolve, then close. Every step is taken once (a memory of
 * step keys), so a refused command is never retried in a loop. Which steps apply now is the
 * engine's answer (`availableActions`): a step the ticket's status does not allow waits, and a
 * ticket on hold that nobody else is working on is resumed before it is worked again.
 */
import type { ScenarioArrival } from '../scenario/schema.ts';
import {
  availableActions,
  type Command,
  deskOwns,
  isActiveStatus,
  isDeskGroup,
  type ShiftState,
  type Ticket,
  type TicketCommandType,
} from '../sim/index.ts';
import {
  chooseCategory,
  chooseCause,
  chooseEscalation,
  chooseFix,
  chooseGroup,
  chooseHoldReason,
  chooseKind,
  choosePriority,
  type Decider,
  does,
  slips,
} from './choices.ts';

/** Routings after which even a guessing persona resolves at the desk. */
export const MAX_ROUTINGS = 3;

/** Route or resolve: the truth from Level 2, a guess below it. */
function routeOrResolve(d: Decider, t: Ticket, a: ScenarioArrival): Command {
  const resolve = (): Command => ({ type: 'ticket/resolve', ticketId: t.id, fixId: chooseFix(d, a) });
  if (t.groupHistory.length >= MAX_ROUTINGS) return resolve();
  if (d.level >= 2 && deskOwns(d.scenario, a)) return resolve();
  const group = chooseGroup(d, a);
  return isDeskGroup(d.scenario, group)
    ? resolve()
    : { type: 'ticket/assign', ticketId: t.id, groupId: group };
}

/**
 * A step: its key, the command type it makes (checked against the engine's availability before
 * the step is taken; null for a step that is not checked) and the maker of its command.
 */
type Step = [string, TicketCommandType | null, () => Command | null];

/** Intake: log, escalate, prioritise, link; each yields a command, or null to skip it for good. */
function intakeSteps(d: Decider, state: ShiftState, t: Ticket, a: ScenarioArrival): Step[] {
  const { level } = d;
  const id = t.id;
  const out: Step[] = [
    [
      'log',
      'ticket/log',
      () => ({
        type: 'ticket/log',
        ticketId: id,
        kind: chooseKind(d, a),
        category: chooseCategory(d, a),
        ...(level >= 1 && a.caller !== undefined ? { caller: a.caller } : {}),
        ...(level >= 1 && a.truth.service !== undefined && !slips(d) ? { service: a.truth.service } : {}),
        ...(level >= 2 && a.truth.ci !== undefined ? { ci: a.truth.ci } : {}),
      }),
    ],
  ];
  // Level 0 does not know the lifecycle: it tries to close before resolving (unchecked on purpose).
  if (level === 0) out.push(['early-close', null, () => ({ type: 'ticket/close', ticketId: id })]);
  out.push([
    'escalate',
    'ticket/escalate',
    () => {
      const e = chooseEscalation(d, a);
      return e === null ? null : { type: 'ticket/escalate', ticketId: id, ...e };
    },
  ]);
  out.push([
    'prioritise',
    'ticket/prioritise',
    () => ({ type: 'ticket/prioritise', ticketId: id, ...choosePriority(d, a) }),
  ]);
  const parent = a.truth.parent;
  if (parent !== undefined && Object.hasOwn(state.tickets, parent)) {
    out.push([
      'link',
      'ticket/link',
      () => (does(d, 2) ? { type: 'ticket/link', ticketId: id, parentId: parent } : null),
    ]);
  }
  return out;
}

/**
 * Work: questions, diagnostics, diagnosis, knowledge. A duplicate linked to its parent needs none
 * of it: the parent carries the work.
 */
function workSteps(d: Decider, t: Ticket, a: ScenarioArrival): Step[] {
  const { level } = d;
  const id = t.id;
  if (t.parentId !== null && t.parentId === a.truth.parent) return [];
  const out: Step[] = [];
  const irrelevant = (a.questions ?? []).filter((q) => !q.relevant);
  for (const q of (a.questions ?? []).filter((x) => x.relevant)) {
    out.push([
      `ask:${q.id}`,
      'ticket/ask',
      () => {
        if (level < 2) return null;
        if (!slips(d)) return { type: 'ticket/ask', ticketId: id, questionId: q.id };
        const wrong = irrelevant.find((w) => !t.asked.includes(w.id));
        return wrong === undefined ? null : { type: 'ticket/ask', ticketId: id, questionId: wrong.id };
      },
    ]);
  }
  for (const diag of (a.diagnostics ?? []).filter((x) => x.relevant)) {
    out.push([
      `diag:${diag.id}`,
      'ticket/run-diagnostic',
      () => (does(d, 3) ? { type: 'ticket/run-diagnostic', ticketId: id, diagnosticId: diag.id } : null),
    ]);
  }
  out.push([
    'diagnose',
    'ticket/diagnose',
    () => {
      const cause = chooseCause(d, a);
      return cause === null ? null : { type: 'ticket/diagnose', ticketId: id, causeId: cause };
    },
  ]);
  const article = d.scenario.knowledge.find((k) => k.id === a.truth.article);
  if (article !== undefined && level >= 2) {
    out.push([
      'kb-search',
      null,
      () => ({ type: 'kb/search', query: article.keywords[0] ?? article.title, ticketId: id }),
    ]);
    out.push([
      'kb-apply',
      'ticket/apply-article',
      () => (does(d, 2) ? { type: 'ticket/apply-article', ticketId: id, articleId: article.id } : null),
    ]);
  }
  return out;
}

/**
 * From Level 2: a ticket waiting on others goes on hold (which reason: see `chooseHoldReason`).
 */
function vendorHold(d: Decider, t: Ticket, a: ScenarioArrival, done: Set<string>, can: Can): Command | null {
  const supplier = d.scenario.organisation.groups.some(
    (g) => g.id === t.assignedGroup && g.tier === 'supplier',
  );
  const reason = chooseHoldReason(d, a, supplier);
  const key = `hold:${t.groupHistory.length}`;
  if (reason === null || !can.has('ticket/hold') || d.level < 2 || done.has(key)) return null;
  done.add(key);
  return slips(d) ? null : { type: 'ticket/hold', ticketId: t.id, reason };
}

/** The commands the engine allows on the ticket now. */
type Can = ReadonlySet<TicketCommandType>;

function firstStep(steps: Step[], done: Set<string>, can: Can): Command | null {
  for (const [key, type, make] of steps) {
    if (done.has(key) || (type !== null && !can.has(type))) continue;
    done.add(key);
    const cmd = make();
    if (cmd !== null) return cmd;
  }
  return null;
}

/**
 * The next command for ticket `t` in a phase ('intake' only, or 'all': intake, work, route or
 * resolve, close), or null when it has nothing to do now. Records the step as done.
 */
export function nextTicketCommand(
  d: Decider,
  state: ShiftState,
  t: Ticket,
  a: ScenarioArrival,
  done: Set<string>,
  phase: 'intake' | 'all',
): Command | null {
  const can: Can = new Set(availableActions(d.scenario, state, t.id));
  if (can.has('ticket/close')) {
    if (phase === 'intake') return null;
    const key = `close:${t.reopenCount}`;
    if (d.level === 0 || done.has(key)) return null;
    done.add(key);
    return { type: 'ticket/close', ticketId: t.id };
  }
  if (!isActiveStatus(t.status)) return null;
  // On hold while a group works on it, it waits; on hold with nobody on it (the group sent it
  // back), the desk resumes it before working it again.
  if (can.has('ticket/resume') && t.groupDueAt === null) return { type: 'ticket/resume', ticketId: t.id };
  const cmd = firstStep(
    phase === 'intake'
      ? intakeSteps(d, state, t, a)
      : [...intakeSteps(d, state, t, a), ...workSteps(d, t, a)],
    done,
    can,
  );
  if (cmd !== null || phase === 'intake') return cmd;
  const withGroup =
    t.groupDueAt !== null || (t.assignedGroup !== null && !isDeskGroup(d.scenario, t.assignedGroup));
  if (withGroup) return vendorHold(d, t, a, done, can);
  const key = `act:${t.groupHistory.length}:${t.reopenCount}`;
  if (done.has(key)) return null;
  done.add(key);
  return routeOrResolve(d, t, a);
}
