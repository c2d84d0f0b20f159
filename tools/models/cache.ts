/**
 * Build cache for polygonised parts: `npm run models` reuses a part when neither the generator sources nor the
 * part's options changed. Keyed by a hash of every generator source file, so any code change rebuilds all.
 * Lives in .cache/ (git-ignored); CI builds from scratch.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const DIR = join(root, '.cache/models');
/** Folders whose sources shape the bones (other workers' builders have their own inputs). */
const SOURCES = [here, join(root, 'src/domain/skeleton'), join(root, 'src/domain/anatomy')];

let sourceHash: string | null = null;

function hashSources(): string {
  if (sourceHash) return sourceHash;
  const h = createHash('sha256');
  for (const dir of SOURCES)
    for (const file of readdirSync(dir).sort())
      if (file.endsWith('.ts')) h.update(file).update(readFileSync(join(dir, file)));
  sourceHash = h.digest('hex');
  return sourceHash;
}

/** Returns the cached value for `key`, or computes, stores and returns it. Set MODELS_NO_CACHE=1 to bypass. */
export async function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (process.env.MODELS_NO_CACHE) return compute();
  const name = createHash('sha256').update(hashSources()).update(key).digest('hex').slice(0, 32);
  const file = join(DIR, `${name}.bin`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as T;
  const value = await compute();
  mkdirSync(DIR, { recursive: true });
  writeFileSync(file, serialize(value));
  return value;
}
