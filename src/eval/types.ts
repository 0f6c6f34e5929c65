/**
 * The evaluator's data: evidence items (one observation read for one indicator) and the report,
 * plain JSON so that it can be saved, diffed and compared byte for byte.
 */
import type { IndicatorId, Level } from '../domain/competency.ts';
import type { ObservationKind } from '../scenario/schema.ts';

/** Where an evidence item comes from, for the debrief and for trainers debugging their rules. */
export type EvidenceSource = { type: 'built-in' } | { type: 'rule'; ruleId: string } | { type: 'hook' };

/** One piece of evidence: an observation (an action, or a window closed missed) read for one indicator. */
export interface EvidenceItem {
  indicator: IndicatorId;
  level: Level;
  kind: ObservationKind;
  /** Whether the behaviour was shown. */
  shown: boolean;
  /** How much the item counts (a multiplier on its log-likelihood); 1 by default. */
  weight: number;
  slip: number;
  guess: number;
  atMinute: number;
  ticketId: string | null;
  note: string;
  /** The command it came from; null when the clock brought it (a timer, the end of the shift). */
  logIndex: number | null;
  /** The observation's sequence number. */
  seq: number;
  /**
   * What it is about, for grouping dependent evidence: "ticket:ID", "problem:ID", "command:N"
   * (a command about no ticket) or "moment:SEQ" (the clock's, about no ticket).
   */
  unit: string;
  source: EvidenceSource;
}

export type IndicatorStatus = 'demonstrated' | 'partly' | 'not yet' | 'not assessed';

export interface ReportEvidence {
  /** Game time of day, "HH:MM". */
  time: string;
  minute: number;
  ticket: string | null;
  note: string;
  direction: 'for' | 'against';
  /** Weight of evidence in nats (natural log of the likelihood ratio), as a magnitude. */
  weight: number;
  /** The command it came from; null when the clock brought it (a timer, the end of the shift). */
  logIndex: number | null;
  source: string;
}

export interface ReportIndicator {
  id: IndicatorId;
  level: Level;
  short: string;
  text: string;
  status: IndicatorStatus;
  /** Evidence items for / all, counted (not weighted). */
  shown: number;
  total: number;
  evidence: ReportEvidence[];
}

export interface ReportLevel {
  level: Level;
  name: string;
  /** False when the shift gave no evidence at this level. */
  assessed: boolean;
  /**
   * Whether this shift assesses the level (the breadth rule, for it and every level below). A
   * level above gets no prior mass: its `mastery` and `posterior` are null.
   */
  claimable: boolean;
  /** M_L = P(theta >= level); null above the levels this shift assesses. */
  mastery: number | null;
  /** P(theta = level) (at the cap: that level or above); null above the levels this shift assesses. */
  posterior: number | null;
  /** Distinct indicators of the level with evidence in this shift, and how many the breadth rule needs. */
  breadth: { indicators: number; needed: number };
  /** Indicators demonstrated / indicators assessed / indicators in the catalogue. */
  demonstrated: number;
  assessedIndicators: number;
  indicators: number;
}

export interface Kpis {
  tickets: number;
  /** Share of tickets with no breached clock whose caller did not hang up for good (0-1). */
  slaCompliance: number | null;
  /** Tickets resolved at first contact / tickets resolved (0-1). */
  firstContactResolution: number | null;
  meanMinutesToRespond: number | null;
  meanMinutesToResolve: number | null;
  breaches: number;
  reopens: number;
  abandoned: number;
  /** Tickets still open (waiting, new, in progress, on hold) when the log ends. */
  backlogAtEnd: number;
  /** Satisfaction answers of 4-5 / all answers (0-1). */
  csat: number | null;
  satisfactionAnswers: number;
}

export interface NextStep {
  indicator: IndicatorId;
  level: Level;
  short: string;
  /** How much ln(M / (1 - M)) of the next level would rise had every missed chance for it been taken. */
  gain: number;
  /** The moment in this shift where it could have been shown. */
  moment: { time: string; minute: number; ticket: string | null; note: string; logIndex: number | null };
}

export interface CrossCheck {
  /** Highest level N with every level up to N demonstrated by most of its assessed indicators. */
  level: number;
  agrees: boolean;
  note: string;
}

/**
 * How this evaluator version did on the persona bots of known level (`deskshift calibrate`, the
 * plan in src/personas/calibration.ts), per built-in scenario: the share of runs inferred exactly,
 * within one level, above the truth, whose claimed range held the truth, and the expected
 * calibration error of the confidence (10 bins).
 */
export interface CalibrationSummary {
  evaluator: number;
  plan: { seeds: number; noise: number[]; think: number };
  scenarios: {
    id: string;
    runs: number;
    exact: number;
    withinOne: number;
    over: number;
    claimRight: number;
    ece: number;
  }[];
}

export interface Report {
  /** Inferred level, 0 (not yet Level 1) to 5: the highest level L with M_L >= 0.8. */
  level: number;
  /**
   * P(range.from <= theta <= range.to) under a uniform prior over the levels this shift assesses:
   * the probability that the claim is right. The range starts at `level` and reaches up only as
   * far as it must to hold 0.8, so a claim is never made at less than 80 %. 0 when the shift
   * assesses no level at all (`assessableUpTo` 0).
   */
  confidence: number;
  /** The levels claimed (from = `level`); at the cap, "Level N" means N or above. */
  range: { from: number; to: number };
  levelName: string;
  /** The claim in words, as the text report and the debrief show it. */
  claim: string;
  /** Highest level this shift assesses (the breadth rule, see `breadthRule`). */
  assessableUpTo: number;
  /** Why it assesses no higher; null when it reaches Level 5. */
  capReason: string | null;
  breadthRule: string;
  /** Posterior over theta 0..assessableUpTo. */
  posterior: number[];
  crossCheck: CrossCheck;
  levels: ReportLevel[];
  indicators: ReportIndicator[];
  kpis: Kpis;
  nextSteps: NextStep[];
  calibration: CalibrationSummary;
  versions: {
    scenario: { id: string; version: string; hash: string };
    engine: number;
    evaluator: number;
  };
}

export interface EvaluateMeta {
  scenarioHash: string;
  engineVersion: number;
}
