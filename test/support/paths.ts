/**
 * Where things are, for tests: the project root (the folder with package.json, found by walking up
 * from this module, so it works from `src/` under ts-node and from `dist/` after the build) and the
 * shared reference folder `<root>/../shared` (seeds, corpus, eval) that lives beside the checkout.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | null = null;

/** The nearest folder at or above `start` that holds a package.json. */
export function findProjectRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json found above ${start}`);
    dir = parent;
  }
}

/** The project root: the folder with package.json above this module. */
export function projectRoot(): string {
  cachedRoot ??= findProjectRoot(dirname(fileURLToPath(import.meta.url)));
  return cachedRoot;
}

/** `<root>/../shared`, or `$REFERAT_SHARED_DIR` when set. It may not exist: see requireShared. */
export function sharedDir(): string {
  const fromEnv = process.env.REFERAT_SHARED_DIR;
  if (fromEnv) return resolve(fromEnv);
  return resolve(projectRoot(), '..', 'shared');
}

/** A path inside the shared folder: sharedPath('seeds', '000_….txt'). */
export function sharedPath(...parts: string[]): string {
  return join(sharedDir(), ...parts);
}

/** The minimal part of node:test's TestContext that requireShared uses. */
export interface SkippableContext {
  skip(message?: string): void;
}

/**
 * Call at the start of a test that reads `../shared` (optionally a sub-folder: 'seeds', 'corpus').
 * Returns true when the folder exists. When it is missing: under CI (`process.env.CI` set) it throws,
 * so the test fails, because CI always has shared/ beside the clone; elsewhere it marks the test
 * skipped and returns false, and the test should return at once:
 *
 *     test('parses the seeds', (t) => {
 *       if (!requireShared(t, 'seeds')) return;
 *       …
 *     });
 */
export function requireShared(t: SkippableContext, sub?: string): boolean {
  const dir = sub ? sharedPath(sub) : sharedDir();
  if (existsSync(dir)) return true;
  const message = `shared folder missing: ${dir}`;
  if (process.env.CI) {
    throw new Error(`${message} (CI is set, so this is a failure, not a skip)`);
  }
  t.skip(message);
  return false;
}
