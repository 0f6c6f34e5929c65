/** Build-time module made by vite.config.ts: the built-in scenarios' card data. */
declare module 'virtual:scenario-cards' {
  const cards: { file: string; meta: import('./card-meta.ts').CardMeta | null }[];
  export default cards;
}
