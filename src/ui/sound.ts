/**
 * Short sound cues generated with WebAudio (no files): a double ring for a phone, a pop for chat,
 * a two-tone for monitoring alerts, a low buzz for a breach. Muted by the store's preference.
 */

import { assertNever } from '../sim/util.ts';
import type { Cue } from '../store/index.ts';

let ctx: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  ctx ??= new AudioContext();
  if (ctx.state === 'suspended') void ctx.resume();
  return ctx;
}

function tone(
  freq: number,
  startS: number,
  durationS: number,
  type: OscillatorType = 'sine',
  gain = 0.08,
): void {
  const a = audio();
  if (!a) return;
  const osc = a.createOscillator();
  const g = a.createGain();
  osc.type = type;
  osc.frequency.value = freq;
  const t0 = a.currentTime + startS;
  g.gain.setValueAtTime(0, t0);
  g.gain.linearRampToValueAtTime(gain, t0 + 0.01);
  g.gain.exponentialRampToValueAtTime(0.0001, t0 + durationS);
  osc.connect(g).connect(a.destination);
  osc.start(t0);
  osc.stop(t0 + durationS + 0.02);
}

/** Plays the cue (a fraction of a second at most). */
export function playCue(cue: Cue): void {
  switch (cue) {
    case 'phone':
      tone(880, 0, 0.12);
      tone(880, 0.18, 0.12);
      return;
    case 'chat':
      tone(660, 0, 0.08);
      tone(990, 0.07, 0.1);
      return;
    case 'alert':
      tone(740, 0, 0.15, 'triangle');
      tone(520, 0.17, 0.2, 'triangle');
      return;
    case 'mail':
      tone(560, 0, 0.1);
      return;
    case 'warning':
      tone(600, 0, 0.12, 'triangle', 0.05);
      return;
    case 'breach':
      tone(180, 0, 0.35, 'sawtooth', 0.05);
      return;
    case 'callback':
    case 'reopen':
      tone(440, 0, 0.1, 'square', 0.04);
      tone(330, 0.12, 0.16, 'square', 0.04);
      return;
    case 'good':
      tone(660, 0, 0.08);
      tone(880, 0.09, 0.12);
      return;
    default:
      assertNever(cue);
  }
}
