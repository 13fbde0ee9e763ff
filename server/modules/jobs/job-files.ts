import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AppConfig } from '../../config/config';

/**
 * Where jobs keep files: `FILES_DIR/exports` (produced workbooks) and `FILES_DIR/uploads`
 * (imports waiting for a worker). The API and the workers must see the same FILES_DIR.
 */
export function filesDir(config: AppConfig, kind: 'exports' | 'uploads'): string {
  const dir = join(config.filesDir, kind);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The stored file a job result names; only a bare file name is ever accepted. */
export function storedFile(
  config: AppConfig,
  kind: 'exports' | 'uploads',
  name: unknown,
): string | null {
  if (typeof name !== 'string' || name === '' || basename(name) !== name) return null;
  const path = join(config.filesDir, kind, name);
  return existsSync(path) ? path : null;
}
