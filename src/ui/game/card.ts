/**
 * One ticket card of the queue scene, pooled and reused: static content is redrawn only when the
 * ticket, width or selection changes; the SLA bar and the arrival cues animate every frame from
 * the clock driver's fraction (render time only, never business time).
 */
import Phaser from 'phaser';
import { durationText } from '../dom.ts';
import type { QueueItem } from '../queue-model.ts';
import { COLORS, FONT, PRIORITY_COLORS } from './palette.ts';

export const CARD_H = 60;
export const GAP = 6;
export const HEADER_H = 26;

export interface Card {
  root: Phaser.GameObjects.Container;
  bg: Phaser.GameObjects.Rectangle;
  outline: Phaser.GameObjects.Rectangle;
  stripe: Phaser.GameObjects.Rectangle;
  prio: Phaser.GameObjects.Text;
  icon: Phaser.GameObjects.Image;
  title: Phaser.GameObjects.Text;
  sub: Phaser.GameObjects.Text;
  sla: Phaser.GameObjects.Text;
  barBg: Phaser.GameObjects.Rectangle;
  bar: Phaser.GameObjects.Rectangle;
  mood: Phaser.GameObjects.Arc;
  item: QueueItem | null;
  width: number;
  selected: boolean;
  slaLabel: string;
}

const STATUS: Record<string, string> = {
  waiting: 'waiting',
  abandoned: 'hung up',
  new: 'new',
  'in-progress': 'in progress',
  'on-hold': 'on hold',
  resolved: 'resolved',
  closed: 'closed',
  cancelled: 'cancelled',
};

function channelTexture(channel: string): string {
  if (channel === 'phone' || channel === 'chat' || channel === 'mail' || channel === 'portal') return channel;
  if (channel === 'monitoring') return 'alert';
  if (channel === 'email') return 'mail';
  return 'portal';
}

