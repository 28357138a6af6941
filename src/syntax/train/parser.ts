import { WeightTable } from '../model/table.js';
import { TrainTable } from '../model/train-table.js';
import { MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, labelFeatures, parserFeatures, type SentenceCodes } from '../parser/features.js';
import { actionCost } from '../parser/oracle.js';
import { Parser } from '../parser/parser.js';
import { LEFT, N_ACTIONS, ParserState, RIGHT } from '../parser/state.js';
import { seeded, shuffled } from '../../util/random.js';

/** A sentence ready for parser training: codes from predicted tags, gold heads and label ids (index 0 unused). */
export interface ParserExample {
  codes: SentenceCodes;
  n: number;
  heads: Int32Array;
  labels: Int32Array;
}

export interface ParserOptions {
  epochs: number;
  seed: number;
  /** From this epoch on, follow the model's own (possibly wrong) choice with probability `explore`. */
  exploreFrom: number;
  explore: number;
  prune: number;
  onEpoch?: (epoch: number, parser: Parser) => void;
  /** Asked after onEpoch: keep this epoch's averaged weights as the result (model selection on a dev set). */
  keepEpoch?: (epoch: number) => boolean;
}

export interface ParserWeights {
  labels: string[];
  actions: { keys: Uint32Array; weights: Float32Array };
  labeller: { keys: Uint32Array; weights: Float32Array };
  allowed: Uint8Array[];
}

export interface ParserTraining {
  last: ParserWeights;
  kept?: ParserWeights;
}

/** Trains transitions and labels with the dynamic oracle (Goldberg and Nivre 2012); deterministic for a seed. */
export function trainParser(examples: readonly ParserExample[], labels: string[], options: ParserOptions): ParserTraining {
  const actions = new TrainTable(N_ACTIONS, 1 << 22);
  const labeller = new TrainTable(labels.length, 1 << 20);
  const allowed = [new Uint8Array(labels.length), new Uint8Array(labels.length)];
  for (const ex of examples)
    for (let i = 1; i <= ex.n; i++) {
      const h = ex.heads[i] as number;
      if (h > 0) (allowed[i < h ? 0 : 1] as Uint8Array)[ex.labels[i] as number] = 1;
    }
  const rootLabel = labels.indexOf('root');
  const feats = new Int32Array(MAX_PARSER_FEATURES);
  const lfeats = new Int32Array(MAX_LABEL_FEATURES);
  const scores = new Float32Array(N_ACTIONS);
  const lscores = new Float32Array(labels.length);
  const costs = new Int32Array(N_ACTIONS);
  const random = seeded(options.seed);
  let time = 1;
  let ltime = 1;
  const snapshot = (): ParserWeights => ({ labels, actions: actions.averaged(time, options.prune), labeller: labeller.averaged(ltime, options.prune), allowed });
  const order = examples.map((_, i) => i);
  let kept: ParserWeights | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const explore = epoch >= options.exploreFrom ? options.explore : 0;
    for (const ei of shuffled(order, random)) {
      const ex = examples[ei]!;
      const st = new ParserState(ex.n);
      while (!st.terminal) {
        const k = parserFeatures(st, ex.codes, feats);
        actions.score(feats, k, scores);
        let pred = -1;
        let minCost = Infinity;
        for (let a = 0; a < N_ACTIONS; a++) {
          if (!st.valid(a)) {
            costs[a] = -1;
            continue;
          }
          costs[a] = actionCost(st, a, ex.heads);
          if ((costs[a] as number) < minCost) minCost = costs[a] as number;
          if (pred < 0 || (scores[a] as number) > (scores[pred] as number)) pred = a;
        }
        let gold = -1;
        for (let a = 0; a < N_ACTIONS; a++) if (costs[a] === minCost && (gold < 0 || (scores[a] as number) > (scores[gold] as number))) gold = a;
        if (costs[pred] !== minCost) actions.update(feats, k, gold, pred, time);
        time++;
        const next = costs[pred] === minCost || random() < explore ? pred : gold;
        let label = 0;
        if (next === LEFT || next === RIGHT) {
          const h = next === LEFT ? st.b : st.s0;
          const d = next === LEFT ? st.s0 : st.b;
          if (h === 0) label = rootLabel;
          else {
            const lk = labelFeatures(st, ex.codes, h, d, lfeats);
            labeller.score(lfeats, lk, lscores);
            const ok = allowed[d < h ? 0 : 1] as Uint8Array;
            let lp = -1;
            for (let l = 0; l < labels.length; l++) if (ok[l] && l !== rootLabel && (lp < 0 || (lscores[l] as number) > (lscores[lp] as number))) lp = l;
            label = Math.max(lp, 0);
            if (ex.heads[d] === h) {
              const lg = ex.labels[d] as number;
              if (lg !== label) labeller.update(lfeats, lk, lg, label, ltime);
              ltime++;
              // Follow the gold label unless exploring, so later features see what training expects.
              if (random() >= explore) label = lg;
            }
          }
        }
        st.apply(next, label);
      }
    }
    if (options.onEpoch || options.keepEpoch) {
      const snap = snapshot();
      options.onEpoch?.(epoch, parserFrom(snap));
      if (options.keepEpoch?.(epoch)) kept = snap;
    }
  }
  return { last: snapshot(), kept };
}

export function parserFrom(t: ParserWeights): Parser {
  return new Parser(t.labels, WeightTable.fromFloats(t.actions.keys, t.actions.weights, N_ACTIONS), WeightTable.fromFloats(t.labeller.keys, t.labeller.weights, t.labels.length), t.allowed);
}
