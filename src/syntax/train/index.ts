import { SyntaxModel, type ModelHeader } from '../model/model.js';
import { WeightTable } from '../model/table.js';
import type { TableBytes } from '../model/codec.js';
import { pruneTable } from '../model/prune.js';
import { sentenceCodes } from '../parser/codes.js';
import { Tagger } from '../tagger/tagger.js';
import type { TrainSentence } from './corpus.js';
import { trainLemmatizer } from './lemmatizer.js';
import { trainParser, type ParserExample, type ParserTraining } from './parser.js';
import { trainTagger, type TaggerOptions, type TaggerTraining } from './tagger.js';

export interface TrainOptions {
  seed: number;
  tagEpochs: number;
  parseEpochs: number;
  /** Folds of jackknife tagging, so the parser trains on tags as wrong as it will see them. */
  folds: number;
  /** Per table (tagger, actions, labeller): rows whose largest |weight| is below this are dropped from the file. */
  prune: Record<string, number>;
  /** English words that lemma rules must produce where they can (the word-list package). */
  lemmaWords?: readonly string[];
  /** A UPOS+XPOS pair seen fewer times is folded into a frequent one (default 20). */
  minTagCount?: number;
  log?: (line: string) => void;
}

export interface DevScore {
  upos: number;
  uas: number;
  las: number;
}

/** Trains tagger, lemmatiser and parser; the parser epoch kept is the best on `dev` (LAS, gold tokens). */
export function trainModel(train: readonly TrainSentence[], dev: readonly TrainSentence[], options: TrainOptions): { bytes: Uint8Array; meta: Record<string, unknown> } {
  const log = options.log ?? (() => {});
  const tagOptions: TaggerOptions = { epochs: options.tagEpochs, seed: options.seed, minTagCount: options.minTagCount ?? 20, minAmbiguityCount: 3, minFrequent: 20, prune: 0 };
  const full = trainTagger(train, { ...tagOptions, onEpoch: (e, t) => log(`tagger epoch ${e}: dev UPOS ${(tagAccuracy(t, dev) * 100).toFixed(2)}`) });
  const tagger = taggerOf(full);
  const tagIndex = new Map(full.tags.map((t, i) => [t.join('\t'), i]));
  const predicted: Int32Array[] = new Array<Int32Array>(train.length);
  for (let f = 0; f < options.folds; f++) {
    const fold = trainTagger(
      train.filter((_, i) => i % options.folds !== f),
      tagOptions,
    );
    const t = taggerOf(fold);
    train.forEach((s, i) => {
      if (i % options.folds === f) predicted[i] = Int32Array.from(t.tag(s.forms), (c) => tagIndex.get(fold.tags[c]!.join('\t')) ?? 0);
    });
    log(`jackknife fold ${f + 1}/${options.folds} tagged`);
  }
  const labels = [...new Set(train.flatMap((s) => s.deprels))].sort();
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const examples: ParserExample[] = train.map((s, i) => ({
    codes: sentenceCodes(s.forms, predicted[i]!),
    n: s.forms.length,
    heads: Int32Array.from([0, ...s.heads]),
    labels: Int32Array.from([0, ...s.deprels.map((d) => labelId.get(d) ?? 0)]),
  }));
  const devCodes = dev.map((s) => sentenceCodes(s.forms, tagger.tag(s.forms)));
  let best: { epoch: number; score: DevScore; training?: ParserTraining } = { epoch: 0, score: { upos: 0, uas: 0, las: -1 } };
  const lemmas = trainLemmatizer(train, 3, options.lemmaWords);
  const upos = tagAccuracy(tagger, dev);
  const training = trainParser(examples, labels, {
    epochs: options.parseEpochs,
    seed: options.seed,
    exploreFrom: 2,
    explore: 0.9,
    prune: 0,
    onEpoch: (epoch, parser) => {
      let uas = 0;
      let las = 0;
      let n = 0;
      dev.forEach((s, si) => {
        const r = parser.parse(devCodes[si]!, s.forms.length);
        for (let i = 1; i <= s.forms.length; i++) {
          n++;
          if (r.heads[i] !== s.heads[i - 1]) continue;
          uas++;
          if (labels[r.labels[i]!] === s.deprels[i - 1]) las++;
        }
      });
      const score = { upos, uas: uas / n, las: las / n };
      log(`parser epoch ${epoch}: dev UAS ${(score.uas * 100).toFixed(2)} LAS ${(score.las * 100).toFixed(2)}`);
      if (score.las > best.score.las) best = { epoch, score };
    },
    keepEpoch: (epoch) => epoch === best.epoch,
  });
  const parser = training.kept ?? training.last;
  const meta = { seed: options.seed, tagEpochs: options.tagEpochs, parseEpochs: options.parseEpochs, keptEpoch: best.epoch, folds: options.folds, prune: options.prune, dev: best.score, trainSentences: train.length };
  const header: ModelHeader = {
    tags: full.tags,
    ambiguity: [...full.ambiguity],
    frequent: [...full.frequent],
    labels,
    allowed: parser.allowed.map((mask) => [...mask].flatMap((v, i) => (v ? [i] : []))) as [number[], number[]],
    lemmas,
    meta,
  };
  const tables: Record<string, TableBytes> = {
    tagger: { keys: full.keys, weights: full.weights, nClasses: full.tags.length },
    actions: { ...parser.actions, nClasses: 4 },
    labeller: { ...parser.labeller, nClasses: labels.length },
  };
  for (const name of Object.keys(tables)) tables[name] = pruneTable(tables[name] as TableBytes, options.prune[name] ?? 0);
  const bytes = SyntaxModel.toBytes(header, tables);
  return { bytes, meta };
}

function taggerOf(t: TaggerTraining): Tagger {
  return new Tagger(t.tags, new WeightTable(t.keys, t.weights, t.tags.length), t.ambiguity, t.frequent);
}

function tagAccuracy(tagger: Tagger, dev: readonly TrainSentence[]): number {
  let ok = 0;
  let n = 0;
  for (const s of dev) {
    const tags = tagger.tag(s.forms);
    s.forms.forEach((_, i) => {
      n++;
      if (tagger.tags[tags[i] as number]![0] === s.upos[i]) ok++;
    });
  }
  return ok / Math.max(n, 1);
}
