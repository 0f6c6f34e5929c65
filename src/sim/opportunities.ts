/**
 * The one opportunity model: every observation kind that is a window (a chance the shift gives the
 * trainee to show a behaviour) declares here, once, when it opens (from the scenario's hidden
 * truth), what gives its verdict, and at which moments it closes missed while still open. The
 * engine emits every verdict from it (actions, and `closeWindows` for the missed ones), coverage
 * counts it, and the evaluator only maps the observations to indicators.
 *
 * A window gives each behaviour its verdict while it is open; a window that closed missed gives
 * no second verdict to a late behaviour (one event, one verdict). The desk's own work on a ticket
 * (questions, knowledge, diagnostics, diagnosis) is judged only while the ticket is at the desk.
 * At the shift end a ticket window closes missed only when its behaviour fell due inside the shift
 * (`dueBy`: the response or resolution target of the arrival's true priority, from its arrival);
 * a contact that came in too late is left unjudged, not failed.
 * `owed` reads the ticket's state: whether the behaviour is still wanting when a closing moment
 * comes (a window closes missed at most once: Ticket.missedWindows).
 *
 * A situation that arose and was let pass is evidence against, never "not assessed": a contact
 * nobody answered (waiting, or abandoned by its caller) still owes its logging, classification,
 * priority, routing or link, its desk work and, when the desk owns it, its resolution, and each
 * closes missed at the shift end. Only the first contact and the lifecycle are never missed.
 *
 * Load-aware failures: a ticket window that closes missed at a moment time brings (TIME_MOMENTS:
 * the shift end, a deadline, a breach), like a breach or a hang-up, carries a cause decided from the
 * trainee's attention (src/sim/attention.ts): 'wrong-priority' when the trainee had set the ticket
 * less urgent than it truly is, 'queue' when for at least 75 % of the time it waited the desk was on
 * it or on work as urgent or more, else 'neglect'. Problem and shift windows carry no cause: they
 * are not a ticket waiting its turn.
 */
import {
  OBSERVATION_KINDS,
  type ObservationKind,
  type Scenario,
  type ScenarioArrival,
} from '../scenario/schema.ts';
import {
  deskOwns,
  isDeskGroup,
  longestTurnaround,
  type ScenarioIndex,
  truthProblem,
} from './scenario-index.ts';
import { isOpenStatus, isSettledStatus } from './status.ts';
import type { Ticket } from './types.ts';

/** Moments at which a window still open closes with a missed verdict. */
export type ClosingMoment =
  /** The ticket left the desk's hands: routed to another group, or resolved. */
  | 'left-desk'
  /** The ticket was resolved (by anyone). */
  | 'resolved'
  /** A deadline of the hidden truth passed (an escalation's `beforeMinute`). */
  | 'deadline'
  /** The ticket's resolution target was breached. */
  | 'breach'
  | 'shift-end';

/**
 * The closing moments time brings, not the trainee's choices: a window closed missed then is a
 * time-driven failure and gets a cause from the load the desk was under (attention.ts). A ticket
 * leaving the desk or being resolved with work still wanting is a choice: no cause.
 */
export const TIME_MOMENTS: readonly ClosingMoment[] = ['deadline', 'breach', 'shift-end'];

interface Declared {
  kind: ObservationKind;
  /** When it opens and what closes it, in words (for trainers and the tests). */
  rule: string;
  /** The moments at which it closes missed, if still open and owed. */
  missedAt: readonly ClosingMoment[];
}

/** A window per arrival whose truth opens it. */
export interface TicketWindow extends Declared {
  scope: 'ticket';
  /**
   * The target (of the arrival's true priority, from its arrival) by which the behaviour is due: at
   * the shift end a window closes missed only when that target fell due inside the shift. A
   * contact that came in too late to be due is left unjudged, not failed.
   */
  dueBy: 'response' | 'resolution';
  opens: (scenario: Scenario, arrival: ScenarioArrival) => boolean;
  /** Whether the ticket, as it stands, still owes the behaviour at `moment` (a missed verdict is due). */
  owed: (t: Ticket, index: ScenarioIndex, moment: ClosingMoment) => boolean;
}

