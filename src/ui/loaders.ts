/**
 * Lazy chunks behind the first screen: the app (validator, engine, store, screens) and Phaser with
 * the desk scenes. Each loads once; the library shows their progress.
 */

type AppModule = typeof import('./app.ts');
type GameModule = typeof import('./game/start-game.ts');

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    promise ??= load().catch((error: unknown) => {
      promise = null;
      throw error;
    });
    return promise;
  };
}

export const loadApp = once<AppModule>(() => import('./app.ts'));
export const loadGame = once<GameModule>(() => import('./game/start-game.ts'));
