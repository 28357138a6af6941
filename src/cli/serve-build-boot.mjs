// Runs the TypeScript build worker through tsx when newsgraph runs from its sources (the CLI does).
import { register } from 'tsx/esm/api';

register();
await import('./serve-build.worker.ts');
