/**
 * The xAPI vocabulary of deskshift: every IRI a statement uses, each with the words the profile
 * (profile.ts) publishes for it, so the statements and the profile cannot drift apart.
 *
 * Every IRI hangs off one base. The default sits in the reserved `.invalid` domain on purpose: it
 * never resolves, and an organisation that publishes the profile (it is served with the game at
 * `xapi/profile.jsonld`) passes its own base, for instance `https://training.example.org/deskshift/xapi`.
 */
import { INDICATORS, LEVEL_NAMES, type Level } from '../domain/competency.ts';

/** The base when none is given: reserved, so it can never be mistaken for a published one. */
export const DEFAULT_XAPI_BASE = 'https://deskshift.invalid/xapi';

/** The profile's version; bumped whenever a statement's shape or meaning changes. */
export const PROFILE_VERSION = '1.0.0';

/** The xAPI version the statements follow. */
export const XAPI_VERSION = '1.0.3';

/** ADL's activity type for a simulation, which a scenario is. */
export const SIMULATION_TYPE = 'http://adlnet.gov/expapi/activities/simulation';

/** ADL's activity type for an xAPI Profile version named in a statement's category. */
export const PROFILE_TYPE = 'http://adlnet.gov/expapi/activities/profile';

export type LanguageMap = Record<string, string>;

export interface Term {
  id: string;
  label: string;
  definition: string;
}

/** The IRIs under one base. */
export interface Vocabulary {
  base: string;
  profile: string;
  profileVersion: string;
  verbs: { assessed: Term };
  activityTypes: { competency: Term; indicator: Term; level: Term };
  resultExtensions: {
    confidence: Term;
    range: Term;
    assessableUpTo: Term;
    claim: Term;
    status: Term;
    evidence: Term;
  };
  contextExtensions: { scenario: Term; engineVersion: Term; evaluatorVersion: Term };
  competency: string;
  level: (level: number) => string;
  indicator: (id: string) => string;
  scenario: (id: string) => string;
}

/** A base as given, without trailing slashes; refused unless it is an absolute http(s) IRI. */
export function normaliseBase(base: string): string | null {
  const trimmed = base.replace(/\/+$/, '');
  return /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(trimmed) ? trimmed : null;
}

/** The vocabulary under `base` (already normalised). */
export function vocabulary(base: string = DEFAULT_XAPI_BASE): Vocabulary {
  const term = (path: string, label: string, definition: string): Term => ({
    id: `${base}/${path}`,
    label,
    definition,
  });
  return {
    base,
    profile: `${base}/profile`,
    profileVersion: `${base}/profile/v${PROFILE_VERSION}`,
    verbs: {
      assessed: term(
        'verbs/assessed',
        'was assessed on',
        "The actor's play of one deskshift shift was assessed on the object: the Service Management competency (the level inferred) or one of its behavioural indicators (its evidence). Sent once per assessed thing per shift; never for an indicator the shift could not assess.",
      ),
    },
    activityTypes: {
      competency: term(
        'activity-types/competency',
        'competency',
        'A competency with proficiency levels 1-5 (Follow, Assist, Apply, Ensure, Strategise) and behavioural indicators per level.',
      ),
      indicator: term(
        'activity-types/indicator',
        'behavioural indicator',
        "One behavioural indicator of a competency at one proficiency level, as the competency's text states it.",
      ),
      level: term(
        'activity-types/proficiency-level',
        'proficiency level',
        'One proficiency level of a competency; level 0 means not yet Level 1.',
      ),
    },
    resultExtensions: {
      confidence: term(
        'extensions/confidence',
        'confidence',
        'A number from 0 to 1: the probability that the level range claimed is right, from the shift evidence with every assessable level equally likely beforehand. 0 when the shift assessed no level.',
      ),
      range: term(
        'extensions/level-range',
        'level range',
        'An object {from, to}: the levels claimed; from is the level inferred. When one level alone is less than 80 % sure, the claim reaches up to the fewest levels that hold 80 % together.',
      ),
      assessableUpTo: term(
        'extensions/assessable-up-to',
        'assessable up to',
        'An integer from 0 to 5: the highest level this shift could assess (the breadth rule); the levels above were not assessed, which is not a failure.',
      ),
      claim: term('extensions/claim', 'claim', 'The claim in English words, as the debrief shows it.'),
      status: term(
        'extensions/indicator-status',
        'indicator status',
        'One of "demonstrated", "partly" or "not yet": what the evidence of this shift shows for the indicator.',
      ),
      evidence: term(
        'extensions/evidence',
        'evidence',
        'An array of the evidence items for and against, strongest first, each {logIndex (the command in the shift log, null for what the clock brought), minute and time (game time), ticket, direction ("for" or "against"), weight (nats), note}.',
      ),
    },
    contextExtensions: {
      scenario: term(
        'extensions/scenario',
        'scenario',
        'An object {id, version, hash}: the scenario played, with the content hash of the exact file, so a statement can be traced to what the trainee saw.',
      ),
      engineVersion: term(
        'extensions/engine-version',
        'engine version',
        'An integer: the version of the simulation engine that replayed the shift log.',
      ),
      evaluatorVersion: term(
        'extensions/evaluator-version',
        'evaluator version',
        'An integer: the version of the evaluator that inferred the level from the replayed shift.',
      ),
    },
    competency: `${base}/competency/service-management`,
    level: (level) => `${base}/competency/service-management/level/${level}`,
    indicator: (id) => `${base}/competency/service-management/indicator/${id}`,
    scenario: (id) => `${base}/scenarios/${encodeURIComponent(id)}`,
  };
}

/** The name of level 0-5 as an activity's name. */
export function levelTitle(level: number): string {
  return level >= 1 && level <= 5 ? `Level ${level} (${LEVEL_NAMES[level as Level]})` : 'Not yet Level 1';
}

/** The activities of the competency, its levels and its indicators, for the profile. */
export function competencyActivities(
  v: Vocabulary,
): { id: string; type: string; name: string; description: string }[] {
  return [
    {
      id: v.competency,
      type: v.activityTypes.competency.id,
      name: 'Service Management',
      description:
        'The Service Management competency, Levels 1 (Follow) to 5 (Strategise), as deskshift assesses it.',
    },
    ...[0, 1, 2, 3, 4, 5].map((level) => ({
      id: v.level(level),
      type: v.activityTypes.level.id,
      name: `Service Management, ${levelTitle(level)}`,
      description:
        level === 0
          ? 'Not yet Level 1 of the Service Management competency.'
          : `Level ${level} of the Service Management competency.`,
    })),
    ...INDICATORS.map((i) => ({
      id: v.indicator(i.id),
      type: v.activityTypes.indicator.id,
      name: `${i.id}: ${i.short}`,
      description: i.text,
    })),
  ];
}
