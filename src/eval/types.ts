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
  /** False when the shift gave no opportunity at this level. */
  assessed: boolean;
  /** Whether the report may claim this level: every level up to it had evidence and is assessable. */
  claimable: boolean;
  /** M_L = P(theta >= level). */
  mastery: number;
  /** P(theta = level). */
  posterior: number;
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

export interface Report {
  /** Inferred level, 0 (not yet Level 1) to 5. */
  level: number;
  /** Posterior mass of the inferred level (0-1). */
  confidence: number;
  levelName: string;
  /** Highest level this shift can claim: every level up to it had evidence and is assessable. */
  assessableUpTo: number;
  /** Posterior over theta 0..5. */
  posterior: number[];
  crossCheck: CrossCheck;
  levels: ReportLevel[];
  indicators: ReportIndicator[];
  kpis: Kpis;
  nextSteps: NextStep[];
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
