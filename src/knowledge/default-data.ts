// The bundled knowledge, imported as JSON so the same code runs in Node and in the browser (no fs).
import countries from '../../data/gazetteer/countries.json' with { type: 'json' };
import cities from '../../data/gazetteer/cities.json' with { type: 'json' };
import people from '../../data/gazetteer/people.json' with { type: 'json' };
import organizations from '../../data/gazetteer/organizations.json' with { type: 'json' };
import groups from '../../data/gazetteer/groups.json' with { type: 'json' };
import regions from '../../data/gazetteer/regions.json' with { type: 'json' };
import givenNames from '../../data/lexicon/given-names.json' with { type: 'json' };
import metonyms from '../../data/gazetteer/metonyms.json' with { type: 'json' };
import events from '../../data/lexicon/events.json' with { type: 'json' };
import cameo from '../../data/lexicon/cameo.json' with { type: 'json' };
import modality from '../../data/lexicon/modality.json' with { type: 'json' };
import pronouns from '../../data/lexicon/pronouns.json' with { type: 'json' };
import titles from '../../data/lexicon/titles.json' with { type: 'json' };
import referring from '../../data/lexicon/referring-nouns.json' with { type: 'json' };
import cues from '../../data/lexicon/entity-cues.json' with { type: 'json' };
import type { KbEntry } from './types.js';
import type { KnowledgeData } from './knowledge.js';

const withoutComment = <T extends object>(o: T): T => {
  const copy = { ...o } as Record<string, unknown>;
  delete copy._comment;
  return copy as T;
};

export function defaultData(): KnowledgeData {
  return {
    gazetteer: [...countries, ...cities, ...people, ...organizations, ...groups, ...regions] as KbEntry[],
    givenNames: givenNames.names,
    metonyms: withoutComment(metonyms) as Record<string, string>,
    triggers: events.triggers as KnowledgeData['triggers'],
    cameo: cameo as KnowledgeData['cameo'],
    modality: modality as KnowledgeData['modality'],
    pronouns: withoutComment(pronouns) as unknown as KnowledgeData['pronouns'],
    titles: titles as KnowledgeData['titles'],
    referring: referring as KnowledgeData['referring'],
    cues: cues as unknown as KnowledgeData['cues'],
  };
}
