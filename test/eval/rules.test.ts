/**
 * Scenario rules, feature by feature, on a fragment of the fixture: for each, the exact evidence
 * items (indicator, shown, weight, source) a right path and a wrong path get, and what coverage
 * counts for the same windows. T1 here has questions q1 and q2 (relevant) and q3 (not), and
 * diagnostics d1 (relevant) and d2 (not).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/eval/coverage.ts';
import { identifyEvidence } from '../../src/eval/evidence.ts';
import { missingOf } from '../../src/eval/mapping.ts';
import { windowEvidence, windowIndicators } from '../../src/eval/opportunities.ts';
import { renderCoverageText } from '../../src/eval/render-text.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario, ScenarioRule } from '../../src/scenario/schema.ts';
import { arrivalWindows } from '../../src/sim/opportunities.ts';
import { parseScript, playScript } from '../../src/sim/script.ts';
import type { Observation } from '../../src/sim/types.ts';
import { fixtureScenario, obs } from './fixture.ts';

/** The fixture with more questions and diagnostics on T1, and the given rules only. */
function withRules(...rules: ScenarioRule[]): Scenario {
  const s = fixtureScenario();
  const t1 = s.timeline[0];
  if (t1 !== undefined) {
    t1.questions = [
      { id: 'q1', text: 'Which account?', answer: 'Mail.', relevant: true },
      { id: 'q2', text: 'Only mail, or Windows too?', answer: 'Only mail.', relevant: true },
      { id: 'q3', text: 'Which floor are you on?', answer: 'Third.', relevant: false },
    ];
    t1.diagnostics = [
      { id: 'd1', name: 'Check lockout', result: 'Locked.', relevant: true },
      { id: 'd2', name: 'Ping the mail server', result: 'It replies.', relevant: false },
    ];
  }
  s.rules = rules;
  return s;
}

/** Each item as "indicator for|against wWEIGHT source". */
const brief = (scenario: Scenario, observations: Observation[]) =>
  identifyEvidence(scenario, observations).map(
    (i) =>
      `${i.indicator} ${i.shown ? 'for' : 'against'} w${i.weight} ${i.source.type}${i.source.type === 'rule' ? `:${i.source.ruleId}` : ''}`,
  );

const asked = (id: string, ok = true, ticketId = 'T1') =>
  obs({ kind: 'questioned', ticketId, actual: id, ok, note: `Asked ${id}.` });
const ran = (id: string, ok: boolean) => obs({ kind: 'diagnostic-run', actual: id, ok });
const missedWindow = (kind: Observation['kind']) =>
  obs({ kind, ok: false, missed: true, actual: null, logIndex: null, note: `No ${kind} on T1.` });
const resolved = () => obs({ kind: 'resolved', actual: 'f1', note: 'T1 resolved with the right fix.' });

const scope: ScenarioRule = {
  id: 'scope',
  description: 'Asking whether only mail is affected earns credit.',
  observation: 'questioned',
  ticket: 'T1',
  names: 'q2',
  indicator: 'L2.involve-early',
  weight: 2,
};

/** What coverage counts for T1, per indicator: [id, opportunities, creditOnly]. */
const t1Coverage = (s: Scenario, ids: string[]) =>
  coverage(s)
    .levels.flatMap((l) => l.indicators)
    .filter((i) => ids.includes(i.id))
    .map((i) => [i.id, i.tickets.filter((t) => t === 'T1').length, i.creditOnly]);

