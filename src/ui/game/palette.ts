/** The desk palette as Phaser colours (the same values as the CSS variables). */
export const COLORS = {
  bg: 0x101922,
  card: 0x182431,
  cardSelected: 0x203346,
  line: 0x2b3b4d,
  text: '#e4ebf2',
  muted: '#93a3b4',
  accent: 0x4db3d8,
  good: 0x3fb57a,
  warn: 0xe0a526,
  bad: 0xe5534b,
  barBg: 0x2a3a4c,
  unset: 0x55606c,
} as const;

export const PRIORITY_COLORS: Record<number, number> = {
  1: 0xe5484d,
  2: 0xf0872e,
  3: 0xe3b323,
  4: 0x4c8df6,
  5: 0x8b96a3,
};

export const FONT = 'Inter, system-ui, sans-serif';
