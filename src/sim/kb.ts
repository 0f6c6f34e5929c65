/**
 * Knowledge base search: a deterministic keyword match on article titles and keywords, ranked by
 * score, then by the article's position in the scenario (so equal scores always rank the same).
 */
import type { Article } from '../scenario/schema.ts';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2);
}

/** Ranks articles for a query: a keyword hit scores 3, a title word 2, a word prefix 1. */
export function searchArticles(articles: readonly Article[], query: string): string[] {
  const terms = [...new Set(words(query))];
  if (terms.length === 0) return [];
  const scored: { id: string; score: number; i: number }[] = [];
  articles.forEach((article, i) => {
    const keywords = new Set(article.keywords.flatMap(words));
    const title = new Set(words(article.title));
    let score = 0;
    for (const term of terms) {
      if (keywords.has(term)) score += 3;
      else if (title.has(term)) score += 2;
      else if (term.length >= 3 && [...keywords, ...title].some((w) => w.startsWith(term))) score += 1;
    }
    if (score > 0) scored.push({ id: article.id, score, i });
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => s.id);
}
