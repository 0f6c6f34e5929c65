/**
 * The living queue: lanes of ticket cards with priority colour AND label, channel icons that ring
 * (phone), pulse (chat) or flash (monitoring), SLA bars that move smoothly between game minutes,
 * the caller's mood, a flashing border on a breach and a tag on a reopened ticket. The static part
 * is drawn into one render texture only when the store (or selection, filter, size, scroll)
 * changes, so a frame costs one image, one Graphics and the few ringing icons. It only reads the
 * store and the clock driver's fraction, and only dispatches `select`; no game logic, no timers.
 */
import Phaser from 'phaser';
import type { ShiftStore } from '../../store/index.ts';
import { ICONS } from '../icons.ts';
import { buildQueue, type QueueFilter, type QueueItem } from '../queue-model.ts';
import {
  animateIcon,
  CARD_H,
  type Card,
  createCard,
  drawLive,
  GAP,
  HEADER_H,
  isRinging,
  setCard,
} from './card.ts';
import { COLORS, FONT } from './palette.ts';

export const QUEUE_SCENE = 'queue';

export interface QueueSceneView {
  fraction(): number;
  filter(): QueueFilter;
}

type Row = { kind: 'header'; title: string; count: number } | { kind: 'card'; item: QueueItem };
interface Placed {
  item: QueueItem;
  y: number;
}

const TEXTURES = ['phone', 'chat', 'alert', 'mail', 'portal'] as const;

export class QueueScene extends Phaser.Scene {
  private rows: Row[] = [];
  private placed: Placed[] = [];
  private cards: Card[] = [];
  private headers: Phaser.GameObjects.Text[] = [];
  private rt: Phaser.GameObjects.RenderTexture | null = null;
  private live!: Phaser.GameObjects.Graphics;
  private icons: Phaser.GameObjects.Image[] = [];
  private seen: unknown[] = [];
  private scrollTop = 0;
  private followSelection = true;
  private readied = false;
  /** The first picture is painted at once; later ones one frame after the change. */
  private paintDue = true;

  constructor(
    private readonly shift: ShiftStore,
    private readonly view: QueueSceneView,
    private readonly onReady: () => void,
  ) {
    super(QUEUE_SCENE);
  }

  preload(): void {
    for (const key of TEXTURES) this.load.svg(key, ICONS[key], { width: 40, height: 40 });
  }

  create(): void {
    this.live = this.add.graphics().setDepth(1);
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      this.scrollTop = Math.max(0, this.scrollTop + dy);
      this.followSelection = false;
      this.seen = [];
    });
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      const hit = this.placed.find(
        (c) => p.y >= c.y && p.y <= c.y + CARD_H && p.x >= 10 && p.x <= this.scale.width - 10,
      );
      if (hit) {
        this.followSelection = true;
        this.shift.select(hit.item.ticket.id);
      }
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
    let y = 0;
    for (const row of this.rows) {
      const h = row.kind === 'header' ? HEADER_H : CARD_H + GAP;
      if (this.followSelection && row.kind === 'card' && row.item.ticket.id === s.selectedTicketId) {
        const view = this.scale.height - 12;
        if (y < this.scrollTop) this.scrollTop = Math.max(0, y - HEADER_H);
        else if (y + h > this.scrollTop + view) this.scrollTop = y + h - view;
      }
      y += h;
    }
    this.scrollTop = Math.min(this.scrollTop, Math.max(0, y - this.scale.height + 12));
  }

  private makeHeader(): Phaser.GameObjects.Text {
    const t = this.add.text(0, 0, '', {
      fontFamily: FONT,
      fontSize: '11px',
      fontStyle: '600',
      color: COLORS.muted,
    });
    t.setLetterSpacing(1);
    this.children.remove(t);
    return t;
  }

  /** Redraws the static queue into the render texture. */
  private paint(): void {
    const { width, height } = this.scale;
    if (!this.rt || this.rt.width !== width || this.rt.height !== height) {
      this.rt?.destroy();
      this.rt = this.add.renderTexture(0, 0, width, height).setOrigin(0).setDepth(0);
    }
    const rt = this.rt;
    const selected = this.shift.getState().selectedTicketId;
    rt.clear();
    this.placed = [];
    let y = 8 - this.scrollTop;
    let used = 0;
    let headersUsed = 0;
    for (const row of this.rows) {
      const h = row.kind === 'header' ? HEADER_H : CARD_H + GAP;
      if (y + h > 0 && y < height) {
        if (row.kind === 'header') {
          // One Text per header: the render texture replays its commands at render(), so none is reused.
          const header = this.headers[headersUsed] ?? this.makeHeader();
          this.headers[headersUsed++] = header;
          header.setText(`${row.title.toUpperCase()}  ${row.count}`);
          rt.draw(header, 14, y + 6);
        } else {
          const card = this.cards[used] ?? createCard(this);
          this.cards[used++] = card;
          setCard(card, row.item, width - 20, row.item.ticket.id === selected);
          rt.draw(card.root, 10, y);
          this.placed.push({ item: row.item, y });
        }
      }
      y += h;
    }
    rt.render();
  }

  /** What the static picture depends on; it is repainted only when one of these changes. */
  private viewKey(): unknown[] {
    const s = this.shift.getState();
    return [
      s.state,
      s.selectedTicketId,
      this.view.filter(),
      this.scale.width,
      this.scale.height,
      this.scrollTop,
    ];
  }

  override update(time: number): void {
    const s = this.shift.getState();
    const changed = this.viewKey().some((v, i) => v !== this.seen[i]);
    if (changed && this.paintDue) {
      if (s.selectedTicketId !== this.seen[1]) this.followSelection = true;
      this.rebuild();
      this.paint();
      this.seen = this.viewKey();
    }
    // Repaint one frame after a change is seen: a game-minute tick already spent its frame in the
    // store and the DOM panels, and a single frame of delay on the queue picture is invisible.
    this.paintDue = changed && !this.paintDue;
    const fraction = s.speed > 0 && !s.state.ended ? this.view.fraction() : 0;
    const width = this.scale.width - 20;
    this.live.clear();
    let ringing = 0;
    for (const p of this.placed) {
      drawLive(this.live, p.item, 10, p.y, width, p.item.ticket.id === s.selectedTicketId, time, fraction);
      if (isRinging(p.item)) {
        const icon = this.icons[ringing] ?? this.add.image(0, 0, 'phone').setDepth(2);
        this.icons[ringing++] = icon;
        animateIcon(icon, p.item, 10, p.y, time);
      }
    }
    for (let i = ringing; i < this.icons.length; i++) this.icons[i]?.setVisible(false);
  }
}
