import { slugify } from '../../nlp/fold.js';

/**
 * Cross-article entity resolution is decided inside each article, from the article alone, so a
 * corpus build, a shard and an incremental re-run give every entity the same IRI (merging outputs
 * is then a plain union). The rule (docs/iri-scheme.md, "Entity resolution across articles"):
 *
 * 1. A gazetteer name is its gazetteer id, linked to Wikidata: one node in every article.
 * 2. An unlinked name of two or more words (a full name: "Yelitza Morán", "Oro del Caroní C.A.") is
 *    the slug of the name, so the same name in other articles is the same node.
 * 3. An unlinked one-word person name that the article never ties to a full name ("Ahmed said …")
 *    says too little to be one person across a corpus: its key is scoped to the article,
 *    `{slug}--{article}`. So two unlinked "Ahmed"s in two articles stay two nodes; within one
 *    article every "Ahmed" is one node.
 */
export function unlinkedPersonKey(articleId: string, label: string): string {
  const key = slugify(label);
  if (/\s/.test(label.trim())) return key;
  return `${key}--${slugify(articleId.replace(/\.(md|txt)$/i, ''))}`;
}

/** Which rule (above) gave an entity key: used to explain merges. */
export type ResolutionRule = 'linked' | 'name' | 'article';

export function resolutionRule(key: string, linked: boolean): ResolutionRule {
  if (linked) return 'linked';
  return key.includes('--') ? 'article' : 'name';
}