/** A window per hidden problem two or more arrivals share, counted on the first of them. */
export interface ProblemWindow extends Declared {
  scope: 'problem';
  opens: (scenario: Scenario, arrival: ScenarioArrival) => boolean;
}

/** One window for the whole shift. */
export interface ShiftWindow extends Declared {
  scope: 'shift';
  opens: (scenario: Scenario) => boolean;
}

export type WindowDeclaration = TicketWindow | ProblemWindow | ShiftWindow;

/** A duplicate: its truth names a parent arrival, and linking to it is the whole job. */
export function isDuplicate(arrival: ScenarioArrival): boolean {
  return arrival.truth.parent !== undefined;
}

/** Whether the ticket is in the desk's hands: not routed to (and still with) another group. */
export function atDesk(index: ScenarioIndex, t: Ticket): boolean {
  return t.assignedGroup === null || isDeskGroup(index, t.assignedGroup);
}

/**
 * Whether the desk's work of this kind on the ticket gets a verdict now: only while the ticket is
 * at the desk and its window has not already closed missed (a question asked after the ticket
 * left the desk is not credited; one event, one verdict).
 */
export function deskWorkJudged(index: ScenarioIndex, t: Ticket, kind: ObservationKind): boolean {
  return atDesk(index, t) && !t.missedWindows.includes(kind);
}

/**
 * Whether the ticket can be resolved inside the shift when worked right: the desk resolves its
 * own at once; a group routed to at arrival hands it back after its turnaround and the largest
 * jitter; a duplicate is resolved with its parent.
 */
function resolvableInShift(scenario: Scenario, arrival: ScenarioArrival, depth = 0): boolean {
  const parentId = arrival.truth.parent;
  const parent = scenario.timeline.find((a) => a.id === parentId);
  if (parent !== undefined && depth < scenario.timeline.length) {
    return resolvableInShift(scenario, parent, depth + 1);
  }
  if (deskOwns(scenario, arrival)) return true;
  const group = scenario.organisation.groups.find((g) => g.id === arrival.truth.group);
  if (group === undefined) return false;
  return arrival.at + longestTurnaround(group) < scenario.meta.lengthMinutes;
}

/** The arrivals sharing the arrival's hidden problem, in timeline order. */
function problemMates(scenario: Scenario, arrival: ScenarioArrival): ScenarioArrival[] {
  const key = truthProblem(arrival);
  if (key === null) return [];
  return [...scenario.timeline]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.at - y.a.at || x.i - y.i)
    .map((x) => x.a)
    .filter((a) => truthProblem(a) === key);
}

/** A target (minutes) of the arrival's true priority, null when the policy lacks one. */
function trueTarget(
  scenario: Scenario,
  arrival: ScenarioArrival,
  which: TicketWindow['dueBy'],
): number | null {
  const { impact, urgency } = arrival.truth;
  const cell = scenario.sla.matrix.find((c) => c.impact === impact && c.urgency === urgency);
  const target = scenario.sla.targets.find((t) => t.priority === cell?.priority);
  if (target === undefined) return null;
  return which === 'response' ? target.responseMinutes : target.resolutionMinutes;
}

/** Whether the window's behaviour fell due by `minute` (the arrival's true target, from its arrival). */
export function fellDue(
  scenario: Scenario,
  arrival: ScenarioArrival,
  w: TicketWindow,
  minute: number,
): boolean {
  const target = trueTarget(scenario, arrival, w.dueBy);
  return target === null || arrival.at + target <= minute;
}

const always = (): boolean => true;
const never = (): boolean => false;
/** The desk's own work on a ticket: not for a duplicate, whose parent carries the work. */
const deskWork = (open: (a: ScenarioArrival) => boolean) => (_s: Scenario, a: ScenarioArrival) =>
  !isDuplicate(a) && open(a);
/**
 * Desk work still wanting: owed when the ticket leaves the desk, and at the shift end only while
 * it is still in the desk's hands (a ticket with another group had its verdict when it left).
 */
