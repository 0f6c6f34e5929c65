import { calibrationSuite } from './suite.ts';

calibrationSuite('monday-morning.json');
