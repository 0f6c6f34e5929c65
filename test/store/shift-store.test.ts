import { describe, expect, it } from 'vitest';
import { replay } from '../../src/sim/index.ts';
import { ENGINE_VERSION, LOG_FORMAT } from '../../src/sim/types.ts';
import {
  createMemoryStorage,
  createShiftStore,
  type KeyValueStorage,
  loadSavedLog,
  storageKeys,
} from '../../src/store/index.ts';
import { loadFixture } from './helpers.ts';

const { scenario, hash } = loadFixture();

function fresh(storage: KeyValueStorage = createMemoryStorage(), seed = 7) {
  return { storage, shift: createShiftStore({ scenario, hash, seed, storage }) };
}

/** What a reload must reproduce. */
function persistent(shift: ReturnType<typeof createShiftStore>) {
  const s = shift.getState();
  return { log: s.log, state: s.state, prefs: s.prefs, conflict: s.conflict };
}

describe('createShiftStore', () => {
  it('starts a paused, empty shift and saves nothing until the first input', () => {
    const { shift, storage } = fresh();
    const s = shift.getState();
    expect(s.log).toEqual({
      logFormat: LOG_FORMAT,
      scenarioId: 'small-desk',
      scenarioHash: hash,
      seed: 7,
      engineVersion: ENGINE_VERSION,
      entries: [],
      reachedMinute: 0,
    });
    expect(s.state.now).toBe(0);
    // The arrival at minute 0 is already there when the shift starts.
    expect(s.state.order).toEqual(['INT-1001']);
    expect(s.speed).toBe(0);
    expect(s.conflict).toBeNull();
    expect(s.resumed).toBe(false);
    expect(storage.getItem(storageKeys.log('small-desk'))).toBeNull();
  });

  it('advances the clock, saves the minute it reached and notifies arrivals', () => {
    const { shift, storage } = fresh();
    shift.advanceTo(2);
    const s = shift.getState();
    expect([s.log.entries, s.log.reachedMinute]).toEqual([[], 2]);
    expect(s.state.now).toBe(2);
    expect(s.state.order).toEqual(['INT-1001', 'INT-1002']);
    expect(s.state.tickets['INT-1002']?.status).toBe('waiting');
    expect(s.notifications.map((n) => [n.id, n.atMinute, n.cue, n.ticketId, n.text])).toEqual([
      [1, 2, 'phone', 'INT-1002', 'Chidi Okafor is calling: Locked out of Windows after the weekend'],
    ]);
    const saved = loadSavedLog(storage, 'small-desk');
    expect(saved).toEqual({ kind: 'ok', value: s.log });
  });

  it('writes no entry for the clock, only the minute it reached, with the state a replay gives', () => {
    const { shift } = fresh();
    for (const m of [1, 2, 3, 4, 5, 6]) shift.advanceTo(m);
    const s = shift.getState();
    expect([s.log.entries, s.log.reachedMinute]).toEqual([[], 6]);
    const replayed = replay(scenario, hash, s.log);
    expect(replayed.ok && replayed.state).toEqual(s.state);
    // Events are not repeated: two arrivals after minute 0, two notifications.
    expect(s.notifications.filter((n) => n.cue === 'phone').map((n) => n.ticketId)).toEqual([
      'INT-1002',
      'INT-1004',
    ]);
  });

  it('stamps each command with the minute it was given at', () => {
    const { shift } = fresh();
    shift.advanceTo(2);
    shift.dispatch({ type: 'contact/answer', ticketId: 'INT-1002' });
    shift.advanceTo(4);
    shift.advanceTo(5);
    const s = shift.getState();
    expect(s.log.entries).toEqual([{ type: 'contact/answer', ticketId: 'INT-1002', at: 2 }]);
    expect(s.log.reachedMinute).toBe(5);
    expect(s.state.tickets['INT-1002']?.status).toBe('new');
    const replayed = replay(scenario, hash, s.log);
    expect(replayed.ok && replayed.state).toEqual(s.state);
  });

  it('resumes exactly after a reload: a new store from the same storage has the same log and state', () => {
    const { shift, storage } = fresh();
    shift.advanceTo(3);
    shift.dispatch({ type: 'contact/answer', ticketId: 'INT-1002' });
    shift.dispatch({
      type: 'ticket/log',
      ticketId: 'INT-1002',
      kind: 'incident',
      category: 'cat-account',
      caller: 'u-cokafor',
    });
    shift.setPrefs({ muted: true });
    const reloaded = createShiftStore({ scenario, hash, seed: 999, storage });
    expect(persistent(reloaded)).toEqual(persistent(shift));
    expect(reloaded.getState().resumed).toBe(true);
    expect(reloaded.getState().log.seed).toBe(7);
    expect(reloaded.getState().speed).toBe(0);
    // The notifications the trainee saw come back too, then the resume notice.
    expect(reloaded.getState().notifications.map((n) => [n.id, n.text])).toEqual([
      [1, 'Chidi Okafor is calling: Locked out of Windows after the weekend'],
      [2, 'Not done: there is no category "cat-account"'],
      [3, 'Shift resumed where you left it (2 moves replayed). Press Space to run the clock.'],
    ]);
    expect(shift.getState().notifications.map((n) => [n.id, n.text])).toEqual(
      reloaded
        .getState()
        .notifications.slice(0, -1)
        .map((n) => [n.id, n.text]),
    );
  });

  it('logs a rejected command too, so the evaluator sees it', () => {
    const { shift } = fresh();
    const events = shift.dispatch({ type: 'ticket/close', ticketId: 'INT-1001' });
    expect(events.map((e) => e.type)).toContain('command/rejected');
    expect(shift.getState().log.entries).toEqual([{ type: 'ticket/close', ticketId: 'INT-1001', at: 0 }]);
    expect(shift.getState().notifications.at(-1)?.tone).toBe('bad');
  });

  it('clamps the clock at the end of the shift, ends it and pauses', () => {
    const { shift } = fresh();
    shift.setSpeed(8);
    shift.advanceTo(500);
    const s = shift.getState();
    expect([s.log.entries, s.log.reachedMinute]).toEqual([[], 60]);
    expect(s.state.ended).toBe(true);
    expect(s.speed).toBe(0);
    expect(shift.advanceTo(70)).toEqual([]);
    shift.setSpeed(2);
    expect(shift.getState().speed).toBe(0);
  });

  it('does not pause when a contact whose hidden priority is P1 arrives unprioritised', () => {
    // INT-1004 is truly P1 (impact 1, urgency 1), but nothing the trainee can see says so yet.
    const { shift } = fresh();
    shift.setSpeed(4);
    shift.advanceTo(6);
    expect(shift.getState().state.tickets['INT-1004']?.priority).toBe(1);
    expect(shift.getState().speed).toBe(4);
    expect(shift.getState().notifications.map((n) => n.text)).not.toContain(
      expect.stringMatching(/^Paused by itself/),
    );
  });

  it('pauses by itself when a VIP makes contact, unless the preference is off', () => {
    const vipScenario = structuredClone(scenario);
    for (const u of vipScenario.organisation.users) if (u.id === 'u-mbell') u.vip = true;
    const make = () =>
      createShiftStore({ scenario: vipScenario, hash, seed: 7, storage: createMemoryStorage() });
    const a = make();
    a.setSpeed(4);
    a.advanceTo(5);
    expect(a.getState().speed).toBe(4);
    a.advanceTo(6);
    expect(a.getState().speed).toBe(0);
    expect(
      a
        .getState()
        .notifications.filter((n) => n.text.includes('Marcus'))
        .map((n) => n.text),
    ).toEqual([
      'Marcus Bell (VIP) is calling: Second-floor printer showing an error, nobody can print',
      'Paused by itself: Marcus Bell, a VIP, contacted the desk (INT-1004). Press Space to run on.',
    ]);
    const b = make();
    b.setPrefs({ autoPauseP1: false });
    b.setSpeed(4);
    b.advanceTo(6);
    expect(b.getState().speed).toBe(4);
  });

  it('pauses by itself when a ticket the trainee set to P1 comes back after a wrong fix', () => {
    const { shift } = fresh();
    shift.advanceTo(6);
    shift.dispatch({ type: 'contact/answer', ticketId: 'INT-1004' });
    shift.dispatch({ type: 'ticket/prioritise', ticketId: 'INT-1004', impact: 1, urgency: 1 });
    shift.dispatch({ type: 'ticket/resolve', ticketId: 'INT-1004', fixId: 'f-fuser' });
    shift.setSpeed(2);
    shift.advanceTo(40);
    const s = shift.getState();
    expect([s.speed, s.state.tickets['INT-1004']?.reopenCount]).toEqual([0, 1]);
    expect(s.notifications.at(-1)?.text).toBe(
      'Paused by itself: INT-1004, which you set to P1, is back. Press Space to run on.',
    );
  });

  it('toggles pause back to the last speed', () => {
    const { shift } = fresh();
    shift.togglePause();
    expect(shift.getState().speed).toBe(1);
    shift.setSpeed(8);
    shift.togglePause();
    expect(shift.getState().speed).toBe(0);
    shift.togglePause();
    expect(shift.getState().speed).toBe(8);
  });

  it('offers a choice when the saved shift was played on another version of the scenario', () => {
    const storage = createMemoryStorage();
    const old = {
      logFormat: LOG_FORMAT,
      scenarioId: 'small-desk',
      scenarioHash: 'old-hash',
      seed: 3,
      engineVersion: ENGINE_VERSION,
      entries: [{ type: 'contact/answer', ticketId: 'INT-1001', at: 0 }],
      reachedMinute: 4,
    };
    storage.setItem(storageKeys.log('small-desk'), JSON.stringify(old));
    const { shift } = fresh(storage);
    expect(shift.getState().conflict).toEqual({
      log: old,
      moves: 1,
      message: `This shift was played on another version of the scenario "Small desk (store test fixture)" (log old-hash, file ${hash.slice(0, 12)}), so its moves would not replay the same shift; replay it against the scenario file it was played on.`,
    });
    expect(shift.dispatch({ type: 'shift/end' })).toEqual([]);
    expect(shift.getState().log.entries).toEqual([]);
    expect(shift.resolveConflict('keep')).toEqual(old);
    expect(JSON.parse(storage.getItem(storageKeys.archive('small-desk')) ?? 'null')).toEqual(old);
    expect(shift.getState().conflict).toBeNull();
    expect(loadSavedLog(storage, 'small-desk')).toEqual({ kind: 'ok', value: shift.getState().log });
  });

  it('discards an unreadable save with a notice instead of failing', () => {
    const storage = createMemoryStorage();
    storage.setItem(storageKeys.log('small-desk'), '{not json');
    const { shift } = fresh(storage);
    expect(shift.getState().notice).toBe(
      'The saved data is not valid JSON. It was discarded and a new shift starts.',
    );
    expect(storage.getItem(storageKeys.log('small-desk'))).toBeNull();
  });

  it('replays a log with a bad entry as the engine does (rejected), never a crash', () => {
    const storage = createMemoryStorage();
    const bad = {
      logFormat: LOG_FORMAT,
      scenarioId: 'small-desk',
      scenarioHash: hash,
      seed: 3,
      engineVersion: ENGINE_VERSION,
      entries: [{ type: 'ticket/fly', at: 1 }],
      reachedMinute: 2,
    };
    storage.setItem(storageKeys.log('small-desk'), JSON.stringify(bad));
    const { shift } = fresh(storage);
    expect(shift.getState().conflict).toBeNull();
    const replayed = replay(scenario, hash, bad as never);
    expect(replayed.ok && replayed.state).toEqual(shift.getState().state);
  });

  it('offers a choice for a saved value that is not a shift log, so nothing is lost unasked', () => {
    const storage = createMemoryStorage();
    const value = { scenarioId: 'small-desk', entries: 3 };
    storage.setItem(storageKeys.log('small-desk'), JSON.stringify(value));
    const { shift } = fresh(storage);
    expect(shift.getState().conflict).toEqual({
      log: value,
      moves: null,
      message: 'The saved shift cannot be read. This is not a shift log: "logFormat" is missing.',
    });
  });

  it('offers to keep or discard a shift saved in the first log format (engine 1)', () => {
    const storage = createMemoryStorage();
    const v1 = {
      scenarioId: 'small-desk',
      scenarioHash: hash,
      seed: 3,
      engineVersion: 1,
      entries: [
        { type: 'clock/advance', toMinute: 2 },
        { type: 'contact/answer', ticketId: 'INT-1002' },
        { type: 'clock/advance', toMinute: 5 },
      ],
    };
    storage.setItem(storageKeys.log('small-desk'), JSON.stringify(v1));
    const { shift } = fresh(storage);
    const s = shift.getState();
    expect([s.resumed, s.log.entries, s.conflict?.moves, s.conflict?.message]).toEqual([
      false,
      [],
      3,
      `The saved shift cannot be read. This shift was played with engine version 1; this is engine version ${ENGINE_VERSION}, which would not replay it the same way.`,
    ]);
    expect(shift.resolveConflict('keep')).toEqual(v1);
  });

  it('keeps who played and when in the log, from the launch', () => {
    const envelope = { learnerId: 'ana', registration: 'r-1', startedAt: '2026-12-02T08:00:00.000Z' };
    const shift = createShiftStore({
      scenario,
      hash,
      seed: 7,
      storage: createMemoryStorage(),
      envelope: () => envelope,
    });
    expect(shift.getState().log).toMatchObject(envelope);
    shift.restart(8);
    expect(shift.getState().log).toMatchObject({ ...envelope, seed: 8 });
  });

  it('keeps playing and says so when the browser refuses to save', () => {
    const storage = createMemoryStorage();
    const full: KeyValueStorage = {
      getItem: (k) => storage.getItem(k),
      removeItem: (k) => storage.removeItem(k),
      setItem: () => {
        const e = new Error('quota');
        e.name = 'QuotaExceededError';
        throw e;
      },
    };
    const { shift } = fresh(full);
    shift.advanceTo(2);
    expect(shift.getState().state.now).toBe(2);
    expect(shift.getState().saveError).toBe(
      "Could not save to this browser's storage (storage is full). The shift goes on in this tab, but a reload would lose the latest moves: export the log to keep it.",
    );
  });

  it('restarts with a new seed and an empty saved log', () => {
    const { shift, storage } = fresh();
    shift.advanceTo(3);
    shift.restart(42);
    expect(shift.getState().log).toEqual({
      logFormat: LOG_FORMAT,
      scenarioId: 'small-desk',
      scenarioHash: hash,
      seed: 42,
      engineVersion: ENGINE_VERSION,
      entries: [],
      reachedMinute: 0,
    });
    expect(loadSavedLog(storage, 'small-desk')).toEqual({ kind: 'ok', value: shift.getState().log });
  });

  it('keeps what happened to a ticket for its conversation, the same after a reload', () => {
    const { shift, storage } = fresh();
    shift.advanceTo(8);
    shift.advanceTo(12);
    expect(shift.getState().ticketNotes['INT-1002']).toEqual([
      { kind: 'abandoned', text: 'The caller gave up waiting.' },
      {
        kind: 'callback',
        text: "Chidi again, a bit flustered: 'I rang a few minutes ago and gave up. My first arrears call is at half eight and I can't open anything.'",
      },
    ]);
    const reloaded = createShiftStore({ scenario, hash, seed: 1, storage });
    expect(reloaded.getState().ticketNotes).toEqual(shift.getState().ticketNotes);
  });

  it('keeps the knowledge-base results of the latest search with its ticket', () => {
    const { shift } = fresh();
    shift.advanceTo(2);
    shift.dispatch({ type: 'contact/answer', ticketId: 'INT-1002' });
    shift.dispatch({ type: 'kb/search', query: 'password', ticketId: 'INT-1002' });
    const kb = shift.getState().kbResults;
    expect(kb?.query).toBe('password');
    expect(kb?.ticketId).toBe('INT-1002');
    expect(Array.isArray(kb?.articleIds)).toBe(true);
  });
});
