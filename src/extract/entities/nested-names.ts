import { docIndex } from '../doc-index.js';
import { isCap, nameAt, span } from './helpers.js';
import { addMention, entityFromEntry } from './registry.js';
import type { ExtractionContext, Extractor } from '../types.js';

/**
 * "University of Copenhagen", "the US National Science Foundation", "The New York Times": a known place
 * named inside a body's name is mentioned too, as a modifier (never a clause's subject or an
 * event's place). Only gazetteer names: an unknown word inside a name says nothing on its own.
 * It runs last, once events and facts are read: they take the outer name as the one participant, and
 * the mentions it adds go at the end of the list, so the ids of the others stay as they were.
 */
export const nestedNameExtractor: Extractor = {
  name: 'nested-names',
  run: (ctx) => nestedNames(ctx),
};

const BODIES = /^(Organization|GovernmentOrganization|ArmedForces)$/;
const PLACES = /^(Country|City|Place)$/;

function nestedNames(ctx: ExtractionContext): void {
  const { norms } = docIndex(ctx.doc);
  // Inside bodies' names only: in "southern Finland" or "North America" the place is the whole name.
  const outer = ctx.mentions.filter((m) => m.kind === 'name' && m.last > m.first && m.refs.length === 1 && BODIES.test(ctx.entities.get(m.refs[0] as string)?.type ?? ''));
  // Only places the article also names on their own: inside a name, a place name often means a namesake
  // the gazetteer does not hold ("Washington State University", "University of Georgia"), and a link
  // made there alone would be wrong.
  const named = new Set<string>();
  for (const m of ctx.mentions) if (m.refs.length === 1 && (m.kind === 'name' || m.kind === 'metonym' || m.kind === 'demonym')) named.add(m.refs[0] as string);
  for (const m of outer) {
    for (let i = m.first; i <= m.last; i++) {
      const hit = nameAt(ctx, norms, i, m.last);
      if (!hit) continue;
      const end = i + hit.length - 1;
      const entry = hit.hit.entry;
      // Places only: "BBC" in "BBC News" or "Red Cross" in "British Red Cross" is the body itself, or its part.
      // Names only: "American" in "Organization of American States" is no mention of the country.
      // And a whole word run: the name opens the outer one or follows a lower-case word ("University of
      // Copenhagen"); "Nile" in "Upper Nile Interchurch Committee" or "Minsk" in "OSCE Minsk Group" is not one.
      if (!PLACES.test(entry.type) || hit.hit.kind !== 'name' || (i > m.first && isCap(ctx.doc.tokens[i - 1])) || !named.has(entry.id)) continue;
      // "Washington State University", "Kent County Council": the name of another place opens it.
      const after = end < m.last ? ctx.doc.tokens[end + 1] : undefined;
      if (after && ctx.kb.data.cues.placeNouns[after.norm]) continue;
      // The whole name itself, or the same entity ("Kenya" in a Kenyan body keeps its country link).
      if ((i === m.first && end === m.last) || m.refs.includes(entry.id)) {
        i = end;
        continue;
      }
      entityFromEntry(ctx, entry);
      addMention(ctx, { ...span(ctx, i, end), kind: hit.hit.kind, refs: [entry.id], modifier: true });
      i = end;
    }
  }
}
