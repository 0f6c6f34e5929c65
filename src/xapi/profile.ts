/**
 * The xAPI Profile (JSON-LD, xAPI Profiles 1.0) that defines deskshift's verb, activity types,
 * extensions and activities, built from the same vocabulary as the statements. The game serves it
 * as `xapi/profile.jsonld`; `deskshift xapi --profile` prints it for another base.
 */
import { competencyActivities, type Term, type Vocabulary, vocabulary } from './vocabulary.ts';

/** The date this profile version was made (the profile's provenance, not the wall clock). */
export const PROFILE_DATE = '2026-12-02T00:00:00Z';

const en = (text: string): { en: string } => ({ en: text });

/** The profile under `base`, as a plain JSON-LD object. */
export function xapiProfile(base?: string): Record<string, unknown> {
  const v: Vocabulary = vocabulary(base);
  const concept = (type: string, t: Term, extra: Record<string, unknown> = {}) => ({
    id: t.id,
    type,
    inScheme: v.profileVersion,
    prefLabel: en(t.label),
    definition: en(t.definition),
    ...extra,
  });
  const verbs = [v.verbs.assessed.id];
  return {
    '@context': 'https://w3id.org/xapi/profiles/context',
    id: v.profile,
    type: 'Profile',
    conformsTo: 'https://w3id.org/xapi/profiles#1.0',
    prefLabel: en('deskshift: Service Management assessment from simulated service-desk shifts'),
    definition: en(
      'Statements that deskshift sends after a shift: one for the level of the Service Management competency inferred from the shift log, and one per behavioural indicator the shift assessed, each with its evidence (log entries and game times), the confidence, the scenario and its content hash, and the engine and evaluator versions. Indicators the shift could not assess get no statement.',
    ),
    author: { type: 'Organization', name: 'deskshift' },
    versions: [{ id: v.profileVersion, generatedAtTime: PROFILE_DATE }],
    concepts: [
      concept('Verb', v.verbs.assessed),
      ...Object.values(v.activityTypes).map((t) => concept('ActivityType', t)),
      ...Object.values(v.resultExtensions).map((t) =>
        concept('ResultExtension', t, { recommendedVerbs: verbs }),
      ),
      ...Object.values(v.contextExtensions).map((t) =>
        concept('ContextExtension', t, { recommendedVerbs: verbs }),
      ),
      ...competencyActivities(v).map((a) => ({
        id: a.id,
        type: 'Activity',
        inScheme: v.profileVersion,
        activityDefinition: {
          '@context': 'https://w3id.org/xapi/profiles/activity-context',
          type: a.type,
          name: en(a.name),
          description: en(a.description),
        },
      })),
    ],
  };
}
