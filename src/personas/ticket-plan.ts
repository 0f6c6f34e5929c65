/**
 * One ticket's next command for a persona: log, escalate, ask, prioritise, link, diagnose, use
 * the knowledge base, then route or resolve, then close. Every step is taken once (a memory of
 * step keys), so a refused command is never retried in a loop. Which steps apply now is the
 * engine's answer (`availableActions`): a step the ticket's status does not allow waits, and a
 * ticket on hold that nobody else is working on is resumed before it is worked again.
 *
 * Escalation order: from Level 2 a ticket that needs escalating gets its desk work (questions,
 * and from Level 3 diagnostics and diagnosis; the knowledge base) before it leaves the desk, as
 * long as the escalation's deadline leaves time for it (estimated with the engine's command
 * minutes); otherwise, or as soon as the time runs out, it is escalated first.
 *
 * Third parties: a question with a delayed answer (the data owner's approval) is asked with the
 * other questions; the ticket then waits for the answer, from Level 2 on hold (the reason that
 * applies from Level 3, a guess below), and is resumed and resolved once the answer is back.
 */
import type { ScenarioArrival } from '../scenario/schema.ts';
import {
  availableActions,
  COMMAND_MINUTES,
  type Command,
  deskOwns,
  isActiveStatus,
  isDeskGroup,
  pendingRequests,
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
  DECISION_LEVELS,
  type Decider,
  does,
  lacks,
  slips,
} from './choices.ts';

/** Routings after which even a guessing persona resolves at the desk. */
export const MAX_ROUTINGS = 3;

const longest = new WeakMap<object, number>();

/** The most minutes one persona command can take on this scenario (any question, a relevant diagnostic, a report). */
function longestCommand(d: Decider): number {
  const known = longest.get(d.scenario);
  if (known !== undefined) return known;
  let most = Math.max(...Object.values(COMMAND_MINUTES));
  for (const a of d.scenario.timeline) {
    for (const q of a.questions ?? []) most = Math.max(most, q.costMinutes ?? COMMAND_MINUTES['ticket/ask']);
    for (const x of a.diagnostics ?? [])
      if (x.relevant) most = Math.max(most, x.costMinutes ?? COMMAND_MINUTES['ticket/run-diagnostic']);
  }
  longest.set(d.scenario, most);
  return most;
}

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
 * the step is taken; null for a step that is not checked), the minutes its command takes, the
 * maker of its command (null to skip the step for good) and, optionally, whether it waits for now
 * (a waiting step is not taken and stays to do).
 */
interface Step {
  key: string;
  type: TicketCommandType | null;
  minutes: number;
  make: () => Command | null;
  waits?: () => boolean;
}

/** The keys of the escalation step and of its having been put off for desk work. */
const ESCALATE = 'escalate';
const DEFERRED = 'escalate:deferred';

/** The commands the engine allows on the ticket now. */
type Can = ReadonlySet<TicketCommandType>;

/** Everything a ticket's next command depends on. */
interface TicketView {
  d: Decider;
  state: ShiftState;
  t: Ticket;
  a: ScenarioArrival;
  done: Set<string>;
  can: Can;
}

/**
 * Whether the escalation the persona would make takes the ticket off the desk: a functional
 * escalation to a group (Levels 4-5 escalate to a named expert when there is one, which does not).
 */
function escalationLeavesDesk(d: Decider, a: ScenarioArrival): boolean {
  const need = a.truth.escalation;
  if (need === undefined || need.mode !== 'functional') return false;
  const groups = new Set(d.scenario.organisation.groups.map((g) => g.id));
  const toExpert = d.level >= DECISION_LEVELS['expert-escalation'] && need.to.some((p) => !groups.has(p));
  return !toExpert && need.to.some((p) => groups.has(p));
}

