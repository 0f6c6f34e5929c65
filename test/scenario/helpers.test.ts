/** The small helpers behind the messages: suggestions, paths, shift times. */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/scenario/did-you-mean.ts';
import { childPath, formatPath, lastName } from '../../src/scenario/json-path.ts';
import { clockToMinutes, minutesFromStart, minutesToClock } from '../../src/scenario/time.ts';

describe('did you mean', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('netwrk', 'network')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the closest candidate within a third of the length, else a unique prefix match', () => {
    expect(closest('netwrk', ['network', 'desk'])).toBe('network');
    expect(closest('Title', ['title', 'summary'])).toBe('title');
    expect(closest('xyz', ['title', 'summary'])).toBe(undefined);
    expect(closest('L2.triage', ['L2.triage-route', 'L2.follow-process'])).toBe('L2.triage-route');
    expect(closest('L2', ['L2.triage-route', 'L2.follow-process'])).toBe(undefined);
    expect(didYouMean('fone', ['phone', 'chat'])).toBe(' (did you mean "phone"?)');
    expect(didYouMean('fax', ['phone', 'chat'])).toBe('');
  });
});

describe('json paths', () => {
  it('formats keys, indices and keys that are not identifiers', () => {
    expect(formatPath(['timeline', 3, 'truth', 'group'])).toBe('timeline[3].truth.group');
    expect(formatPath([])).toBe('');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['a b', 0, 'c.d'])).toBe('["a b"][0]["c.d"]');
    expect(childPath('meta', 'title')).toBe('meta.title');
  });

  it('names a value by its last key and the indices after it', () => {
    expect(lastName(['timeline', 0, 'evidence', 2])).toBe('evidence[2]');
    expect(lastName(['meta', 'title'])).toBe('title');
    expect(lastName([])).toBe('the scenario');
  });
});

describe('shift times', () => {
  it('converts between "HH:MM" and minutes', () => {
    expect(clockToMinutes('08:35')).toBe(515);
    expect(minutesToClock(515)).toBe('08:35');
    expect(minutesToClock(24 * 60 + 30)).toBe('00:30');
  });

  it('counts a time of day before the shift start as the next day', () => {
    expect(minutesFromStart('08:35', '08:00')).toBe(35);
    expect(minutesFromStart(35, '08:00')).toBe(35);
    expect(minutesFromStart('00:10', '23:30')).toBe(40);
    expect(minutesFromStart('07:59', '08:00')).toBe(1439);
  });
});
