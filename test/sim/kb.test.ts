import { describe, expect, it } from 'vitest';
import { searchArticles } from '../../src/sim/kb.ts';
import { FIXTURE } from './fixture.ts';

describe('searchArticles', () => {
  const kb = FIXTURE.knowledge;
  it('ranks keyword hits over title words over prefixes, then by article order', () => {
    expect(searchArticles(kb, 'printer')).toEqual(['KB3']);
    expect(searchArticles(kb, 'clear VPN')).toEqual(['KB2', 'KB3']);
    expect(searchArticles(kb, 'pass')).toEqual(['KB1']);
    expect(searchArticles(kb, 'reset jam vpn')).toEqual(['KB1', 'KB2', 'KB3']);
  });
  it('is case-insensitive and ignores punctuation, short words and duplicates', () => {
    expect(searchArticles(kb, 'VPN!!! vpn, a')).toEqual(['KB2']);
    expect(searchArticles(kb, '')).toEqual([]);
    expect(searchArticles(kb, '?? x')).toEqual([]);
  });
});
