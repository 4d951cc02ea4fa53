import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeFiles, packageOf, packagesReached, runtimeSpecifiers } from '../helpers/import-walk.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/**
 * Where `npm run build` starts: the build script (which spawns the content and site stages),
 * Astro's config and content config, and every page Astro renders.
 */
const BUILD_ROOTS = ['scripts/build.ts', 'astro.config.mjs', 'src/content.config.ts', ...codeFiles('src/pages')];

describe('import walk', () => {
  it('names the package of a bare specifier and nothing for paths or built-in modules', () => {
    expect(['@astrojs/mdx', 'opencc-js/t2cn', 'nzh/cn', './x.ts', '../y.astro', 'node:fs', 'astro:content', 'astro/config'].map(packageOf)).toEqual([
      '@astrojs/mdx',
      'opencc-js',
      'nzh',
      null,
      null,
      null,
      null,
      'astro',
    ]);
  });

  it('keeps what runs and drops what only types', () => {
    const code = [
      "import { a } from 'kept-a';",
      "import type { B } from 'dropped-b';",
      "export type { C } from 'dropped-c';",
      "import {\n  type D,\n  e,\n} from 'kept-e';",
      "import './side-effect.ts';",
      "export * from './again.ts';",
      "const m = await import('kept-dynamic');",
      "const font = require.resolve('kept-font/file.ttf');",
    ].join('\n');
    expect(runtimeSpecifiers(code).sort()).toEqual(['./again.ts', './side-effect.ts', 'kept-a', 'kept-dynamic', 'kept-e', 'kept-font/file.ttf']);
  });
});

describe('what the build needs', () => {
  const reached = packagesReached(process.cwd(), BUILD_ROOTS);

  it('reaches the stages the build spawns and the packages they load', () => {
    // The content stage (js-yaml), the site stage (astro), the preview images (resvg, the font) and the search stage (pagefind).
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['js-yaml', 'astro', '@resvg/resvg-js', '@expo-google-fonts/noto-sans-sc', 'pagefind']));
  });

  it('finds every package the build loads in dependencies, so npm install --omit=dev is enough', () => {
    const missing = [...reached].filter(([name]) => !(name in pkg.dependencies)).map(([name, file]) => `${name} (loaded by ${file})`);
    expect(missing).toEqual([]);
  });
});