/**
 * Whether the escalation of the ticket waits for its desk work: from Level 2, when the escalation
 * would take the ticket off the desk, while desk work is left and the deadline (the truth's
 * `beforeMinute`, else the resolution target) leaves time for it, for one more command of another
 * ticket first (the check comes again at the next decision) and for the thinking before each
 * command. Remembers that it was put off.
 */
function escalationWaits(v: TicketView): boolean {
  const { d, state, t, a, done } = v;
  const need = a.truth.escalation;
  if (need === undefined || d.level < 2 || !escalationLeavesDesk(d, a)) return false;
  const pending = deskFirstSteps(v).filter((s) => !done.has(s.key) && (s.type === null || v.can.has(s.type)));
  if (pending.length === 0) return false;
  const think = d.think ?? 0;
  const work = pending.reduce((sum, s) => sum + s.minutes + think, 0);
  const meanwhile = longestCommand(d) + 2 * think;
  const deadline = need.beforeMinute ?? t.resolution.dueAt;
  const waits = state.now + meanwhile + work + 2 * think <= deadline;
  if (waits) done.add(DEFERRED);
  return waits;
}

function escalateStep(v: TicketView): Step {
  const { d, t, a } = v;
  return {
    key: ESCALATE,
    type: 'ticket/escalate',
    minutes: COMMAND_MINUTES['ticket/escalate'],
    make: () => {
      const e = chooseEscalation(d, a);
      return e === null ? null : { type: 'ticket/escalate', ticketId: t.id, ...e };
    },
    waits: () => escalationWaits(v),
  };
}

/** Intake: log, escalate, prioritise, link; each yields a command, or null to skip it for good. */
function intakeSteps(v: TicketView): Step[] {
  const { d, state, t, a } = v;
  const { level } = d;
  const id = t.id;
  const out: Step[] = [
    {
      key: 'log',
      type: 'ticket/log',
      minutes: COMMAND_MINUTES['ticket/log'],
      make: () => ({
        type: 'ticket/log',
        ticketId: id,
        kind: chooseKind(d, a),
        category: chooseCategory(d, a),
        ...(level >= 1 && a.caller !== undefined ? { caller: a.caller } : {}),
        ...(level >= 1 && a.truth.service !== undefined && !slips(d, 'log')
          ? { service: a.truth.service }
          : {}),
        ...(level >= 2 && a.truth.ci !== undefined ? { ci: a.truth.ci } : {}),
      }),
    },
  ];
  // Level 0 does not know the lifecycle: it tries to close before resolving (unchecked on purpose).
  if (level === 0)
    out.push({
      key: 'early-close',
      type: null,
      minutes: 0,
      make: () => ({ type: 'ticket/close', ticketId: id }),
    });
  if (!lacks(d, 'escalate')) out.push(escalateStep(v));
  if (!lacks(d, 'prioritise')) {
    out.push({
      key: 'prioritise',
      type: 'ticket/prioritise',
      minutes: COMMAND_MINUTES['ticket/prioritise'],
      make: () => ({ type: 'ticket/prioritise', ticketId: id, ...choosePriority(d, a) }),
    });
  }
  const parent = a.truth.parent;
  if (parent !== undefined && Object.hasOwn(state.tickets, parent) && !lacks(d, 'link')) {
    out.push({
      key: 'link',
      type: 'ticket/link',
      minutes: COMMAND_MINUTES['ticket/link'],
      make: () => (does(d, 'link') ? { type: 'ticket/link', ticketId: id, parentId: parent } : null),
    });
  }
  return out;
}

/**
 * The desk work that comes before an escalation when there is time: questions (from Level 2),
 * diagnostics and diagnosis (from Level 3). A duplicate linked to its parent needs none of it:
 * the parent carries the work.
 */