describe('names: a rule that matches one id', () => {
  const s = withRules(scope);

  it('reads the question it names (right path) and leaves any other to the built-in mapping', () => {
    expect(brief(s, [asked('q2')])).toEqual(['L2.involve-early for w2 rule:scope']);
    expect(brief(s, [asked('q1'), asked('q3', false)])).toEqual([
      'L2.gather-information for w1 built-in',
      'L2.gather-information against w1 built-in',
    ]);
  });

  it('reads the window closing with no question (wrong path) by default, as evidence against', () => {
    expect(missingOf(scope)).toBe('against');
    expect(brief(s, [missedWindow('questioned')])).toEqual(['L2.involve-early against w2 rule:scope']);
  });

  it('comes before a rule naming no id, wherever it stands in the file', () => {
    const anyQuestion: ScenarioRule = {
      id: 'any-question',
      description: 'Any question on T1.',
      observation: 'questioned',
      ticket: 'T1',
      indicator: 'L2.follow-process',
    };
    const both = withRules(anyQuestion, scope);
    expect(brief(both, [asked('q2'), asked('q1'), missedWindow('questioned')])).toEqual([
      'L2.involve-early for w2 rule:scope',
      'L2.follow-process for w1 rule:any-question',
      'L2.involve-early against w2 rule:scope',
    ]);
  });

  it('names a group for routed and a hold reason for held, which the engine records as the id', () => {
    const routedRight: ScenarioRule = {
      id: 'to-network',
      description: 'Routing T2 to Network.',
      observation: 'routed',
      names: 'network',
      indicator: 'L2.follow-process',
    };
    const callerHold: ScenarioRule = {
      id: 'caller-hold',
      description: 'Waiting for the caller.',
      observation: 'held',
      names: 'awaiting-caller',
      indicator: 'L2.involve-early',
    };
    const r = withRules(routedRight, callerHold);
    expect(
      brief(r, [
        obs({ kind: 'routed', ticketId: 'T2', actual: 'network' }),
        obs({ kind: 'routed', ticketId: 'T3', actual: 'desk', ok: false }),
        obs({ kind: 'held', actual: 'awaiting-caller' }),
      ]),
    ).toEqual([
      'L2.follow-process for w1 rule:to-network',
      'L2.triage-route against w1 built-in',
      'L2.involve-early for w1 rule:caller-hold',
    ]);
  });
});

describe('onlyAfter: several steps, all first on the same ticket', () => {
  const verify: ScenarioRule = {
    id: 'verify',
    description: 'Unlock only after checking the account and its scope.',
    observation: 'resolved',
    ticket: 'T1',
    onlyAfter: [
      { observation: 'questioned', id: 'q1' },
      { observation: 'questioned', id: 'q2' },
    ],
    indicator: 'L2.helpdesk-support',
  };
  const s = withRules(verify);

  it('counts the resolution for the indicator when every step came first (right path)', () => {
    expect(brief(s, [asked('q2'), asked('q1'), resolved()])).toEqual([
      'L2.gather-information for w1 built-in',
      'L2.gather-information for w1 built-in',
      'L2.helpdesk-support for w1 rule:verify',
    ]);
  });

  it('counts it against, naming the missing step, when one step had not happened (wrong path)', () => {
    const items = identifyEvidence(s, [asked('q2'), resolved()]);
    expect(items.map((i) => [i.indicator, i.shown, i.weight, i.source])).toEqual([
      ['L2.gather-information', true, 1, { type: 'built-in' }],
      ['L2.helpdesk-support', false, 1, { type: 'rule', ruleId: 'verify' }],
    ]);
    expect(items[1]?.note).toBe(
      'T1 resolved with the right fix. It should have come only after "q1" (questioned) and "q2" (questioned); "q1" (questioned) had not happened.',
    );
  });

  it('does not count a step taken on another ticket, and names a step without an id by its kind', () => {
    const byKind = withRules({
      ...verify,
      onlyAfter: [{ observation: 'diagnostic-run' }, { observation: 'questioned', id: 'q1' }],
    });
    const items = identifyEvidence(byKind, [asked('q1', true, 'T2'), resolved()]);
    expect(items[1]?.note).toBe(
      'T1 resolved with the right fix. It should have come only after a right "diagnostic-run" step and "q1" (questioned); a right "diagnostic-run" step and "q1" (questioned) had not happened.',
    );
  });

  it('keeps the single-step form: one object works as a list of one', () => {
    const single = withRules({ ...verify, onlyAfter: { observation: 'questioned', id: 'q1' } });
    expect(brief(single, [asked('q1'), resolved()])).toEqual([
      'L2.gather-information for w1 built-in',
      'L2.helpdesk-support for w1 rule:verify',
    ]);
    expect(identifyEvidence(single, [resolved()])[0]?.note).toBe(
      'T1 resolved with the right fix. It should have come only after "q1" (questioned), which had not happened.',
    );
  });
});

