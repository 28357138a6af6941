// The library API: the same code the CLI runs, minus file I/O (so it also runs in a browser).
export { buildGraph } from './build.js';
export type { BuildOptions, BuildResult, BuildStats } from './build.js';
export { serialize, parseRdf, sortQuads, formatFor } from './rdf/serialize.js';
export type { RdfFormat } from './rdf/serialize.js';
export { projectGraph } from './graph/project.js';
export type { NodeAttributes, EdgeAttributes } from './graph/project.js';
export { extractArticle, DEFAULT_EXTRACTORS } from './extract/pipeline.js';
export type { Extractor, ExtractionContext, ArticleExtraction } from './extract/types.js';
export { articleFromText, parseJsonl, splitFrontMatter } from './input/index.js';
export type { Article } from './input/index.js';
export { Knowledge, defaultKnowledge, defaultData } from './knowledge/index.js';
export { NS, DEFAULT_BASE } from './rdf/vocabulary.js';
export { NewsgraphError, InputError, KnowledgeError, ValidationError, UsageError } from './errors.js';