function deskFirstSteps(v: TicketView): Step[] {
  const { d, t, a } = v;
  const { level } = d;
  const id = t.id;
  if (t.parentId !== null && t.parentId === a.truth.parent) return [];
  const out: Step[] = [];
  const irrelevant = (a.questions ?? []).filter((q) => !q.relevant);
  if (level >= DECISION_LEVELS.question && !lacks(d, 'ask')) {
    for (const q of (a.questions ?? []).filter((x) => x.relevant)) {
      out.push({
        key: `ask:${q.id}`,
        type: 'ticket/ask',
        minutes: q.costMinutes ?? COMMAND_MINUTES['ticket/ask'],
        make: () => {
          if (!slips(d, 'question')) return { type: 'ticket/ask', ticketId: id, questionId: q.id };
          const wrong = irrelevant.find((w) => !t.asked.includes(w.id));
          return wrong === undefined ? null : { type: 'ticket/ask', ticketId: id, questionId: wrong.id };
        },
      });
    }
  }
  if (level >= DECISION_LEVELS.diagnostic && !lacks(d, 'diagnose')) {
    for (const diag of (a.diagnostics ?? []).filter((x) => x.relevant)) {
      out.push({
        key: `diag:${diag.id}`,
        type: 'ticket/run-diagnostic',
        minutes: diag.costMinutes ?? COMMAND_MINUTES['ticket/run-diagnostic'],
        make: () =>
          does(d, 'diagnostic')
            ? { type: 'ticket/run-diagnostic', ticketId: id, diagnosticId: diag.id }
            : null,
      });
    }
  }
  if (level >= DECISION_LEVELS.cause && a.truth.cause !== undefined && !lacks(d, 'diagnose')) {
    out.push({
      key: 'diagnose',
      type: 'ticket/diagnose',
      minutes: COMMAND_MINUTES['ticket/diagnose'],
      make: () => {
        const cause = chooseCause(d, a);
        return cause === null ? null : { type: 'ticket/diagnose', ticketId: id, causeId: cause };
      },
    });
  }
  return out;
}

/** Work at the desk: the desk-first work, then knowledge (from Level 2). */
function workSteps(v: TicketView): Step[] {
  const { d, t, a } = v;
  const id = t.id;
  if (t.parentId !== null && t.parentId === a.truth.parent) return [];
  const out = deskFirstSteps(v);
  const article = d.scenario.knowledge.find((k) => k.id === a.truth.article);
  if (article !== undefined && d.level >= DECISION_LEVELS.knowledge && !lacks(d, 'knowledge')) {
    out.push({
      key: 'kb-search',
      type: null,
      minutes: COMMAND_MINUTES['kb/search'],
      make: () => ({ type: 'kb/search', query: article.keywords[0] ?? article.title, ticketId: id }),
    });
    out.push({
      key: 'kb-apply',
      type: 'ticket/apply-article',
      minutes: COMMAND_MINUTES['ticket/apply-article'],
      make: () =>
        does(d, 'knowledge') ? { type: 'ticket/apply-article', ticketId: id, articleId: article.id } : null,
    });
  }
  return out;
}

/**
 * From Level 2: a ticket waiting on others goes on hold, once per routing (which reason: see
 * `chooseHoldReason`; none, no hold).
 */
function vendorHold(v: TicketView): Command | null {
  const { d, t, a, done, can } = v;
  const key = `hold:${t.groupHistory.length}`;
  if (d.level < DECISION_LEVELS.hold || !can.has('ticket/hold') || done.has(key)) return null;
  done.add(key);
  const supplier = d.scenario.organisation.groups.some(
    (g) => g.id === t.assignedGroup && g.tier === 'supplier',
  );
  const reason = chooseHoldReason(d, a, supplier);
  if (reason === null || slips(d, 'hold')) return null;
  return { type: 'ticket/hold', ticketId: t.id, reason };
}

/**
 * From Level 2: a ticket awaiting a third party's answer goes on hold, once (which reason: see
 * `chooseHoldReason`, guessing as for a ticket waiting on others below Level 3; none, no hold).
 */
