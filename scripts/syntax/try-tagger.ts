import { readFileSync } from 'node:fs';
import { trainSentences } from '../../src/syntax/train/corpus.js';
import { trainTagger } from '../../src/syntax/train/tagger.js';
const tb = '../shared/corpus/treebanks';
const train = [...trainSentences(readFileSync(`${tb}/ud-english-ewt/en_ewt-ud-train.conllu`, 'utf8')), ...trainSentences(readFileSync(`${tb}/gum/gum-train.conllu`, 'utf8'))];
const dev = trainSentences(readFileSync(`${tb}/ud-english-ewt/en_ewt-ud-dev.conllu`, 'utf8'));
const t0 = Date.now();
trainTagger(train, { epochs: Number(process.argv[2] ?? 8), seed: 1, minTagCount: 20, minAmbiguityCount: 3, prune: 0, onEpoch: (e, tagger) => {
  let ok = 0, okx = 0, n = 0;
  const t1 = Date.now();
  for (const s of dev) { const t = tagger.tag(s.forms); t.forEach((c, i) => { const [u, x] = tagger.tags[c]!; if (u === s.upos[i]) ok++; if (x === s.xpos[i]) okx++; n++; }); }
  console.log(e, 'UPOS', (ok / n * 100).toFixed(2), 'XPOS', (okx / n * 100).toFixed(2), 'words/s', Math.round(n / ((Date.now() - t1) / 1000)), 's', (Date.now() - t0) / 1000);
} });
