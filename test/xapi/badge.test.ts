/**
 * The Open Badges 3.0 credential for the level a shift demonstrated (issue 15): unsigned, aligned to
 * the level's IRI, naming the learner; none for a shift that demonstrated no level.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.ts';
import { playPersona } from '../../src/personas/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { ENGINE_VERSION } from '../../src/sim/index.ts';
import { levelBadge, OB_CONTEXT } from '../../src/xapi/index.ts';

const text = readFileSync(new URL('../../scenarios/first-shift.json', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'first-shift.json');
if (!parsed.ok) throw new Error('first-shift must parse');
const { scenario, hash } = parsed;
const reportOf = (level: 0 | 2) =>
  evaluate(scenario, playPersona(scenario, hash, { level, seed: 1 }).state, {
    scenarioHash: hash,
    engineVersion: ENGINE_VERSION,
  });
const actor = { objectType: 'Agent' as const, mbox: 'mailto:ana@example.org' };

describe('levelBadge', () => {
  const report = reportOf(2);
  const made = levelBadge(report, actor, { validFrom: '2026-12-02T09:48:00Z' });
  if (!made.ok) throw new Error(made.message);
  const c = made.credential as Record<string, unknown>;

  it('is an OpenBadgeCredential with the required properties, unsigned', () => {
    expect(report.level).toBe(2);
    expect(c['@context']).toEqual([...OB_CONTEXT]);
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(c.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(c.validFrom).toBe('2026-12-02T09:48:00Z');
    expect(c.name).toBe('Service Management, Level 2 (Assist)');
    expect(c.issuer).toEqual({
      id: 'https://deskshift.invalid/xapi',
      type: ['Profile'],
      name: 'deskshift (unsigned: your badge issuer signs it)',
    });
    expect('proof' in c).toBe(false);
  });

  it('names the learner and aligns the achievement to the level', () => {
    const subject = c.credentialSubject as Record<string, unknown>;
    expect(subject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityHash: 'ana@example.org',
        identityType: 'emailAddress',
        hashed: false,
      },
    ]);
    const achievement = subject.achievement as Record<string, unknown>;
    expect(achievement.achievementType).toBe('Competency');
    expect(achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetName: 'Service Management, Level 2 (Assist)',
        targetUrl: 'https://deskshift.invalid/xapi/competency/service-management/level/2',
        targetType: 'CFItem',
      },
    ]);
    expect((achievement.criteria as { narrative: string }).narrative).toContain(report.claim);
  });

  it('gives none for a shift that demonstrated no level, or a learner it cannot name', () => {
    const zero = reportOf(0);
    expect(zero.level).toBe(0);
    expect(levelBadge(zero, actor, { validFrom: '2026-12-02T09:48:00Z' })).toEqual({
      ok: false,
      message: 'this shift demonstrated no level yet, so there is no badge to award',
    });
    expect(
      levelBadge(report, { objectType: 'Agent', name: 'Ana' }, { validFrom: '2026-12-02T09:48:00Z' }),
    ).toEqual({
      ok: false,
      message: 'the learner has no email address or account to name',
    });
  });
});
