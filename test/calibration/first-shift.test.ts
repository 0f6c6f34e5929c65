import { calibrationSuite } from './suite.ts';

calibrationSuite('first-shift.json');