describe('missing: the absence of a bonus versus evidence against', () => {
  const neutral: ScenarioRule = { ...scope, missing: 'neutral' };
  const against: ScenarioRule = { ...scope, missing: 'against' };

  it('neutral: asking earns credit; the window closing unused gives this rule nothing, and falls to the built-in mapping', () => {
    const s = withRules(neutral);
    expect(brief(s, [asked('q2')])).toEqual(['L2.involve-early for w2 rule:scope']);
    expect(brief(s, [missedWindow('questioned')])).toEqual(['L2.gather-information against w1 built-in']);
  });

  it('against: not asking is a failure of the rule’s indicator', () => {
    const s = withRules(against);
    expect(brief(s, [asked('q2')])).toEqual(['L2.involve-early for w2 rule:scope']);
    expect(brief(s, [missedWindow('questioned')])).toEqual(['L2.involve-early against w2 rule:scope']);
  });

  it('defaults to what rules did before: against, but neutral with outcome "met"', () => {
    const { names: _names, ...generic } = scope;
    expect([missingOf(generic), missingOf({ ...generic, outcome: 'met' })]).toEqual(['against', 'neutral']);
    expect(missingOf({ ...generic, outcome: 'missed' })).toBe('against');
    const met = withRules({ ...generic, outcome: 'met' });
    expect(brief(met, [asked('q1'), asked('q3', false), missedWindow('questioned')])).toEqual([
      'L2.involve-early for w2 rule:scope',
      'L2.gather-information against w1 built-in',
      'L2.gather-information against w1 built-in',
    ]);
  });

  it('neutral still counts a wrong action against when the outcome reads it', () => {
    const { names: _names, ...generic } = neutral;
    const s = withRules(generic);
    expect(brief(s, [asked('q3', false), missedWindow('questioned')])).toEqual([
      'L2.involve-early against w2 rule:scope',
      'L2.gather-information against w1 built-in',
    ]);
  });

  it('coverage counts a neutral rule’s chance as credit only, and an against rule’s as a full one', () => {
    const ids = ['L2.involve-early', 'L2.gather-information'];
    expect(t1Coverage(withRules(neutral), ids)).toEqual([
      ['L2.gather-information', 1, 0],
      ['L2.involve-early', 1, 1],
    ]);
    expect(renderCoverageText(coverage(withRules(neutral)))).toContain(
      '  L2.involve-early                   1  Involve service management early (1 credit only: cannot count against)\n',
    );
    expect(t1Coverage(withRules(against), ids)).toEqual([
      ['L2.gather-information', 1, 0],
      ['L2.involve-early', 1, 0],
    ]);
  });
});

