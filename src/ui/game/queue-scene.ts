/**
 * The living queue: lanes of ticket cards with priority colour AND label, channel icons that ring
 * (phone), pulse (chat) or flash (monitoring), SLA bars that move smoothly between game minutes,
 * the caller's mood, a flashing border on a breach and a tag on a reopened ticket. It only reads
 * the store and the clock driver's fraction, and only dispatches `select`; no game logic, no timers.
 */
import Phaser from 'phaser';
import type { ShiftStore } from '../../store/index.ts';
import { ICONS } from '../icons.ts';
import { buildQueue, type QueueFilter, type QueueItem } from '../queue-model.ts';
import { CARD_H, type Card, createCard, drawCard, GAP, HEADER_H, updateCardLive } from './card.ts';
import { COLORS, FONT } from './palette.ts';

export const QUEUE_SCENE = 'queue';

export interface QueueSceneView {
  fraction(): number;
  filter(): QueueFilter;
}

type Row = { kind: 'header'; title: string; count: number } | { kind: 'card'; item: QueueItem };

const CHANNEL_TEXTURES = ['phone', 'chat', 'alert', 'mail', 'portal', 'reopen'] as const;

export class QueueScene extends Phaser.Scene {
  private rows: Row[] = [];
  private cards: Card[] = [];
  private headers: Phaser.GameObjects.Text[] = [];
  private stateRef: unknown = null;
  private selectedRef: string | null = null;
  private filterRef: QueueFilter | null = null;
  private widthRef = 0;
  private scrollTop = 0;
  private dirty = true;
  private readied = false;

  constructor(
    private readonly shift: ShiftStore,
    private readonly view: QueueSceneView,
    private readonly onReady: () => void,
  ) {
    super(QUEUE_SCENE);
  }

  preload(): void {
    for (const key of CHANNEL_TEXTURES) this.load.svg(key, ICONS[key], { width: 40, height: 40 });
  }

  create(): void {
    this.scale.on('resize', () => {
      this.dirty = true;
    });
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      this.scrollTop = Math.max(0, this.scrollTop + dy);
      this.dirty = true;
    });
    this.game.events.once('postrender', () => {
      if (!this.readied) {
        this.readied = true;
        this.onReady();
      }
    });
  }

  private rebuild(): void {
    const s = this.shift.getState();
    const model = buildQueue(s.scenario, s.state, this.view.filter());
    this.rows = model.lanes.flatMap((lane): Row[] => [
      { kind: 'header', title: lane.title, count: lane.items.length },
      ...lane.items.map((item): Row => ({ kind: 'card', item })),
    ]);
    // Keep the selected card in view.
    const sel = s.selectedTicketId;
    let y = 0;
    for (const row of this.rows) {
      const h = row.kind === 'header' ? HEADER_H : CARD_H + GAP;
      if (row.kind === 'card' && row.item.ticket.id === sel) {
        const view = this.scale.height - 12;
        if (y < this.scrollTop) this.scrollTop = Math.max(0, y - HEADER_H);
        else if (y + h > this.scrollTop + view) this.scrollTop = y + h - view;
      }
      y += h;
    }
    this.scrollTop = Math.min(this.scrollTop, Math.max(0, y - this.scale.height + 12));
  }

  private layout(): void {
    const s = this.shift.getState();
    const width = this.scale.width;
    let y = 8 - this.scrollTop;
    let cardIndex = 0;
    let headerIndex = 0;
    for (const row of this.rows) {
      const h = row.kind === 'header' ? HEADER_H : CARD_H + GAP;
      const visible = y + h > 0 && y < this.scale.height;
      if (visible && row.kind === 'header') {
        const text = this.headerAt(headerIndex++);
        text
          .setText(`${row.title.toUpperCase()}  ${row.count}`)
          .setPosition(14, y + 6)
          .setVisible(true);
      } else if (visible && row.kind === 'card') {
        const card = this.cardAt(cardIndex++);
        drawCard(card, row.item, 10, y, width - 20, row.item.ticket.id === s.selectedTicketId);
      }
      y += h;
    }
    for (let i = cardIndex; i < this.cards.length; i++) this.cards[i]?.root.setVisible(false);
    for (let i = headerIndex; i < this.headers.length; i++) this.headers[i]?.setVisible(false);
  }

  private headerAt(i: number): Phaser.GameObjects.Text {
    let t = this.headers[i];
    if (!t) {
      t = this.add.text(0, 0, '', {
        fontFamily: FONT,
        fontSize: '11px',
        fontStyle: '600',
        color: COLORS.muted,
      });
      t.setLetterSpacing(1);
      this.headers[i] = t;
    }
    return t;
  }

  private cardAt(i: number): Card {
    let c = this.cards[i];
    if (!c) {
      c = createCard(this, (id) => this.shift.select(id));
      this.cards[i] = c;
    }
    return c;
  }

  override update(time: number): void {
    const s = this.shift.getState();
    const filter = this.view.filter();
    if (
      s.state !== this.stateRef ||
      s.selectedTicketId !== this.selectedRef ||
      filter !== this.filterRef ||
      this.widthRef !== this.scale.width
    ) {
      this.stateRef = s.state;
      this.selectedRef = s.selectedTicketId;
      this.filterRef = filter;
      this.widthRef = this.scale.width;
      this.dirty = true;
    }
    if (this.dirty && new URLSearchParams(location.search).get('v') !== 'nocards') {
      this.dirty = false;
      this.rebuild();
      this.layout();
    }
    const fraction = s.speed > 0 && !s.state.ended ? this.view.fraction() : 0;
    for (const card of this.cards) if (card.root.visible) updateCardLive(card, time, fraction);
  }
}
