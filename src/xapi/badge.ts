/**
 * An Open Badges 3.0 achievement credential for the level a shift demonstrated, unsigned: the
 * organisation's badge issuer adds the issuer's identity and the proof. Aligned to the competency
 * level's IRI (the same as the xAPI statements'), with the shift's evidence summarised. None for a
 * shift that demonstrated no level (level 0, or no level assessed): there is nothing to award.
 */
import type { Report } from '../eval/types.ts';
import { nameUuid, type XapiAgent } from './statements.ts';
import { DEFAULT_XAPI_BASE, levelTitle, vocabulary } from './vocabulary.ts';

export const OB_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

export interface BadgeOptions {
  /** The issuer's id (a URL or DID) and name, for the issuer to replace or keep before signing. */
  issuer?: { id: string; name: string };
  /** When the shift was played, ISO 8601 UTC (the credential's validFrom). */
  validFrom: string;
  base?: string;
}

export type BadgeResult = { ok: true; credential: Record<string, unknown> } | { ok: false; message: string };

/** The learner as an Open Badges identity: an email address, or an account name. */
function identifier(actor: XapiAgent): Record<string, unknown>[] {
  if (actor.mbox !== undefined)
    return [
      {
        type: 'IdentityObject',
        identityHash: actor.mbox.replace(/^mailto:/, ''),
        identityType: 'emailAddress',
        hashed: false,
      },
    ];
  if (actor.account !== undefined)
    return [
      { type: 'IdentityObject', identityHash: actor.account.name, identityType: 'accountId', hashed: false },
    ];
  return [];
}

/** The unsigned credential for `report`'s level, earned by `actor`. */
export function levelBadge(report: Report, actor: XapiAgent, options: BadgeOptions): BadgeResult {
  if (report.level < 1)
    return { ok: false, message: 'this shift demonstrated no level yet, so there is no badge to award' };
  const ids = identifier(actor);
  if (ids.length === 0) return { ok: false, message: 'the learner has no email address or account to name' };
  const v = vocabulary(options.base ?? DEFAULT_XAPI_BASE);
  const level = levelTitle(report.level);
  const scenario = report.versions.scenario;
  const demonstrated = report.indicators.filter(
    (i) => i.level === report.level && i.status === 'demonstrated',
  );
  return {
    ok: true,
    credential: {
      '@context': [...OB_CONTEXT],
      id: `urn:uuid:${nameUuid(`badge|${JSON.stringify(actor)}|${scenario.hash}|${options.validFrom}|${report.level}`)}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: {
        id: options.issuer?.id ?? v.base,
        type: ['Profile'],
        name: options.issuer?.name ?? 'deskshift (unsigned: your badge issuer signs it)',
      },
      validFrom: options.validFrom,
      name: `Service Management, ${level}`,
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: ids,
        achievement: {
          id: `${v.level(report.level)}/achievement`,
          type: ['Achievement'],
          achievementType: 'Competency',
          name: `Service Management, ${level}`,
          description: `Demonstrated ${level} of the Service Management competency in a simulated IT service-desk shift.`,
          criteria: {
            narrative: `Inferred by the deskshift evaluator (version ${report.versions.evaluator}) from the log of a shift of the scenario "${scenario.id}" (${scenario.version}): ${report.claim}. A level is claimed only when the evaluator is at least 80 % sure of it.`,
          },
          alignment: [
            {
              type: ['Alignment'],
              targetName: `Service Management, ${level}`,
              targetUrl: v.level(report.level),
              targetType: 'CFItem',
            },
          ],
        },
      },
      evidence: [
        {
          type: ['Evidence'],
          name: `Shift of ${scenario.id} ${scenario.version} (content ${scenario.hash})`,
          narrative: `${report.claim}. Indicators of ${level} demonstrated: ${
            demonstrated.length === 0 ? 'none on their own' : demonstrated.map((i) => i.short).join('; ')
          }.`,
        },
      ],
    },
  };
}
