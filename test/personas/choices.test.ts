/**
 * Persona choices that read the hidden truth only from the level that would know it: the hold
 * reason that applies is known from Level 3; below, the persona guesses from the policy's names.
 */
import { describe, expect, it } from 'vitest';
import { chooseHoldReason, type Decider, type PersonaLevel } from '../../src/personas/choices.ts';
import { createPrng } from '../../src/personas/prng.ts';
import { FIXTURE } from '../sim/fixture.ts';

const decider = (level: PersonaLevel): Decider => ({
  level,
  scenario: FIXTURE,
  rng: createPrng(1),
  noise: 0,
});
const arrival = (id: string) => {
  const a = FIXTURE.timeline.find((x) => x.id === id);
  if (a === undefined) throw new Error(`no ${id}`);
  return a;
};

describe('chooseHoldReason', () => {
  it('from Level 3 holds only for a reason that applies (the truth), whoever has the ticket', () => {
    expect(chooseHoldReason(decider(3), arrival('INC2'), false)).toBe('awaiting-vendor');
    expect(chooseHoldReason(decider(5), arrival('INC5'), true)).toBeNull();
  });
  it('below Level 3 guesses the vendor reason for a ticket with a supplier, and nothing otherwise', () => {
    expect(chooseHoldReason(decider(2), arrival('INC5'), true)).toBe('awaiting-vendor');
    expect(chooseHoldReason(decider(2), arrival('INC2'), false)).toBeNull();
  });
});
