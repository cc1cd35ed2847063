import "server-only";
import { getDb } from "@/db/client";
import { PUBLIC_STATUSES } from "@/db/enums";
import { similarQuery } from "../similar-terms";

export type SimilarIdea = { id: number; title: string; pitch: string };

export const SIMILAR_MAX = 3;

/**
 * Ranked are the newest CANDIDATES matches: bm25 over every match of words that are in nearly
 * every idea ("samen", "buurt") took 13 ms of CPU at ten times Heerlen-Noord's data; a rare word has
 * fewer matches than this anyway. A word in the title counts twice one in the pitch.
 */
const CANDIDATES = 300;
const SIMILAR_SQL = `
  SELECT i.id AS id, i.title AS title, i.pitch AS pitch
  FROM (
    SELECT rowid AS id, bm25(initiatives_fts, 2.0, 1.0) AS score FROM initiatives_fts
    WHERE initiatives_fts MATCH ? ORDER BY rowid DESC LIMIT ${CANDIDATES}
  ) f
  JOIN initiatives i ON i.id = f.id
  WHERE i.status IN (${PUBLIC_STATUSES.map((status) => `'${status}'`).join(", ")}) AND i.hidden_at IS NULL
  ORDER BY f.score, f.id DESC
  LIMIT ${SIMILAR_MAX}`;

/**
 * Up to three public ideas that look like a typed title, best first (the full-text index of
 * drizzle/0004_similar_ideas.sql, which triggers keep to the public ideas only; the join checks it
 * again, so an idea hidden a moment ago is never suggested).
 */
export function findSimilarIdeas(text: string): SimilarIdea[] {
  const query = similarQuery(text);
  if (!query) return [];
  return getDb().$client.prepare(SIMILAR_SQL).all(query) as SimilarIdea[];
}
