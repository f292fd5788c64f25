// `npm run bench`: every package's benchmark (turbo tasks `bench` and `bench:latency`), one at a time
// so that they do not compete for the cores, then BENCHMARKS.md at the root with each one's output,
// the machine (CPU model, cores, memory, OS), the Node version and the date.
//
// Benchmarks are reported, never gated: a shared machine's timings are too noisy to fail a build on.
// `npm test` does not run them (it runs tests and checks only).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { bootstrap, env, root } from './bootstrap.mjs';

const TASKS = ['bench', 'bench:latency'];

/** Workspace packages with at least one benchmark script, so turbo builds nothing else. */
function benchPackages() {
  return ['packages', 'apps']
    .filter((group) => existsSync(join(root, group)))
    .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name, 'package.json')))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((pkg) => TASKS.some((task) => pkg.scripts?.[task]))
    .map((pkg) => pkg.name);
}

/** Runs a command, streaming its output to ours and keeping a copy. */
function runTee(command, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream) => (chunk) => {
      stream.write(chunk);
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (code) => resolvePromise({ status: code ?? 1, output }));
  });
}

// Strips terminal colours.
// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');

bootstrap();
const startedAt = new Date();
const packages = benchPackages();
const { status, output } = await runTee('pnpm', [
  'exec',
  'turbo',
  'run',
  ...TASKS,
  ...packages.map((name) => `--filter=${name}`),
  '--concurrency=1',
  '--continue',
  '--output-logs=full',
  '--log-order=grouped',
  '--log-prefix=task',
]);

// turbo prefixes every line with `<package>:<task>: `; keep each benchmark's own lines.
const lines = plain(output).split('\n');
const sections = [];
for (const name of packages) {
  for (const task of TASKS) {
    const prefix = `${name}:${task}: `;
    const own = lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
    // The first lines are turbo's cache note and pnpm's echo of the script (`> pkg@version bench …`).
    while (own.length > 0 && /^(cache |> |\s*$)/.test(own[0])) own.shift();
    if (own.length === 0) continue;
    sections.push(`## ${name} \`${task}\`\n\n\`\`\`\n${own.join('\n').trimEnd()}\n\`\`\`\n`);
  }
}

const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = [
  `- Date: ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `- CPU: ${cpu}, ${availableParallelism()} cores available (${cpus().length} logical)`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average at the end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')}`,
  `- OS: ${platform()} ${release()} ${arch()}`,
  `- Node ${process.version}`,
];

const doc = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs): every package's \`bench\` and \`bench:latency\` task, one
at a time, against the built packages. Reported, not gated: timings on a shared machine are noisy, so
read ratios measured in the same run rather than absolute figures. Size is not here: \`pnpm size\` in
packages/react is a CI budget (see the React package's README).

${machine.join('\n')}

${sections.length > 0 ? sections.join('\n') : 'No benchmark printed anything.\n'}`;

writeFileSync(join(root, 'BENCHMARKS.md'), doc);
console.log(`\nBENCHMARKS.md written (${sections.length} benchmark${sections.length === 1 ? '' : 's'}).`);
process.exitCode = status;
