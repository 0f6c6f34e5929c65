/**
 * One ticket card of the queue scene. Its static parts (background, priority colour and label,
 * channel icon, texts, empty SLA track) live off the display list and are drawn into the scene's
 * render texture only when something changed; the moving parts (SLA bar, breach flash, selection)
 * are drawn each frame into one Graphics by `drawLive`. Render time only, never business time.
 */
import Phaser from 'phaser';
import { durationText } from '../dom.ts';
import type { QueueItem } from '../queue-model.ts';
import { COLORS, FONT, PRIORITY_COLORS } from './palette.ts';

export const CARD_H = 60;
export const GAP = 6;
export const HEADER_H = 26;
const BAR_Y = CARD_H - 9;

export interface Card {
  root: Phaser.GameObjects.Container;
  bg: Phaser.GameObjects.Rectangle;
  stripe: Phaser.GameObjects.Rectangle;
  prio: Phaser.GameObjects.Text;
  icon: Phaser.GameObjects.Image;
  title: Phaser.GameObjects.Text;
  sub: Phaser.GameObjects.Text;
  /** "Awaiting Ana Sousa" after the sub line while a third party's answer is pending. */
  awaiting: Phaser.GameObjects.Text;
  sla: Phaser.GameObjects.Text;
  barBg: Phaser.GameObjects.Rectangle;
  mood: Phaser.GameObjects.Arc;
  /** What the card shows now; text is re-rendered (a texture upload) only when this changes. */
  key: string;
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

/** The texture key of a channel's icon. */
function channelTexture(channel: string): string {
  if (channel === 'phone' || channel === 'chat' || channel === 'portal') return channel;
  if (channel === 'monitoring') return 'alert';
  if (channel === 'email') return 'mail';
  return 'portal';
}

/** Whether the card's icon animates (a contact still waiting on a live channel). */
export function isRinging(item: QueueItem): boolean {
  const t = item.ticket;
  return (
    t.status === 'waiting' && (t.channel === 'phone' || t.channel === 'chat' || t.channel === 'monitoring')
  );
}

function clip(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

function moodColor(mood: number): number {
  return mood >= 60 ? COLORS.good : mood >= 35 ? COLORS.warn : COLORS.bad;
}

function slaLabel(item: QueueItem): string {
  const v = item.sla;
  if (v.stopped) return item.lane === 'done' ? '' : `${item.clock} met`;
  if (v.breached) return 'BREACHED';
  if (v.paused) return 'paused';
  return `${durationText(v.remainingMinutes)} ${item.clock === 'response' ? 'to answer' : 'to resolve'}`;
}

/** Creates a card off the display list (it is only ever drawn into the render texture). */
export function createCard(scene: Phaser.Scene): Card {
  const bg = scene.add.rectangle(0, 0, 100, CARD_H, COLORS.card).setOrigin(0).setRounded(6);
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
  const awaiting = scene.add.text(14, 30, '', {
    fontFamily: FONT,
    fontSize: '12px',
    fontStyle: '600',
    color: '#f2c25c',
  });
  const sla = scene.add
    .text(0, 30, '', { fontFamily: FONT, fontSize: '12px', fontStyle: '600', color: COLORS.text })
    .setOrigin(1, 0);
  const barBg = scene.add.rectangle(14, BAR_Y, 100, 4, COLORS.barBg).setOrigin(0);
  const mood = scene.add.circle(0, 16, 4, COLORS.good);
  const root = scene.add.container(0, 0, [bg, stripe, prio, icon, title, sub, awaiting, sla, barBg, mood]);
  scene.children.remove(root);
  return { root, bg, stripe, prio, icon, title, sub, awaiting, sla, barBg, mood, key: '' };
}

/** Sets the card's static content for a ticket (the icon is hidden when it animates outside). */
export function setCard(card: Card, item: QueueItem, width: number, selected: boolean): void {
  const t = item.ticket;
  const v = item.sla;
  const key = [
    t.id,
    t.status,
    item.priority,
    t.reopenCount,
    moodColor(t.mood),
    slaLabel(item),
    v.atRisk,
    width,
    selected,
    item.lane,
    item.awaiting,
  ].join('|');
  if (key === card.key) return;
  card.key = key;
  card.bg.setSize(width, CARD_H).setFillStyle(selected ? COLORS.cardSelected : COLORS.card);
  const pColor = item.priority ? (PRIORITY_COLORS[item.priority] ?? COLORS.unset) : COLORS.unset;
  card.stripe.setFillStyle(pColor);
  card.prio
    .setText(item.priority ? `P${item.priority}` : 'P?')
    .setBackgroundColor(`#${pColor.toString(16).padStart(6, '0')}`);
  card.prio.setColor(item.priority ? '#0b1118' : COLORS.text);
  card.icon.setTexture(channelTexture(t.channel)).setDisplaySize(18, 18).setVisible(!isRinging(item));
  card.icon.setTint(t.channel === 'monitoring' ? COLORS.bad : 0xcfe3f1).setTintMode(Phaser.TintModes.FILL);
  card.title.setText(clip(`${t.id} · ${t.subject}`, Math.floor((width - 110) / 7.4)));
  const reopened = t.reopenCount > 0 ? `  ↻ reopened ×${t.reopenCount}` : '';
  // The sub line shares its room with the awaiting marker, which keeps at least the party's name.
  const room = Math.floor((width - 150) / 6.6);
  const marker = item.awaiting === null ? '' : clip(item.awaiting, Math.max(10, room - 14));
  const subRoom = marker === '' ? room : Math.max(6, room - marker.length - 3);
  card.sub.setText(clip(`${item.caller} · ${STATUS[t.status] ?? t.status}${reopened}`, subRoom));
  card.sub.setColor(t.reopenCount > 0 ? '#f0a39e' : COLORS.muted);
  card.awaiting
    .setText(marker)
    .setX(14 + card.sub.width + 8)
    .setVisible(marker !== '');
  card.sla
    .setText(slaLabel(item))
    .setX(width - 12)
    .setColor(v.breached ? '#ff8a84' : v.atRisk ? '#f2c25c' : COLORS.text);
  card.mood
    .setPosition(width - 16, 16)
    .setFillStyle(moodColor(t.mood))
    .setVisible(t.channel !== 'monitoring' && item.lane !== 'done');
  card.barBg.setSize(width - 28, 4);
}

/** Per frame: the SLA bar (smooth between game minutes), the selection and a flashing breach border. */
export function drawLive(
  g: Phaser.GameObjects.Graphics,
  item: QueueItem,
  x: number,
  y: number,
  width: number,
  selected: boolean,
  timeMs: number,
  fraction: number,
): void {
  const v = item.sla;
  const running = !v.stopped && !v.paused && !v.breached;
  const remaining = Math.max(0, v.remainingMinutes - (running ? fraction : 0));
  const share = v.stopped ? 1 : v.targetMinutes > 0 ? Math.min(1, remaining / v.targetMinutes) : 0;
  const color = v.stopped ? COLORS.line : v.breached ? COLORS.bad : v.atRisk ? COLORS.warn : COLORS.good;
  g.fillStyle(color, 1).fillRect(x + 14, y + BAR_Y, Math.max(0, (width - 28) * share), 4);
  if (v.breached && item.lane !== 'done') {
    g.lineStyle(2, COLORS.bad, 0.45 + 0.55 * Math.abs(Math.sin(timeMs / 260))).strokeRoundedRect(
      x,
      y,
      width,
      CARD_H,
      6,
    );
  } else if (selected) {
    g.lineStyle(2, COLORS.accent, 1).strokeRoundedRect(x, y, width, CARD_H, 6);
  }
}

/** Per frame: a waiting contact's icon rings (phone), pulses (chat) or flashes (monitoring). */
export function animateIcon(
  icon: Phaser.GameObjects.Image,
  item: QueueItem,
  x: number,
  y: number,
  timeMs: number,
): void {
  const channel = item.ticket.channel;
  icon
    .setTexture(channelTexture(channel))
    .setPosition(x + 64, y + 18)
    .setVisible(true)
    .setAlpha(1)
    .setAngle(0);
  icon.setTint(channel === 'monitoring' ? COLORS.bad : 0xcfe3f1).setTintMode(Phaser.TintModes.FILL);
  const base = 18 / 40;
  icon.setScale(base);
  if (channel === 'phone') icon.setAngle(Math.sin(timeMs / 40) * 14 * (Math.sin(timeMs / 500) > 0 ? 1 : 0));
  else if (channel === 'chat') icon.setScale(base * (1 + 0.18 * Math.abs(Math.sin(timeMs / 220))));
  else icon.setAlpha(0.35 + 0.65 * Math.abs(Math.sin(timeMs / 180)));
}
