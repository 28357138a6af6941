import outlets from '../../../data/lexicon/news-outlets.json' with { type: 'json' };
import type { ExtractionContext } from '../types.js';

/** News media (data/lexicon/news-outlets.json): the channel of what was said, a source of the story, not its addressee. */

const NAMES = new Set(outlets.names);
const FINAL = new Set(outlets.finalWords);

/** Is the entity a news outlet: listed by name, or an organisation whose name ends in an outlet word ("the Nevada Independent")? */
export function isNewsOutlet(ctx: ExtractionContext, key: string): boolean {
  const e = ctx.entities.get(key);
  if (!e) return false;
  const label = e.label.toLowerCase().replace(/^the /, '');
  if (NAMES.has(label) || NAMES.has(`the ${label}`)) return true;
  return e.type === 'Organization' && FINAL.has(label.split(/\s+/).pop() ?? '');
}
