import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Interop set-up runs external engines (raptor, rdflib) over every article.
    hookTimeout: 120_000,
  },
});