function clip(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

function moodColor(mood: number): number {
  return mood >= 60 ? COLORS.good : mood >= 35 ? COLORS.warn : COLORS.bad;
}

export function createCard(scene: Phaser.Scene, onSelect: (ticketId: string) => void): Card {
  const bg = scene.add.rectangle(0, 0, 100, CARD_H, COLORS.card).setOrigin(0).setRounded(6);
  const outline = scene.add
    .rectangle(0, 0, 100, CARD_H)
    .setOrigin(0)
    .setRounded(6)
    .setStrokeStyle(2, COLORS.accent);
  const stripe = scene.add.rectangle(0, 0, 5, CARD_H, COLORS.unset).setOrigin(0);
  const prio = scene.add.text(14, 8, '', {
    fontFamily: FONT,
    fontSize: '12px',
    fontStyle: '700',
    color: '#0b1118',
    padding: { x: 5, y: 2 },
  });
  const icon = scene.add.image(64, 18, 'phone').setDisplaySize(18, 18);
  const title = scene.add.text(80, 8, '', {
    fontFamily: FONT,
    fontSize: '13px',
    fontStyle: '600',
    color: COLORS.text,
  });
  const sub = scene.add.text(14, 30, '', { fontFamily: FONT, fontSize: '12px', color: COLORS.muted });
  const sla = scene.add
    .text(0, 30, '', { fontFamily: FONT, fontSize: '12px', fontStyle: '600', color: COLORS.text })
    .setOrigin(1, 0);
  const barBg = scene.add.rectangle(14, CARD_H - 9, 100, 4, COLORS.barBg).setOrigin(0);
  const bar = scene.add.rectangle(14, CARD_H - 9, 100, 4, COLORS.good).setOrigin(0);
  const mood = scene.add.circle(0, 37, 4, COLORS.good);
  const root = scene.add.container(0, 0, [
    bg,
    stripe,
    outline,
    prio,
    icon,
    title,
    sub,
    sla,
    barBg,
    bar,
    mood,
  ]);
  root.setSize(100, CARD_H);
  bg.setInteractive({ useHandCursor: true });
  const card: Card = {
    root,
    bg,
    outline,
    stripe,
    prio,
    icon,
    title,
    sub,
    sla,
    barBg,
    bar,
    mood,
    item: null,
    width: 0,
    selected: false,
    slaLabel: '',
  };
  bg.on('pointerdown', () => {
    if (card.item) onSelect(card.item.ticket.id);
  });
  return card;
}

/** Positions the card and redraws its static parts when the ticket, width or selection changed. */
export function drawCard(
  card: Card,
  item: QueueItem,
  x: number,
  y: number,
  width: number,
  selected: boolean,
): void {
  card.root.setPosition(x, y).setVisible(true);
  if (card.item === item && card.width === width && card.selected === selected) return;
  const t = item.ticket;
  card.item = item;
  card.width = width;
  card.selected = selected;
  card.bg.setSize(width, CARD_H).setFillStyle(selected ? COLORS.cardSelected : COLORS.card);
  card.bg.input?.hitArea.setTo(0, 0, width, CARD_H);
  card.outline.setSize(width, CARD_H).setVisible(selected);
  const pColor = item.priority ? (PRIORITY_COLORS[item.priority] ?? COLORS.unset) : COLORS.unset;
  card.stripe.setFillStyle(pColor);
  card.prio
    .setText(item.priority ? `P${item.priority}` : 'P?')
    .setBackgroundColor(`#${pColor.toString(16).padStart(6, '0')}`);
  card.prio.setColor(item.priority ? '#0b1118' : COLORS.text);
  card.icon.setTexture(channelTexture(t.channel)).setDisplaySize(18, 18);
  card.icon.setTint(t.channel === 'monitoring' ? COLORS.bad : 0xcfe3f1).setTintMode(Phaser.TintModes.FILL);
  const maxChars = Math.floor((width - 170) / 7.2);
  card.title.setText(clip(`${t.id} · ${t.subject}`, maxChars));
  const reopened = t.reopenCount > 0 ? `  ↻ reopened ×${t.reopenCount}` : '';
  card.sub.setText(
    clip(`${item.caller} · ${STATUS[t.status] ?? t.status}${reopened}`, Math.floor((width - 110) / 6.6)),
  );
  card.sub.setColor(t.reopenCount > 0 ? '#f0a39e' : COLORS.muted);
  card.sla.setX(width - 12);
  card.mood
    .setPosition(width - 16, 16)
    .setFillStyle(moodColor(t.mood))
    .setVisible(t.channel !== 'monitoring' && item.lane !== 'done');
  card.barBg.setSize(width - 28, 4);
  card.slaLabel = '';
}

/** Per-frame: the SLA bar (smooth between game minutes), breach flashing and the arrival cues. */
export function updateCardLive(card: Card, timeMs: number, fraction: number): void {
  const item = card.item;
  if (!item) return;
  const v = item.sla;
  const running = !v.stopped && !v.paused && !v.breached;
  const remaining = Math.max(0, v.remainingMinutes - (running ? fraction : 0));
  const share = v.targetMinutes > 0 ? Math.min(1, remaining / v.targetMinutes) : 0;
  const full = card.width - 28;
  card.bar.setSize(Math.max(0, full * (v.stopped ? 1 : share)), 4);
  card.bar.setFillStyle(
    v.stopped ? COLORS.line : v.breached ? COLORS.bad : v.atRisk ? COLORS.warn : COLORS.good,
  );
  const label = v.stopped
    ? item.lane === 'done'
      ? ''
      : `${item.clock} met`
    : v.breached
      ? 'BREACHED'
      : v.paused
        ? 'paused'
        : `${durationText(Math.ceil(remaining))} ${item.clock === 'response' ? 'to answer' : 'to resolve'}`;
  if (label !== card.slaLabel) {
    card.slaLabel = label;
    card.sla.setText(label).setColor(v.breached ? '#ff8a84' : v.atRisk ? '#f2c25c' : COLORS.text);
  }
  // Breach: the border flashes red; waiting contacts ring, pulse or flash by channel.
  if (v.breached && item.lane !== 'done') {
    card.outline
      .setVisible(true)
      .setStrokeStyle(2, COLORS.bad)
      .setAlpha(0.45 + 0.55 * Math.abs(Math.sin(timeMs / 260)));
  } else {
    card.outline.setVisible(card.selected).setStrokeStyle(2, COLORS.accent).setAlpha(1);
  }
  const t = item.ticket;
  if (t.status === 'waiting') {
    if (t.channel === 'phone')
      card.icon.setAngle(Math.sin(timeMs / 40) * 14 * (Math.sin(timeMs / 500) > 0 ? 1 : 0));
    else if (t.channel === 'chat')
      card.icon.setScale((18 / 40) * (1 + 0.18 * Math.abs(Math.sin(timeMs / 220))));
    else if (t.channel === 'monitoring') card.icon.setAlpha(0.35 + 0.65 * Math.abs(Math.sin(timeMs / 180)));
  } else {
    card.icon.setAngle(0).setAlpha(1).setDisplaySize(18, 18);
  }
}
