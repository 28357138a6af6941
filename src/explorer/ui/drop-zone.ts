/** Files dropped anywhere on the page: RDF files open, articles are added, anything else is refused. */
export function setupDropZone(overlay: HTMLElement, on: { rdf: (f: File) => void; article: (f: File) => void; refuse: (f: File) => void }): void {
  let depth = 0;
  window.addEventListener('dragenter', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    for (const f of e.dataTransfer?.files ?? []) {
      if (/\.(ttl|nt|n3|trig|nq)$/i.test(f.name)) on.rdf(f);
      else if (/\.(txt|md|markdown)$/i.test(f.name)) on.article(f);
      else on.refuse(f);
    }
  });
}
