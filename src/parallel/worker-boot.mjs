// Runs the TypeScript worker through tsx when newsgraph runs from its sources (the CLI does).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
