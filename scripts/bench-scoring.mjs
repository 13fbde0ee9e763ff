// `npm run bench:scoring`: runs scripts/bench-scoring.ts through the swc register hook in a child
// Node process (one core, nothing else loaded) and passes its exit code on.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const result = spawnSync(
  process.execPath,
  ['-r', join(here, 'swc-register.js'), join(here, 'bench-scoring.ts')],
  { cwd: root, stdio: 'inherit', env: process.env },
);
process.exit(result.status ?? 1);
