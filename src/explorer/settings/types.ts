/** Settings of one explorer session: read and validated once, at start-up, then immutable. */
export interface Settings {
  /** Same-origin URL of the manifest listing the graphs the server offers. */
  manifestUrl: string;
  /** Largest RDF file the explorer accepts (bytes). */
  maxRdfBytes: number;
  /** Largest number of triples accepted from one file. */
  maxTriples: number;
  /** Largest article accepted for in-browser extraction (characters). */
  maxArticleChars: number;
  /** ForceAtlas2 iterations run at start (fixed, so the layout is the same on every load). */
  layoutIterations: (nodes: number) => number;
  /** Graphs with more nodes (or edges) than this hide labels (edges) while the camera moves. */
  hideOnMoveAbove: number;
  /** Camera ratio under which edge labels are drawn. */
  edgeLabelZoom: number;
}
