/**
 * Browser entry point: a tiny first chunk. It installs the error panel and shows the scenario
 * library (plain DOM) at once, then loads the app and Phaser in the background with a progress
 * indicator, so the first useful screen never waits for the game engine.
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './ui/styles.css';
import { installErrorPanel } from './ui/error-panel.ts';
import { showLibrary } from './ui/library.ts';

installErrorPanel();
const root = document.getElementById('app');
if (root) showLibrary(root);