function awaitingHold(v: TicketView): Command | null {
  const { d, t, a, done, can } = v;
  const key = 'hold:awaiting';
  if (d.level < DECISION_LEVELS.hold || !can.has('ticket/hold') || done.has(key)) return null;
  done.add(key);
  const reason = chooseHoldReason(d, a, true);
  if (reason === null || slips(d, 'hold')) return null;
  return { type: 'ticket/hold', ticketId: t.id, reason };
}

function firstStep(steps: Step[], done: Set<string>, can: Can): Command | null {
  for (const step of steps) {
    if (done.has(step.key) || (step.type !== null && !can.has(step.type))) continue;
    if (step.waits?.() === true) continue;
    done.add(step.key);
    const cmd = step.make();
    if (cmd !== null) return cmd;
  }
  return null;
}

/**
 * The phases of a decision, in order, for a persona from Level 2: `due` (an escalation put off
 * for desk work whose time has come: the work is done, or the deadline leaves no more time),
 * `intake` (log, escalate, prioritise, link) and `all` (intake, work, route or resolve, close).
 * Below Level 2, `all`.
 */
export type TicketPhase = 'due' | 'intake' | 'desk-first' | 'all';

/** The deadline of the ticket's escalation while it waits for the ticket's desk work, else null. */
export function escalationDeadline(t: Ticket, a: ScenarioArrival, done: ReadonlySet<string>): number | null {
  const need = a.truth.escalation;
  if (need === undefined || !done.has(DEFERRED) || done.has(ESCALATE)) return null;
  return need.beforeMinute ?? t.resolution.dueAt;
}

/**
 * The next command for ticket `t` in a phase (see `TicketPhase`), or null when it has nothing to
 * do now. Records the step as done.
 */
export function nextTicketCommand(
  d: Decider,
  state: ShiftState,
  t: Ticket,
  a: ScenarioArrival,
  done: Set<string>,
  phase: TicketPhase,
): Command | null {
  const can: Can = new Set(availableActions(d.scenario, state, t.id));
  const v: TicketView = { d, state, t, a, done, can };
  if (can.has('ticket/close')) {
    if (phase !== 'all') return null;
    const key = `close:${t.reopenCount}`;
    if (d.level === 0 || done.has(key)) return null;
    done.add(key);
    return { type: 'ticket/close', ticketId: t.id };
  }
  if (!isActiveStatus(t.status)) return null;
  // On hold while a group works on it or a third party's answer is awaited, it waits; on hold
  // with nobody on it (the group sent it back, the answer came), the desk resumes it before
  // working it again.
  const awaiting = pendingRequests(t).length > 0;
  if (can.has('ticket/resume') && t.groupDueAt === null && !awaiting)
    return { type: 'ticket/resume', ticketId: t.id };
  const putOff = done.has(DEFERRED) && !done.has(ESCALATE);
  switch (phase) {
    case 'due':
      return putOff && !lacks(d, 'escalate') ? firstStep([escalateStep(v)], done, can) : null;
    case 'intake':
      return firstStep(intakeSteps(v), done, can);
    case 'desk-first':
      return putOff ? firstStep(deskFirstSteps(v), done, can) : null;
    case 'all':
      break;
  }
  const cmd = firstStep([...intakeSteps(v), ...workSteps(v)], done, can);
  if (cmd !== null) return cmd;
  // A duplicate linked to its parent is resolved with it: while the parent is open, it waits.
  const parent = t.parentId !== null && t.parentId === a.truth.parent ? state.tickets[t.parentId] : undefined;
  if (parent !== undefined && isActiveStatus(parent.status)) return null;
  const withGroup =
    t.groupDueAt !== null || (t.assignedGroup !== null && !isDeskGroup(d.scenario, t.assignedGroup));
  if (withGroup) return vendorHold(v);
  // An answer asked of a third party is awaited (on hold, from Level 2) before routing or resolving.
  if (awaiting) return awaitingHold(v);
  const key = `act:${t.groupHistory.length}:${t.reopenCount}`;
  if (done.has(key)) return null;
  done.add(key);
  return routeOrResolve(d, t, a);
}
