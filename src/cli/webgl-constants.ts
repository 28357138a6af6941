// sigma's edge-curve package, whose parallel-edge index the explorer's render views use (render/derive.ts),
// reads WebGL2 constants when it loads. The server derives the overview with that same code (serve-index.ts),
// where there is no WebGL: the constants are never used there, so any number does.
const g = globalThis as { WebGLRenderingContext?: unknown; WebGL2RenderingContext?: unknown };
g.WebGLRenderingContext ??= new Proxy({}, { get: () => 0 });
g.WebGL2RenderingContext ??= new Proxy({}, { get: () => 0 });
export {};
