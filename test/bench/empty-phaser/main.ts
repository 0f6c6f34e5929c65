/**
 * The benchmark's baseline: an empty Phaser 4 game built the same way as the app (vite, es2022),
 * full window, WebGL. Marks `bench:ready` after its first rendered frame.
 */
import Phaser from 'phaser';

class Empty extends Phaser.Scene {
  create(): void {
    this.game.events.once('postrender', () => performance.mark('bench:ready'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#101922',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  scene: Empty,
});
