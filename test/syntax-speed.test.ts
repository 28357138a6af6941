/**
 * The syntax layer's speed-ups change no output: the tagger and the parser add cached sums of rows for the
 * templates of one word in one role (and, in the parser, of one label), which is exact only if those parts
 * and the rest make up the feature templates of training exactly. Checked here feature by feature on random
 * configurations, and end to end against a plain tagger and parser on the fixture sentences.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntaxModel } from '../src/syntax/index.js';
import { sentenceCodes } from '../src/syntax/parser/codes.js';
import {
  LABEL_TEMPLATES,
  MAX_PARSER_FEATURES,
  MAX_ROLE_FEATURES,
  N_ROLES,
  MAX_LABEL_FEATURES,
  labelFeature,
  labelFeatures,
  labelRestFeatures,
  labelTagFeatures,
  parserFeatures,
  restFeatures,
  roleFeatures,
  type SentenceCodes,
} from '../src/syntax/parser/features.js';
import { LEFT, N_ACTIONS, ParserState, RIGHT } from '../src/syntax/parser/state.js';
import {
  MAX_TAG_FEATURES,
  MAX_TAG_ROLE_FEATURES,
  N_FORM_CODES,
  N_TAG_ROLES,
  TAG_ROLE_OFFSET,
  formCodes,
  tagFeatures,
  tagRestFeatures,
  tagRoleFeatures,
  wordCodes,
} from '../src/syntax/tagger/features.js';
import { trainSentences } from '../src/syntax/train/corpus.js';

const sentences = trainSentences(readFileSync(new URL('./fixtures/syntax/ewt-train-head.conllu', import.meta.url), 'utf8'));
const sorted = (a: Int32Array, n: number) => Array.from(a.subarray(0, n)).sort((x, y) => x - y);
const settings = { numRuns: 60, seed: 20_261_207 };

describe('parser features split into roles, labels and the rest', () => {
  it('make up parserFeatures() and labelFeatures() exactly in every configuration of random transitions', () => {
    const feats = new Int32Array(MAX_PARSER_FEATURES);
    const rest = new Int32Array(MAX_PARSER_FEATURES);
    const role = new Int32Array(MAX_ROLE_FEATURES);
    const roles = new Int32Array(N_ROLES);
    const labels = new Int32Array(LABEL_TEMPLATES.length);
    const lfeats = new Int32Array(MAX_LABEL_FEATURES);
    const lrest = new Int32Array(MAX_LABEL_FEATURES);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sentences.length - 1 }), fc.array(fc.nat(), { minLength: 400, maxLength: 400 }), (si, choices) => {
        const forms = sentences[si]!.forms;
        const codes: SentenceCodes = sentenceCodes(forms, Int32Array.from(forms, (_, i) => (i * 7) % 13));
        const st = new ParserState(forms.length);
        let step = 0;
        while (!st.terminal) {
          const k = parserFeatures(st, codes, feats);
          const parts: number[] = [];
          const r = restFeatures(st, codes, rest, roles, labels);
          parts.push(...rest.subarray(0, r));
          for (let x = 0; x < N_ROLES; x++) parts.push(...role.subarray(0, roleFeatures(x, codes, roles[x] as number, role)));
          LABEL_TEMPLATES.forEach((t, x) => parts.push(labelFeature(t, labels[x] as number)));
          expect(parts.sort((a, b) => a - b)).toEqual(sorted(feats, k));
          // The label templates of both arcs the configuration allows: tag-pair part and the rest.
          if (st.b <= st.n)
            for (const [h, d] of [[st.s0, st.b], [st.b, st.s0]] as const) {
              if (d === 0) continue;
              const lk = labelFeatures(st, codes, h, d, lfeats);
              const lparts = [...lrest.subarray(0, labelRestFeatures(st, codes, h, d, lrest))];
              lparts.push(...lrest.subarray(0, labelTagFeatures(st, codes, h, d, lrest)));
              expect(lparts.sort((a, b) => a - b)).toEqual(sorted(lfeats, lk));
            }
          const valid = [...Array(N_ACTIONS).keys()].filter((a) => st.valid(a));
          const choice = choices[step++ % choices.length] as number;
          st.apply(valid[choice % valid.length] as number, choice % 60);
        }
      }),
      settings,
    );
  });
});

describe('tagger features split into roles and the rest', () => {
  it('make up tagFeatures() exactly for every word and previous tags', () => {
    const ambiguity = new Map([['the', 5], ['run', 9], ['said', 3]]);
    const feats = new Int32Array(MAX_TAG_FEATURES);
    const part = new Int32Array(Math.max(MAX_TAG_FEATURES, MAX_TAG_ROLE_FEATURES));
    const codes = new Int32Array(N_FORM_CODES);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('The', 'the', 'run', 'Said', 'U.S.', "n't", '3.5', 'Zürich', '東京'), fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 12 }), fc.integer({ min: -1, max: 70 }), fc.integer({ min: -1, max: 70 }), (forms, t1, t2) => {
        const c = wordCodes(forms, ambiguity);
        for (let i = 0; i < forms.length; i++) {
          const k = tagFeatures(c, i, t1, t2, feats);
          const parts = Array.from(part.subarray(0, tagRestFeatures(c, i, t1, t2, part)));
          for (let r = 0; r < N_TAG_ROLES; r++) {
            const j = i + (TAG_ROLE_OFFSET[r] as number);
            let own: Int32Array | undefined;
            if (j >= 0 && j < forms.length) {
              formCodes(forms[j] as string, ambiguity, codes);
              own = codes;
            }
            parts.push(...part.subarray(0, tagRoleFeatures(r, own, part)));
          }
          expect(parts.sort((a, b) => a - b)).toEqual(sorted(feats, k));
        }
      }),
      settings,
    );
  });
});

describe('the shipped model', () => {
  const model = syntaxModel();
  // What the tagger and parser computed before the cached sums: every feature of tagFeatures() and
  // parserFeatures() looked up at every step.
  it('tags and parses the fixture as a plain look-up of every feature does', () => {
    const table = (model.tagger as unknown as { table: { score(f: Int32Array, n: number, s: Int32Array): void } }).table;
    const frequent = (model.tagger as unknown as { frequent: Map<string, number> }).frequent;
    const ambiguity = (model.tagger as unknown as { ambiguity: Map<string, number> }).ambiguity;
    const feats = new Int32Array(MAX_PARSER_FEATURES);
    const scores = new Int32Array(model.tagger.tags.length);
    const lfeats = new Int32Array(MAX_LABEL_FEATURES);
    const lscores = new Int32Array(model.parser.labels.length);
    const parser = model.parser as unknown as { labeller: typeof table; allowed: Uint8Array[] };
    const rootLabel = model.parser.labels.indexOf('root');
    const plainLabel = (st: ParserState, codes: SentenceCodes, h: number, d: number) => {
      lscores.fill(0);
      parser.labeller.score(lfeats, labelFeatures(st, codes, h, d, lfeats), lscores);
      const ok = parser.allowed[d < h ? 0 : 1] as Uint8Array;
      let best = -1;
      for (let l = 0; l < lscores.length; l++) if (ok[l] && l !== rootLabel && (best < 0 || (lscores[l] as number) > (lscores[best] as number))) best = l;
      return Math.max(best, 0);
    };
    for (let pass = 0; pass < 2; pass++)
      for (const s of sentences) {
        const forms = s.forms;
        const c = wordCodes(forms, ambiguity);
        const tags = new Int32Array(forms.length);
        let t1 = -1;
        let t2 = -1;
        for (let i = 0; i < forms.length; i++) {
          let best = frequent.get(forms[i] as string) ?? -1;
          if (best < 0) {
            scores.fill(0);
            table.score(feats, tagFeatures(c, i, t1, t2, feats), scores);
            best = 0;
            for (let x = 1; x < scores.length; x++) if ((scores[x] as number) > (scores[best] as number)) best = x;
          }
          tags[i] = best;
          t2 = t1;
          t1 = best;
        }
        expect(Array.from(model.tagger.tag(forms))).toEqual(Array.from(tags));

        const codes = sentenceCodes(forms, tags);
        const st = new ParserState(forms.length);
        const actionScores = new Int32Array(N_ACTIONS);
        while (!st.terminal) {
          model.parser.scoreTransitions(st, codes, actionScores);
          let best = -1;
          for (let a = 0; a < N_ACTIONS; a++) if (st.valid(a) && (best < 0 || (actionScores[a] as number) > (actionScores[best] as number))) best = a;
          let label = 0;
          if (best === LEFT || best === RIGHT) {
            const h = best === LEFT ? st.b : st.s0;
            const d = best === LEFT ? st.s0 : st.b;
            label = h === 0 ? rootLabel : plainLabel(st, codes, h, d);
          }
          st.apply(best, label);
        }
        const parsed = model.parser.parse(sentenceCodes(forms, tags), forms.length);
        // Words the transitions left headless are attached afterwards, the same way in both.
        for (let i = 1; i <= forms.length; i++) if ((st.heads[i] as number) >= 0) expect([parsed.heads[i], parsed.labels[i]]).toEqual([st.heads[i], st.labels[i]]);
      }
  });
});
