import type { PackedQuads } from '../extract/types.js';
import type { PackedView } from '../render/types.js';
import type { ViewMode } from '../state/types.js';
import type { ArticleView, NodeDetails } from './details.js';
import type { EgoEvent, PackedCatalog } from './types.js';

/** Quads for the dataset worker, as the RDF worker packed them. */
export interface QuadPart {
  quads: PackedQuads;
  prefixes: Record<string, string>;
  source: string;
}

/** Messages to the dataset worker. Those that change the dataset answer with its catalog and a view. */
export type DataRequest =
  /** `adopt`: the catalog the page already shows (the server's index); the dataset takes its version if it has the same nodes in the same order. */
  | { type: 'fetch'; id: number; graphs: { name: string; url: string }[]; maxTriples: number; mode: ViewMode; adopt?: { version: number; ids: string[] } }
  | { type: 'open'; id: number; part: QuadPart; mode: ViewMode }
  | { type: 'merge'; id: number; part: QuadPart; mode: ViewMode }
  | { type: 'construct'; id: number; ntriples: string; mode: ViewMode }
  | { type: 'back'; id: number; mode: ViewMode }
  | { type: 'view'; id: number; mode: ViewMode }
  | { type: 'details'; id: number; node: string }
  | { type: 'ego'; id: number; node: string }
  | { type: 'article'; id: number; article: string }
  | { type: 'turtle'; id: number; nodes?: string[] }
  | { type: 'ntriples'; id: number };

/** Epoch milliseconds of the worker's steps, for the page's performance marks. */
export type Steps = [string, number][];

export type DataResponse =
  | { type: 'dataset'; id: number; catalog: PackedCatalog; view: PackedView; errors: string[]; steps: Steps; triples?: number }
  | { type: 'view'; id: number; view: PackedView }
  | { type: 'details'; id: number; details: NodeDetails | null }
  | { type: 'ego'; id: number; ego: EgoEvent[] }
  | { type: 'article'; id: number; article: ArticleView | null }
  | { type: 'text'; id: number; text: string }
  | { type: 'error'; id: number; message: string };