describe('neutral rules: a harmless action gives no evidence at all', () => {
  const harmless: ScenarioRule = {
    id: 'harmless',
    description: 'Pinging the mail server is a harmless extra check.',
    observation: 'diagnostic-run',
    ticket: 'T1',
    names: 'd2',
    neutral: true,
  };

  it('gives nothing for the named action, not even the built-in item; other actions count as before', () => {
    const s = withRules(harmless);
    expect(brief(s, [ran('d2', false)])).toEqual([]);
    expect(brief(s, [ran('d1', true)])).toEqual(['L3.troubleshoot-software for w1 built-in']);
  });

  it('never reads the window closing unused: that still counts against the built-in indicator', () => {
    expect(missingOf(harmless)).toBe('neutral');
    expect(brief(withRules(harmless), [missedWindow('diagnostic-run')])).toEqual([
      'L3.troubleshoot-software against w1 built-in',
    ]);
  });

  it('is a rule naming an id, so it comes before a rule that names none', () => {
    const anyDiagnostic: ScenarioRule = {
      id: 'any-diagnostic',
      description: 'Any diagnostic on T1.',
      observation: 'diagnostic-run',
      ticket: 'T1',
      indicator: 'L3.diagnose-propose',
    };
    const s = withRules(anyDiagnostic, harmless);
    expect(brief(s, [ran('d2', false), ran('d1', true)])).toEqual([
      'L3.diagnose-propose for w1 rule:any-diagnostic',
    ]);
  });

  it('coverage drops an indicator a window can then only count against', () => {
    const { names: _names, ...everyDiagnostic } = { ...harmless, id: 'every-diagnostic' };
    const one = withRules(harmless);
    expect(windowEvidence(one, one.timeline[0] ?? null, 'diagnostic-run')).toEqual([
      { indicator: 'L3.troubleshoot-software', creditOnly: false },
    ]);
    const every = withRules(everyDiagnostic);
    expect(windowEvidence(every, every.timeline[0] ?? null, 'diagnostic-run')).toEqual([]);
  });
});

describe('one action, one indicator: a matching rule naming an id, a rule, a hook, the built-in mapping', () => {
  it('a hook comes before the built-in mapping', () => {
    const s = withRules();
    expect(brief(s, [obs({ kind: 'escalated', ticketId: 'T2' })])).toEqual(['L4.who-to-call for w1 hook']);
    expect(windowIndicators(s, s.timeline[1] ?? null, 'escalated')).toEqual(['L4.who-to-call']);
  });

  it('of several rules naming no id, the first in the file; of several hooks, the first the arrival lists', () => {
    const first: ScenarioRule = {
      id: 'first',
      description: 'Linking T3.',
      observation: 'linked',
      indicator: 'L3.process-interrelationships',
    };
    const second: ScenarioRule = { ...first, id: 'second', indicator: 'L2.follow-process' };
    expect(brief(withRules(first, second), [obs({ kind: 'linked', ticketId: 'T3' })])).toEqual([
      'L3.process-interrelationships for w1 rule:first',
    ]);
    const hooked = withRules();
    const t3 = hooked.timeline[2];
    if (t3 !== undefined) t3.evidence = ['L2.follow-process', 'L3.process-interrelationships'];
    expect(brief(hooked, [obs({ kind: 'linked', ticketId: 'T3' })])).toEqual([
      'L2.follow-process for w1 hook',
    ]);
    if (t3 !== undefined) t3.evidence = ['L3.process-interrelationships', 'L2.follow-process'];
    expect(brief(hooked, [obs({ kind: 'linked', ticketId: 'T3' })])).toEqual([
      'L3.process-interrelationships for w1 hook',
    ]);
  });

  it('coverage no longer counts the built-in indicator of a window a rule takes whole', () => {
    const fixes: ScenarioRule = {
      id: 'fixes',
      description: 'Every resolution of T1.',
      observation: 'resolved',
      ticket: 'T1',
      indicator: 'L3.diagnose-propose',
    };
    const before = withRules();
    const after = withRules(fixes);
    expect(windowIndicators(before, before.timeline[0] ?? null, 'resolved')).toEqual(['L2.helpdesk-support']);
    expect(windowIndicators(after, after.timeline[0] ?? null, 'resolved')).toEqual(['L3.diagnose-propose']);
  });
});

