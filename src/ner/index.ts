/**
 * Named-entity recogniser: PER / ORG / LOC over words, an averaged perceptron with greedy BILOU decoding.
 * - types.ts: tags, spans, sentences; bilou.ts: tag ↔ span conversions and the transition constraint;
 * - features.ts: word, shape, affix, context, gazetteer and (optional) POS features, as readable strings;
 *   hashed-features.ts: the same, hashed and cached per word form (what training and decoding use);
 * - gazetteer.ts: name lists as features; kb-gazetteer.ts: the project gazetteer as name lists;
 * - model.ts: the compact hashed int8 model and its byte format; decode.ts: greedy decoding;
 * - train.ts: deterministic averaged-perceptron training; corpus.ts: UNER and GUM readers; evaluate.ts: F1.
 * No `fs` here: src/io/ner-model.ts loads the shipped model in Node.
 */
export * from './types.js';
export { bilouToSpans, spansToBilou, iob2ToSpans } from './bilou.js';
export { buildGazetteer, gazetteerHits } from './gazetteer.js';
export type { Gazetteer, GazetteerName } from './gazetteer.js';
export { kbGazetteer } from './kb-gazetteer.js';
export { staticFeatures, wordShape } from './features.js';
export { deserialiseModel, serialiseModel, hashFeature } from './model.js';
export type { NerModel, ModelHeader } from './model.js';
export { recognise } from './decode.js';
export { trainNer } from './train.js';
export type { TrainOptions, TrainResult } from './train.js';
export { readIob2, readGum, splitDocuments } from './corpus.js';
export { addSentence, emptyScore, f1 } from './evaluate.js';
export type { NerScore } from './evaluate.js';
