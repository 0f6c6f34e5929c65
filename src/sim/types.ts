/**
 * The engine's contract: commands in, events and observations out, plain-JSON state.
 * `step(state, input) -> { state, events }` is the only way state changes. Commands are events
 * of the trainee's intent (`ticket/escalate`), never setters. Observations compare an action
 * (or a missed window) with the scenario's hidden truth; the evaluator reads nothing else.
 */
import type {
  ObservationKind,
  PriorityValue,
  ThirdPartyChannel,
  TicketKindName,
} from '../scenario/schema.ts';
import type { Input, LoggedCommand } from './command-schema.ts';

export type TicketId = string;
export type Minute = number;
export type ImpactLevel = 1 | 2 | 3;

/** Bumped whenever the same log could replay to a different state. */
export const ENGINE_VERSION = 4;
/** Bumped whenever the log's shape changes (1: clock advances in the entries; 2: stamped commands). */
export const LOG_FORMAT = 2;

// ---------------------------------------------------------------------------------------------
// Inputs: defined once, as a schema, in command-schema.ts

export type {
  ClockAdvance,
  Command,
  CommandOf,
  CommandType,
  Input,
  LoggedCommand,
} from './command-schema.ts';

// ---------------------------------------------------------------------------------------------
// Observations: what the evaluator consumes

/**
 * What an observation is about: a ticket today; changes, problems, major incidents, activities
 * (such as the shift's SLA deviation report) and colleagues have room here.
 */
