// The named-entity recogniser (src/ner): deterministic training, valid BILOU output, and names found in real
// Wikinews sentences by the shipped model.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedAfter, canEnd } from '../src/ner/bilou.js';
import { decodeHashed } from '../src/ner/decode.js';
import { hashedFeatures, hashSentence } from '../src/ner/hashed-features.js';
import { staticFeatures } from '../src/ner/features.js';
import { modelScorer } from '../src/ner/model.js';
import { bilouToSpans, deserialiseModel, kbGazetteer, readGum, readIob2, recognise, serialiseModel, spansToBilou, trainNer } from '../src/ner/index.js';
import type { NerModel, Span } from '../src/ner/index.js';
import { loadNerModel, NER_MODEL_PATH } from '../src/io/ner-model.js';
import { defaultData } from '../src/knowledge/index.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/ner/uner-train-sample.iob2');
const sample = readIob2(readFileSync(FIXTURE, 'utf8'));

const tiny = () => serialiseModel(trainNer(sample, { epochs: 3, seed: 7, minCount: 1 }).model);

/** Words of a sentence as the treebanks split them: punctuation and possessive 's apart. */
const words = (s: string) => s.replace(/(['’]s)\b/g, ' $1').match(/['’]s\b|[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];

/** The tag sequence is one BILOU allows: every B/I continued, every I/L opened, nothing left open. */
function validBilou(tags: readonly number[]): boolean {
  return tags.every((t, i) => allowedAfter(i > 0 ? tags[i - 1]! : -1, t)) && (tags.length === 0 || canEnd(tags[tags.length - 1]!));
}

describe('NER training', () => {
  it('is deterministic: the same data and seed give byte-identical models', () => {
    const a = tiny();
    const b = tiny();
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('depends on the seed (the shuffle is real)', () => {
    const other = serialiseModel(trainNer(sample, { epochs: 3, seed: 8, minCount: 1 }).model);
    expect(Buffer.from(tiny()).equals(Buffer.from(other))).toBe(false);
  });

  it('round-trips through bytes', () => {
    const bytes = tiny();
    expect(Buffer.from(serialiseModel(deserialiseModel(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('learns its training data', () => {
    const model = deserialiseModel(tiny());
    const found = sample.slice(0, 10).flatMap((s) => recognise(model, s).map((sp) => `${s.words.slice(sp.start, sp.end).join(' ')}/${sp.type}`));
    expect(found).toContain('Shaikh Abdullah al - Ani/PER');
    expect(found).toContain('Baghdad/LOC');
  });
});

describe('hashed features', () => {
  it('equal the string features hashed one by one, in order (with gazetteer and POS tags, or without)', () => {
    const data = defaultData();
    const gazetteer = kbGazetteer(data.gazetteer, data.givenNames);
    const word = fc.oneof(fc.constantFrom('Baghdad', 'the', 'New', 'York', 'Mary', 'Al', '-', 'IBM', 'said', '.', 'ÉCOLE', 'São', '1999', "'s"), fc.string({ minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.boolean(), (ws, gaz, tagged) => {
        const input = { words: ws, ...(tagged ? { tags: ws.map((w) => (/^\p{Lu}/u.test(w) ? 'PROPN' : 'X')) } : {}) };
        const opts = gaz ? { gazetteer } : {};
        expect(hashedFeatures(input, opts)).toEqual(hashSentence(staticFeatures(input, opts)));
      }),
      { numRuns: 300 },
    );
    for (const s of sample) expect(hashedFeatures(s, { gazetteer })).toEqual(hashSentence(staticFeatures(s, { gazetteer })));
  });
});

describe('GUM mentions as training names', () => {
  it('keeps proper names, cut to the name, outer name over nested ones, no title as a person', () => {
    const titles = new Set(['president']);
    const [s] = readGum(readFileSync(join(import.meta.dirname, 'fixtures/ner/gum-fillmore.conllu'), 'utf8'), titles);
    const names = s!.spans.map((sp) => `${s!.words.slice(sp.start, sp.end).join(' ')}/${sp.type}`);
    expect(names).toEqual(['Fillmore/PER', 'Linguistic Society of America/ORG', 'University of Chicago/ORG']);
  });
});

describe('BILOU', () => {
  it('spans → tags → spans is the identity', () => {
    const spans: Span[] = [
      { start: 0, end: 3, type: 'ORG' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 7, end: 9, type: 'PER' },
    ];
    expect(bilouToSpans(spansToBilou(10, spans))).toEqual(spans);
  });

  it('decoding yields valid tag sequences and spans on any input', () => {
    const model: NerModel = deserialiseModel(tiny());
    const scorer = modelScorer(model);
    const word = fc.oneof(fc.constantFrom('Baghdad', 'the', 'Al', '-', 'Zaman', 'Iraq', 'said', '.', 'US', 'FBI', 'Hoover'), fc.string({ minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (ws) => {
        const tags = decodeHashed(scorer, hashedFeatures({ words: ws }));
        expect(validBilou(tags)).toBe(true);
        for (const s of bilouToSpans(tags)) expect(s.start >= 0 && s.start < s.end && s.end <= ws.length).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

// Sentences from English Wikinews (CC BY 2.5), ../shared/corpus/wikinews/wikinews.jsonl: "Senator Ted Cruz
// proposes amendment to U.S. Constitution setting Congressional term limits" (2019-01-06), "Pioneering
// oceanographer Walter Munk dies of pneumonia" and "Zebra stripes may dazzle pathogen-packing horse flies" (2019).
describe('the shipped model on Wikinews', () => {
  const names = (sentence: string) => {
    const data = defaultData();
    const gazetteer = kbGazetteer(data.gazetteer, data.givenNames);
    const ws = words(sentence);
    return recognise(loadNerModel(), { words: ws }, { gazetteer }).map((s) => `${ws.slice(s.start, s.end).join(' ')}/${s.type}`);
  };

  it('is in the repository', () => expect(existsSync(NER_MODEL_PATH)).toBe(true));

  it('finds people and places', () => {
    const found = names('It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia, all Republicans.');
    for (const n of ['Marco Rubio/PER', 'Florida/LOC', 'Mike Lee/PER', 'Utah/LOC', 'David Perdue/PER', 'Georgia/LOC']) expect(found).toContain(n);
  });

  it('finds organisations', () => {
    const munk = names('The death of pioneering oceanographer Walter Munk was announced on Friday by the University of California, San Diego.');
    expect(munk).toContain('Walter Munk/PER');
    expect(munk).toContain('University of California/ORG');
    const zebras = names('In findings published on Wednesday in PLoS One, scientists from the University of Bristol and UC Davis say zebras may have gotten their stripes to confuse ectoparasites, such as flies.');
    expect(zebras).toContain('University of Bristol/ORG');
  });
});
