// Packs every publishable package with `pnpm pack` (the packing path: it rewrites `workspace:*` to
// the real version) into one folder, then audits each tarball as a registry user would receive it:
//
//   - its package.json holds no `workspace:` range (a published manifest with one cannot install);
//   - it has README.md, LICENSE, CHANGELOG.md and every file its `exports` map names;
//   - it holds what runs and nothing else: no sources (src/, Binance's source/), no tests, type tests,
//     stories or their helpers, no build leftovers;
//   - no source map points at a file the tarball does not have (unless the map embeds its sources).
//
// `node scripts/pack.mjs` (CI check, after the build) packs into .pack/ and exits 1 on any problem.
// `node scripts/pack.mjs --prepare` (`npm run tarballs`) first installs and builds, for a fresh clone.
// `--out <dir>` packs elsewhere (the consumer check packs into its own folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, env as toolEnv, run } from './bootstrap.mjs';
import { readTarball } from './tarball.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Paths a published tarball must not contain, with the reason printed when one does. */
const FORBIDDEN = [
  [/^src\//, 'TypeScript sources (the tarball ships dist only)'],
  [/^source\//, "Binance's document (the generator's input, not ours to ship under MIT)"],
  [/\.test\.[cm]?[jt]sx?$|\.test\.d\.[cm]?ts$/, 'a test'],
  [/\.test-d\./, 'a type test'],
  [/\.stories\./, 'a story'],
  [/(^|\/)(test-support|stories-support)\//, 'a test or story helper'],
  [/(^|\/)(reports|\.turbo|node_modules|\.size|\.vitest-attachments)\//, 'a build or test leftover'],
  [/\.tsbuildinfo$|\.tgz$/, 'a build leftover'],
];
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/** The workspace packages that are published: packages/* that are not private. */
export function publishableDirs() {
  const dir = join(root, 'packages');
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => existsSync(join(path, 'package.json')))
    .filter((path) => !JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).private);
}

function exportTargets(exportsField) {
  if (typeof exportsField === 'string') return [exportsField];
  if (exportsField === null || typeof exportsField !== 'object') return [];
  return Object.values(exportsField).flatMap(exportTargets);
}

/**
 * What is wrong with a packed tarball (empty when nothing is).
 * @param {Map<string, Buffer>} files
 */
export function auditTarball(files) {
  const problems = [];
  const manifestText = files.get('package.json')?.toString('utf8') ?? '{}';
  const manifest = JSON.parse(manifestText);
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) problems.push(`package.json ${field}.${name} is still "${range}"`);
    }
  }
  if (manifestText.includes('workspace:')) problems.push('package.json still mentions "workspace:"');
  for (const name of REQUIRED) if (!files.has(name)) problems.push(`${name} is missing`);
  for (const target of exportTargets(manifest.exports)) {
    if (!target.includes('*') && !files.has(posix.normalize(target)))
      problems.push(`exports names ${target}, which is not in the tarball`);
  }
  for (const path of files.keys()) {
    const rule = FORBIDDEN.find(([pattern]) => pattern.test(path));
    if (rule) problems.push(`${path}: ${rule[1]}`);
  }
  for (const [path, body] of files) {
    if (path.endsWith('.map')) {
      let map;
      try {
        map = JSON.parse(body.toString('utf8'));
      } catch {
        problems.push(`${path}: not a JSON source map`);
        continue;
      }
      (map.sources ?? []).forEach((source, i) => {
        const embedded = typeof map.sourcesContent?.[i] === 'string';
        const shipped = files.has(posix.normalize(posix.join(posix.dirname(path), map.sourceRoot ?? '', source)));
        if (!embedded && !shipped) problems.push(`${path} points at ${source}, which the tarball does not have`);
      });
    } else if (/\.[cm]?js$|\.d\.[cm]?ts$|\.css$/.test(path)) {
      const match = /[#@] sourceMappingURL=(\S+)/.exec(body.toString('utf8'));
      if (
        match &&
        !match[1].startsWith('data:') &&
        !files.has(posix.normalize(posix.join(posix.dirname(path), match[1])))
      ) {
        problems.push(`${path} names the source map ${match[1]}, which is not in the tarball`);
      }
    }
  }
  return problems;
}

/**
 * Packs each publishable package into `outDir` (emptied first) and audits it.
 * @returns {{ name: string, version: string, tarball: string, files: number, size: number, problems: string[] }[]}
 */
export function packAll(outDir, { pnpm = 'pnpm', env = toolEnv } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return publishableDirs().map((dir) => {
    const result = spawnSync(pnpm, ['pack', '--pack-destination', outDir, '--json'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`pnpm pack failed in ${dir}:\n${result.stderr || result.stdout}`);
    const { name, version, filename } = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
    const files = readTarball(filename);
    return {
      name,
      version,
      tarball: filename,
      files: files.size,
      size: statSync(filename).size,
      problems: auditTarball(files),
    };
  });
}

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = resolve(outIndex === -1 ? join(root, '.pack') : (args[outIndex + 1] ?? '.pack'));
  if (args.includes('--prepare')) {
    // A fresh clone: pnpm from corepack, the lockfile's dependencies, then the packages' build.
    bootstrap();
    if (run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only']) !== 0)
      process.exit(1);
  }
  const packed = packAll(outDir);
  let failed = false;
  for (const { name, version, tarball, files, size, problems } of packed) {
    console.log(`${name}@${version}: ${tarball} (${files} files, ${(size / 1024).toFixed(1)} KiB packed)`);
    for (const problem of problems) console.error(`  PROBLEM ${problem}`);
    failed ||= problems.length > 0;
  }
  if (failed) {
    console.error('pack: the tarballs above are not fit to publish.');
    process.exitCode = 1;
  } else {
    console.log(`pack: ${packed.length} tarballs in ${outDir}; manifests free of workspace: ranges, contents audited.`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