describe('coverage judges an action as the engine does', () => {
  it('counts a fix graded right that the truth does not name, and a group from alsoGroups', () => {
    const s = withRules(
      {
        id: 'the-unlock',
        description: 'Unlocking T1.',
        observation: 'resolved',
        names: 'f1',
        indicator: 'L3.diagnose-propose',
      },
      {
        id: 'the-vendor',
        description: 'Sending T2 to the vendor.',
        observation: 'routed',
        names: 'vendor',
        indicator: 'L3.process-interrelationships',
      },
    );
    const [t1, t2] = s.timeline;
    if (t1 === undefined || t2 === undefined) throw new Error('fixture');
    delete t1.truth.fix;
    t1.fixes = [
      { id: 'f1', text: 'Unlock', outcome: 'right' },
      { id: 'f2', text: 'Reset the password', outcome: 'needless' },
    ];
    s.organisation.groups.push({
      id: 'vendor',
      name: 'VPN vendor',
      tier: 'supplier',
      members: ['Vic'],
      turnaroundMinutes: 60,
    });
    t2.truth.alsoGroups = ['vendor'];
    // The needless reset is not right: it counts against the built-in indicator only, so that one
    // is not an opportunity; the window closing missed counts against the rule's.
    expect(windowEvidence(s, t1, 'resolved')).toEqual([
      { indicator: 'L3.diagnose-propose', creditOnly: false },
    ]);
    expect(windowIndicators(s, t2, 'routed')).toContain('L3.process-interrelationships');
  });
});

describe('the built-in scenarios: evidence a golden play gets from a window is evidence coverage counts for it', () => {
  it.each([
    ['first-shift', 68],
    ['monday-morning', 165], // 161 before INT-1020 (the data owner's approval)
  ])('%s: every one of %i items for', (name, items) => {
    const file = new URL(`../../scenarios/${name}.json`, import.meta.url);
    const parsed = parseScenario(readFileSync(file, 'utf8'), `${name}.json`);
    if (!parsed.ok) throw new Error(`${name} must parse`);
    const { scenario, hash } = parsed;
    const script = readFileSync(new URL(`../scripts/${name}.golden.jsonl`, import.meta.url), 'utf8');
    const steps = parseScript(scenario, script);
    if (!steps.ok) throw new Error(`${name} golden script must parse`);
    const { state } = playScript(scenario, hash, steps.steps, 1);
    const arrivals = new Map(scenario.timeline.map((a) => [a.id, a]));
    const strays: string[] = [];
    let checked = 0;
    for (const o of state.observations) {
      const arrival = arrivals.get(o.ticketId ?? '');
      if (arrival === undefined || !arrivalWindows(scenario, arrival).includes(o.kind)) continue;
      const counted = windowIndicators(scenario, arrival, o.kind);
      for (const item of identifyEvidence(scenario, [o])) {
        if (!item.shown) continue;
        checked += 1;
        if (!counted.includes(item.indicator)) strays.push(`${o.ticketId} ${o.kind} ${item.indicator}`);
      }
    }
    expect([checked, strays]).toEqual([items, []]);
  });
});

describe('a risky fix in a built-in scenario', () => {
  it('counts over-privileged access on INT-1015 against following the access process, once', () => {
    const file = new URL('../../scenarios/monday-morning.json', import.meta.url);
    const parsed = parseScenario(readFileSync(file, 'utf8'), 'monday-morning.json');
    if (!parsed.ok) throw new Error('monday-morning must parse');
    const fix = (id: string, ok: boolean) =>
      obs({
        kind: 'resolved',
        ticketId: 'INT-1015',
        subject: { kind: 'ticket', id: 'INT-1015' },
        actual: id,
        ok,
      });
    expect(brief(parsed.scenario, [fix('f-fullaccess', false)])).toEqual([
      'L2.follow-process against w1 rule:r-least-privilege',
    ]);
    // The harmful password share and the right delegate keep the built-in reading.
    expect(brief(parsed.scenario, [fix('f-password', false), fix('f-delegate', true)])).toEqual([
      'L2.helpdesk-support against w1 built-in',
      'L2.helpdesk-support for w1 built-in',
    ]);
  });
});