export const SUBJECT_KINDS = [
  'ticket',
  'change',
  'problem',
  'major-incident',
  'activity',
  'colleague',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export interface Subject {
  kind: SubjectKind;
  id: string;
}

/**
 * Why a time-driven failure (a breach, a hang-up, a window that time closed missed) happened, as
 * the engine attributes it from the trainee's attention (src/sim/attention.ts): the desk was busy
 * on work as urgent or more ('queue'), it was idle or on less urgent work ('neglect'), or the
 * trainee had set the ticket to a less urgent priority than its true one ('wrong-priority').
 */
export const FAILURE_CAUSES = ['queue', 'neglect', 'wrong-priority'] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export interface Observation {
  /** Sequence number, unique and increasing within a shift. */
  seq: number;
  atMinute: Minute;
  kind: ObservationKind;
  /** What it is about (a ticket, a problem, the shift's deviation report, ...). */
  subject: Subject;
  /** The ticket it is about, or for a problem the first of its tickets; null for shift-wide ones. */
  ticketId: TicketId | null;
  /** Whether the trainee did the right thing (false also for a window that closed unused). */
  ok: boolean;
  /** True when this records a missed opportunity rather than an action. */
  missed: boolean;
  expected: string | null;
  actual: string | null;
  /** One plain sentence for the debrief, e.g. "Priority set to P3; the right priority was P2." */
  note: string;
  /**
   * For a time-driven failure (breached, abandoned, or a window closed missed at the shift end, a
   * deadline or a breach), why it happened (see FailureCause); null for every other observation.
   */
  cause: FailureCause | null;
  /**
   * With a cause: the share (0-1, two decimals) of the time the ticket waited that the desk spent
   * on it or on work as urgent or more; null when `cause` is null.
   */
  busyShare: number | null;
  /**
   * Index in the log of the command that produced it (for "open this moment in the shift"), or
   * null when the clock did (a timer, a window closing at the end of the shift).
   */
  logIndex: number | null;
}

// ---------------------------------------------------------------------------------------------
// Events: what happened in one step, for the UI's notifications and sounds

export type EngineEvent =
  | { type: 'contact/arrived'; ticketId: TicketId; channel: string }
  | { type: 'contact/abandoned'; ticketId: TicketId }
  | { type: 'caller/answered'; ticketId: TicketId; questionId: string; answer: string }
  /** A question to a third party was sent; its answer comes back at `dueAt`. */
  | {
      type: 'party/asked';
      ticketId: TicketId;
      questionId: string;
      from: string;
      via: ThirdPartyChannel;
      dueAt: Minute;
    }
  /** A third party's delayed answer came back. */
  | {
      type: 'party/answered';
      ticketId: TicketId;
      questionId: string;
      from: string;
      via: ThirdPartyChannel;
      answer: string;
    }
  | { type: 'kb/results'; query: string; articleIds: string[] }
  | { type: 'diagnostic/result'; ticketId: TicketId; diagnosticId: string; result: string }
  | { type: 'sla/warning'; ticketId: TicketId; clock: 'response' | 'resolution'; percent: number }
  | { type: 'sla/breached'; ticketId: TicketId; clock: 'response' | 'resolution' }
  | { type: 'ticket/callback'; ticketId: TicketId; message: string }
  | { type: 'ticket/reopened'; ticketId: TicketId; message: string }
  /** A finding on a ticket (a fix's consequence, e.g. a security review of access granted). */
  | { type: 'ticket/finding'; ticketId: TicketId; message: string }
  | { type: 'ticket/resolved-by-group'; ticketId: TicketId; groupId: string }
  | { type: 'ticket/bounced'; ticketId: TicketId; groupId: string; message: string }
  | { type: 'problem/raised'; problemId: string }
  /** `command` is the rejected input's type, or 'unknown' when the input was not recognisable. */
  | { type: 'command/rejected'; command: Input['type'] | 'unknown'; reason: string }
  | { type: 'shift/ended'; atMinute: Minute };

// ---------------------------------------------------------------------------------------------
// State: plain JSON, no classes, Maps or Dates

export type TicketStatus =
  | 'waiting' // arrived, not yet answered or opened
  | 'abandoned' // the caller gave up before being answered
  | 'new'
  | 'in-progress'
  | 'on-hold'
  | 'resolved'
  | 'closed'
  | 'cancelled';

export interface SlaClock {
  /** When the clock started (the arrival). */
  startedAt: Minute;
  /** The target in force, in minutes (the resolution target follows the priority in force). */
  targetMinutes: number;
  /** Minutes the clock did not run (valid holds, time between a wrong fix and the reopen). */
  pausedMinutes: number;
  /** When the clock is due: startedAt + targetMinutes + pausedMinutes. */
  dueAt: Minute;
  stoppedAt: Minute | null;
  breached: boolean;
  /** Warning percentages already raised. */
  warned: number[];
}

/**
 * A question sent to a third party (a question with `from` and `delayMinutes`): asked at
 * `askedAt`, its answer comes back at `dueAt` (a timer), when `answeredAt` is set.
 */
export interface PartyRequest {
  questionId: string;
  /** The group or expert id that answers. */
  from: string;
  askedAt: Minute;
  dueAt: Minute;
  /** When the answer came back; null while the ticket awaits it. */
  answeredAt: Minute | null;
}

export interface Ticket {
  id: TicketId;
  arrivedAt: Minute;
  channel: string;
  callerId: string | null;
  subject: string;
  status: TicketStatus;
  kind: TicketKindName | null;
  category: string | null;
  serviceId: string | null;
  ciId: string | null;
  impact: ImpactLevel | null;
  urgency: ImpactLevel | null;
  /** The priority in force: as set by the trainee, else the true one. */
  priority: PriorityValue;
  prioritySet: boolean;
  assignedGroup: string | null;
  escalations: { atMinute: Minute; mode: 'functional' | 'hierarchical'; to: string }[];
  asked: string[];
  /** Questions sent to third parties, in the order they were asked (see PartyRequest). */
  requests: PartyRequest[];
  diagnosticsRun: string[];
  diagnosis: string | null;
  articleId: string | null;
  fixId: string | null;
  holdReason: string | null;
  holdSince: Minute | null;
  pausedMinutes: number;
  respondedAt: Minute | null;
  resolvedAt: Minute | null;
  closedAt: Minute | null;
  reopenCount: number;
  parentId: TicketId | null;
  problemId: string | null;
  /** The caller's mood, 0 (furious) to 100 (delighted). */
  mood: number;
  /** 1-5 once resolved. */
  satisfaction: number | null;
  response: SlaClock;
  resolution: SlaClock;
  notes: { atMinute: Minute; text: string }[];
  /** Follow-up ids already fired. */
  firedFollowUps: string[];
  /** When a group will hand the ticket back (resolved or bounced), if routed. */
  groupDueAt: Minute | null;
  /** Whether the desk resolved it at the first contact, without routing. */
  firstContact: boolean;
  /** Since when the caller has been waiting unanswered (patience counts from here; restarts on callback). */
  waitingSince: Minute;
  /** When a wrong fix makes the ticket come back, if one is pending. */
  reopenDueAt: Minute | null;
  /** What the group does at `groupDueAt`: resolve it (right group) or bounce it back (wrong group). */
  groupOutcome: 'resolve' | 'bounce' | null;
  /** Every group the ticket was routed to, in order (assign or functional escalation). */
  groupHistory: string[];
  /**
   * The ticket's opportunity windows (src/sim/opportunities.ts) that closed missed, in order; a
   * behaviour after that gives no second verdict.
   */
  missedWindows: ObservationKind[];
  /** When a wrong fix last brought the ticket back (its wait starts again there), if it did. */
  reopenedAt: Minute | null;
  /** A finding a fix's consequence raises later in the shift (a security review), while it is pending. */
  pendingFinding: { dueAt: Minute; text: string } | null;
}

/**
 * Where the trainee's attention went: from the end of the previous span (0 at the start) to the
 * minute an accepted command's cost brought the clock to, on the command's ticket (null for a
 * command on no ticket). `triage` marks the intake of a contact (answer, log, prioritise), which
 * is right work whatever the ticket's priority: nobody knows it before triage. Consecutive spans
 * on one ticket and of one kind are merged; spans never overlap.
 */
export interface AttentionSpan {
  ticketId: TicketId | null;
  triage: boolean;
  from: Minute;
  to: Minute;
}

export interface Problem {
  id: string;
  title: string;
  raisedAt: Minute;
  ticketIds: TicketId[];
}

export interface ShiftState {
  engineVersion: number;
  scenarioId: string;
  now: Minute;
  endMinute: Minute;
  ended: boolean;
  /** The shift's seed: random draws come from streams keyed by it (see rng.ts), so steps stay pure. */
  seed: number;
  /** Index of the next scenario arrival (timeline sorted by time, then file order). */
  nextArrival: number;
  tickets: Record<TicketId, Ticket>;
  /** Ticket ids in arrival order. */
  order: TicketId[];
  problems: Record<string, Problem>;
  observations: Observation[];
  /** The trainee's attention, span by span, in time order (see AttentionSpan and attention.ts). */
  attention: AttentionSpan[];
  nextSeq: number;
  /** Number of commands applied so far (the log index of the next command). */
  commandCount: number;
}

export interface StepResult {
  state: ShiftState;
  events: EngineEvent[];
}

// ---------------------------------------------------------------------------------------------
// The log: the truth of a shift

export interface ShiftLog {
  logFormat: typeof LOG_FORMAT;
  scenarioId: string;
  /** Content hash of the scenario file the shift was played against. */
  scenarioHash: string;
  seed: number;
  engineVersion: number;
  /** The commands in order, each stamped with its game minute. */
  entries: LoggedCommand[];
  /** The last minute the clock reached (it runs on between commands). */
  reachedMinute: Minute;
  /** Who played and when: outside the content hash and outside the replay. */
  learnerId?: string;
  /** One attempt's id (a UUID, as xAPI and cmi5 registrations are). */
  registration?: string;
  /** Wall-clock start of the shift, ISO 8601. */
  startedAt?: string;
}
