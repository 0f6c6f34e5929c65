/**
 * The Phaser chunk: creates the game that draws the living queue inside the desk's queue pane.
 * A factory, not a singleton; `destroy` removes the canvas. Errors inside a scene reach the
 * window error handler (DOM panel), so a failure never leaves a blank canvas without a message.
 */
import Phaser from 'phaser';
import type { ShiftStore } from '../../store/index.ts';
import { QUEUE_SCENE, QueueScene, type QueueSceneView } from './queue-scene.ts';

export { QUEUE_SCENE };

/** Starts Phaser in `parent`; `onReady` runs once the queue scene has drawn its first frame. */
export function startGame(
  parent: HTMLElement,
  shift: ShiftStore,
  view: QueueSceneView,
  onReady: () => void,
): { destroy(): void } {
  const scene = new QueueScene(shift, view, onReady);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#101922',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: { antialias: true },
    scene,
  });
  return { destroy: () => game.destroy(true) };
}
