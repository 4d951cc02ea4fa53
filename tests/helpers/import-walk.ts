import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Files whose text is code that can import. */
const CODE = /\.(ts|mjs|js|astro|mdx)$/;

/**
 * What a file asks for at run time. A type-only import or export is erased before the code runs;
 * a `require.resolve` finds a package's file (a font); a string naming a script under `scripts/`
 * is a stage the build spawns.
 */
const RUNTIME_IMPORT = /(?:^|[\s;}])(?:import|export)\s+(type\s+)?(?:[^'"`;]*?\bfrom\s*)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\b(?:import|require\.resolve)\(\s*['"]([^'"]+)['"]\s*\)/g;
const SPAWNED_SCRIPT = /['"](scripts\/[\w./-]+\.ts)['"]/g;

/** The package a bare specifier names: `@scope/name/file` → `@scope/name`, `name/file` → `name`. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^[\w-]+:/.test(specifier)) return null;
  return specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/** The specifiers a file's code loads when it runs (relative paths and packages alike). */
export function runtimeSpecifiers(code: string): string[] {
  const staticOnes = [...code.matchAll(RUNTIME_IMPORT)].flatMap(([, typeOnly, specifier]) => (typeOnly || !specifier ? [] : [specifier]));
  const dynamicOnes = [...code.matchAll(DYNAMIC_IMPORT)].flatMap(([, specifier]) => (specifier ? [specifier] : []));
  return [...staticOnes, ...dynamicOnes];
}

/** Every code file under `dir`, for roots such as Astro's pages folder. */
export function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => CODE.test(file) && statSync(file).isFile());
}

/**
 * Follows relative imports and spawned scripts from `roots` (paths under `root`) and returns
 * each package reached, with the first file that loads it (relative to `root`).
 */
export function packagesReached(root: string, roots: string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = roots.map((file) => resolve(root, file));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !CODE.test(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const specifier of runtimeSpecifiers(code)) {
      const name = packageOf(specifier);
      if (name) {
        if (!packages.has(name)) packages.set(name, relative(root, file));
      } else if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\?.*$/, '')));
    }
    queue.push(...[...code.matchAll(SPAWNED_SCRIPT)].flatMap(([, script]) => (script ? [resolve(root, script)] : [])));
  }
  return packages;
}
