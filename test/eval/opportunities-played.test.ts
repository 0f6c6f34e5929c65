/**
 * Coverage counts only what a correct play can turn into evidence. For every built-in scenario and
 * every valid fixture, the top persona (and, where there is one, the golden script) plays the
 * shift. Every window coverage counts for an indicator must then have an ok observation in the
 * log (same kind, same ticket; a shared problem's on its first ticket: evidence for it), or be
 * explained, by one of three reasons only:
 * - out of time: the ticket was still open when the shift ended and the window gave no verdict
 *   before then (none, or missed at the end), or (for closing it) it was resolved so late that
 *   the shift ended before it could be closed;
 * - the play's own choice: every verdict is missed, given by the play's own command moving that
 *   very ticket on (routing, escalating or resolving it before asking, diagnosing, ...); a correct
 *   player could have done the work first;
 * - the deviation report when no ticket breached: there was nothing to report.
 * A window missed because of another ticket (a duplicate resolved with its parent) or by the clock
 * alone while the ticket was done is not explained: that is a window a correct player cannot use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/eval/index.ts';
import { PERSONA_LEVELS, playPersona } from '../../src/personas/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { COMMAND_MINUTES, isOpenStatus, type ShiftLog, type ShiftState } from '../../src/sim/index.ts';
import { arrivalWindows, shiftWindows } from '../../src/sim/opportunities.ts';
import { parseScript, playScript } from '../../src/sim/script.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const files = [
  ...readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((f) => join('scenarios', f)),
  ...readdirSync(join(ROOT, 'test/fixtures/valid'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join('test/fixtures/valid', f)),
];

function load(file: string): { scenario: Scenario; hash: string } {
  const parsed = parseScenario(readFileSync(join(ROOT, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} must be valid`);
  return parsed;
}

/**
 * The windows coverage counts that the play did not turn into evidence for (an ok verdict) and
 * that the rule does not explain, as "TICKET kind".
 */
function unexplained(scenario: Scenario, state: ShiftState, log: ShiftLog): string[] {
  const out: string[] = [];
  const verdicts = (kind: string, ticketId: string | null) =>
    state.observations.filter((o) => o.kind === kind && o.ticketId === ticketId);
  /** Whether the command at `logIndex` is the play moving this very ticket on (route, escalate, resolve). */
  const movedOn = (logIndex: number | null, ticketId: string) => {
    const entry = logIndex === null ? undefined : log.entries[logIndex];
    if (entry === undefined || !('ticketId' in entry) || entry.ticketId !== ticketId) return false;
    return (
      entry.type === 'ticket/assign' || entry.type === 'ticket/escalate' || entry.type === 'ticket/resolve'
    );
  };
  for (const arrival of scenario.timeline) {
    const t = state.tickets[arrival.id];
    for (const kind of arrivalWindows(scenario, arrival)) {
      const seen = verdicts(kind, arrival.id);
      if (seen.some((o) => o.ok)) continue;
      // Out of time: the ticket was still open at the end, and the window gave no verdict before it.
      const resolvedAtTheEnd =
        kind === 'lifecycle' &&
        t?.status === 'resolved' &&
        (t.resolution.stoppedAt ?? 0) >= state.now - COMMAND_MINUTES['ticket/resolve'];
      const outOfTime =
        resolvedAtTheEnd ||
        (t !== undefined &&
          isOpenStatus(t.status) &&
          seen.every((o) => o.missed && o.atMinute === state.now));
      // The play's choice: it moved the ticket on (routed, escalated, resolved it) without the behaviour.
      const playChose = seen.length > 0 && seen.every((o) => o.missed && movedOn(o.logIndex, arrival.id));
      if (!outOfTime && !playChose) out.push(`${arrival.id} ${kind}`);
    }
  }
  for (const kind of shiftWindows(scenario)) {
    const breached = state.observations.some((o) => o.kind === 'breached');
    if (breached && !verdicts(kind, null).some((o) => o.ok)) out.push(`shift ${kind}`);
  }
  return out;
}

describe('every opportunity coverage counts can become evidence in a correct play', () => {
  const top = PERSONA_LEVELS[PERSONA_LEVELS.length - 1] ?? 5;

  it.each(files)('%s: the top persona', (file) => {
    const { scenario, hash } = load(file);
    const { state, log } = playPersona(scenario, hash, { level: top, seed: 1 });
    expect(unexplained(scenario, state, log)).toEqual([]);
  });

  it.each(
    files.flatMap((file) => {
      const name = file.replace(/^scenarios\//, '').replace(/\.json$/, '');
      const script = join(ROOT, 'test/scripts', `${name}.golden.jsonl`);
      return file.startsWith('scenarios/') ? [[file, script]] : [];
    }),
  )('%s: the golden script', (file, script) => {
    const { scenario, hash } = load(file);
    const parsed = parseScript(scenario, readFileSync(script, 'utf8'));
    if (!parsed.ok) throw new Error(`${script} must parse`);
    const { state, log } = playScript(scenario, hash, parsed.steps, 1);
    expect(unexplained(scenario, state, log)).toEqual([]);
  });

  it('monday-morning counts no window on its duplicates that only linking can use', () => {
    const { scenario } = load('scenarios/monday-morning.json');
    const duplicates = scenario.timeline.filter((a) => a.truth.parent !== undefined);
    expect(duplicates.map((a) => [a.id, arrivalWindows(scenario, a).join(' ')])).toEqual([
      ['INT-1008', 'acknowledged logged classified lifecycle prioritised linked'],
      ['INT-1010', 'acknowledged logged classified lifecycle prioritised linked'],
      ['INT-1012', 'acknowledged logged classified lifecycle prioritised linked'],
    ]);
    const cov = coverage(scenario);
    // Before one model: 76, 102, 41, 1, 0 (duplicates' routing and desk work, a problem per arrival).
    // Before one indicator per observation: 75, 89, 32, 1, 0 (a VIP's answer counted for L1 and
    // L2, a problem raised for L2 and L3, a resolution on a hooked arrival for L2 and L3, the
    // change's routing for three L2 indicators, the P1 escalation for L2 and L4): 74, 79, 31, 1, 0.
    // INT-1020 (a data owner's approval by email) adds 4 at Level 1 and 6 at Level 2.
    expect(cov.levels.map((l) => [l.level, l.opportunities])).toEqual([
      [1, 78],
      [2, 85],
      [3, 31],
      [4, 1],
      [5, 0],
    ]);
  });
});