const owedAtDesk =
  (wanting: (t: Ticket) => boolean) =>
  (t: Ticket, index: ScenarioIndex, moment: ClosingMoment): boolean =>
    wanting(t) && (moment !== 'shift-end' || atDesk(index, t));

/**
 * The declarations, one per observation kind; null for kinds that are not windows but verdicts on
 * their own (a hang-up, a hold, a breach): nothing is owed for them, so coverage does not count them.
 */
export const WINDOWS: Readonly<Record<ObservationKind, WindowDeclaration | null>> = {
  acknowledged: {
    kind: 'acknowledged',
    scope: 'ticket',
    dueBy: 'response',
    rule: 'every arrival; answering gives the verdict (late or not); missed when still waiting unanswered at the shift end',
    opens: always,
    missedAt: ['shift-end'],
    owed: (t) => t.status === 'waiting' && t.respondedAt === null,
  },
  abandoned: null,
  logged: {
    kind: 'logged',
    scope: 'ticket',
    dueBy: 'response',
    rule: 'every arrival; the first log gives the verdict; missed when never logged by the shift end, answered or not (a contact left unanswered was never logged either)',
    opens: always,
    missedAt: ['shift-end'],
    owed: (t) => t.kind === null,
  },
  classified: {
    kind: 'classified',
    scope: 'ticket',
    dueBy: 'response',
    rule: 'every arrival; the first log gives the verdict; missed when never logged (so never classified) by the shift end, answered or not',
    opens: always,
    missedAt: ['shift-end'],
    owed: (t) => t.kind === null,
  },
  lifecycle: {
    kind: 'lifecycle',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival that can be resolved inside the shift; closing it once resolved (ok) or an illegal close or resolve (not ok); never missed',
    opens: (s, a) => resolvableInShift(s, a),
    missedAt: [],
    owed: never,
  },
  prioritised: {
    kind: 'prioritised',
    scope: 'ticket',
    dueBy: 'response',
    rule: 'every arrival; the first priority set gives the verdict; missed when never prioritised by the shift end, answered or not',
    opens: always,
    missedAt: ['shift-end'],
    owed: (t) => !t.prioritySet,
  },
  routed: {
    kind: 'routed',
    scope: 'ticket',
    dueBy: 'response',
    rule: 'an arrival another group owns that is not a duplicate; the first routing gives the verdict (routing a duplicate is wrong: it needs linking); missed when never routed and not settled (a wrong fix waiting to come back settles nothing) at the shift end, answered or not',
    opens: (s, a) => !deskOwns(s, a) && !isDuplicate(a),
    missedAt: ['shift-end'],
    // A wrong fix waiting to come back (reopenDueAt) has not settled anything: the routing is still owed.
    owed: (t) => t.groupHistory.length === 0 && !(isSettledStatus(t.status) && t.reopenDueAt === null),
  },
  questioned: {
    kind: 'questioned',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival with a relevant question, not a duplicate; each question asked at the desk gives a verdict; missed when the ticket leaves the desk without one, or when the shift ends with it still at the desk (answered or not) without one',
    opens: deskWork((a) => (a.questions ?? []).some((q) => q.relevant)),
    missedAt: ['left-desk', 'shift-end'],
    owed: owedAtDesk((t) => t.asked.length === 0),
  },
  'kb-applied': {
    kind: 'kb-applied',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival with an article that applies, not a duplicate; each article applied at the desk gives a verdict; missed when the ticket leaves the desk without one, or when the shift ends with it still at the desk (answered or not) without one',
    opens: deskWork((a) => a.truth.article !== undefined),
    missedAt: ['left-desk', 'shift-end'],
    owed: owedAtDesk((t) => t.articleId === null),
  },
  resolved: {
    kind: 'resolved',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival the desk owns with a fix, not a duplicate; each resolution gives a verdict; missed when it is still not settled (open, or abandoned) at the shift end, answered or not',
    opens: (s, a) => deskOwns(s, a) && a.truth.fix !== undefined && !isDuplicate(a),
    missedAt: ['shift-end'],
    owed: (t) => !isSettledStatus(t.status),
  },
  'first-contact': {
    kind: 'first-contact',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival the desk owns with a fix, not a duplicate; a right resolution by the desk gives the verdict; never missed',
    opens: (s, a) => deskOwns(s, a) && a.truth.fix !== undefined && !isDuplicate(a),
    missedAt: [],
    owed: never,
  },
  escalated: {
    kind: 'escalated',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival whose truth needs an escalation; each escalation gives a verdict; missed at its deadline, its resolution breach or the shift end if still open and never escalated (a later escalation gives no second verdict)',
    opens: (_s, a) => a.truth.escalation !== undefined,
    missedAt: ['deadline', 'breach', 'shift-end'],
    owed: (t) => t.escalations.length === 0 && isOpenStatus(t.status),
  },
  held: null,
  breached: null,
  linked: {
    kind: 'linked',
    scope: 'ticket',
    dueBy: 'response',
    rule: 'a duplicate (truth.parent); each link gives a verdict; missed when it is resolved or the shift ends unlinked, answered or not',
    opens: (_s, a) => isDuplicate(a),
    missedAt: ['resolved', 'shift-end'],
    owed: (t) => t.parentId === null,
  },
  'problem-raised': {
    kind: 'problem-raised',
    scope: 'problem',
    rule: 'a hidden problem two or more arrivals share, counted once on its first arrival; each problem raised gives a verdict (on the first of its tickets); missed at the shift end when two or more of them arrived and none was raised for them',
    opens: (s, a) => {
      const mates = problemMates(s, a);
      return mates.length >= 2 && mates[0] === a;
    },
    missedAt: ['shift-end'],
  },
  'diagnostic-run': {
    kind: 'diagnostic-run',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival with a relevant diagnostic, not a duplicate; each diagnostic run at the desk gives a verdict; missed when the ticket leaves the desk without one, or when the shift ends with it still at the desk (answered or not) without one',
    opens: deskWork((a) => (a.diagnostics ?? []).some((x) => x.relevant)),
    missedAt: ['left-desk', 'shift-end'],
    owed: owedAtDesk((t) => t.diagnosticsRun.length === 0),
  },
  diagnosed: {
    kind: 'diagnosed',
    scope: 'ticket',
    dueBy: 'resolution',
    rule: 'an arrival with a true cause, not a duplicate; each diagnosis recorded at the desk gives a verdict; missed when the ticket leaves the desk without one, or when the shift ends with it still at the desk (answered or not) without one',
    opens: deskWork((a) => a.truth.cause !== undefined),
    missedAt: ['left-desk', 'shift-end'],
    owed: owedAtDesk((t) => t.diagnosis === null),
  },
  'deviation-reported': {
    kind: 'deviation-reported',
    scope: 'shift',
    rule: 'the shift, when some response target expires inside it; each report gives a verdict; missed at the shift end when a ticket breached and no report was sent',
    opens: (s) =>
      s.timeline.some((a) => {
        const target = trueTarget(s, a, 'response');
        return target !== null && a.at + target < s.meta.lengthMinutes;
      }),
    missedAt: ['shift-end'],
  },
};

/** The declarations in observation-kind order (the order missed verdicts are given in). */
export const WINDOW_LIST: readonly WindowDeclaration[] = OBSERVATION_KINDS.flatMap((k) => {
  const w = WINDOWS[k];
  return w === null ? [] : [w];
});

/** Ticket windows, in order. */
export const TICKET_WINDOWS: readonly TicketWindow[] = WINDOW_LIST.filter(
  (w): w is TicketWindow => w.scope === 'ticket',
);

/** The windows an arrival opens (its ticket windows, and a shared problem's on its first arrival), in order. */
export function arrivalWindows(scenario: Scenario, arrival: ScenarioArrival): ObservationKind[] {
  return WINDOW_LIST.filter((w) => w.scope !== 'shift' && w.opens(scenario, arrival)).map((w) => w.kind);
}

/** The shift-wide windows the scenario opens, in order. */
export function shiftWindows(scenario: Scenario): ObservationKind[] {
  return WINDOW_LIST.filter((w) => w.scope === 'shift' && w.opens(scenario)).map((w) => w.kind);
}
