// `npm run bench`: every package's benchmark (turbo tasks `bench` and `bench:latency`), one at a time
// so that they do not compete for the cores, then BENCHMARKS.md at the root with each one's output,
// the machine (CPU model, cores, memory, OS), the Node version and the date.
//
// Benchmarks are reported, never gated: a shared machine's timings are too noisy to fail a build on.
// `npm test` does not run them (it runs tests and checks only).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { bootstrap, root, run } from './bootstrap.mjs';

const TASKS = ['bench', 'bench:latency'];

bootstrap();
const startedAt = new Date();
const status = run('pnpm', ['exec', 'turbo', 'run', ...TASKS, '--concurrency=1', '--continue', '--summarize', '--output-logs=full', '--log-order=grouped']);

// turbo's run summary says which package ran which task; each task's log is in <pkg>/.turbo/.
const runsDir = join(root, '.turbo', 'runs');
const newest = existsSync(runsDir)
  ? readdirSync(runsDir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => join(runsDir, n))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : undefined;
const tasks = newest ? (JSON.parse(readFileSync(newest, 'utf8')).tasks ?? []) : [];

// Strips turbo's and the tools' terminal colours from a log.
// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');

const sections = tasks
  .filter((task) => TASKS.includes(task.task))
  .sort((a, b) => `${a.package}${a.task}`.localeCompare(`${b.package}${b.task}`))
  .map((task) => {
    const log = join(root, task.directory ?? '', '.turbo', `turbo-${task.task.replace(/:/g, '$colon$')}.log`);
    const output = existsSync(log) ? plain(readFileSync(log, 'utf8')).trim() : '(no log)';
    const exit = task.execution?.exitCode ?? 1;
    return `## ${task.package} \`${task.task}\`${exit === 0 ? '' : ` (exited ${exit})`}\n\n\`\`\`\n${output}\n\`\`\`\n`;
  });

const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = [
  `- Date: ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `- CPU: ${cpu}, ${availableParallelism()} cores available (${cpus().length} logical)`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(', ')}`,
  `- OS: ${platform()} ${release()} ${arch()}`,
  `- Node ${process.version}`,
];

const doc = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs): every package's \`bench\` and \`bench:latency\` task, one
at a time, against the built packages. Reported, not gated: timings on a shared machine are noisy, so
read ratios measured in the same run rather than absolute figures. Size is not here: \`pnpm size\` in
packages/react is a CI budget (see the React package's README).

${machine.join('\n')}

${sections.length > 0 ? sections.join('\n') : 'No benchmark ran (turbo wrote no summary).\n'}`;

writeFileSync(join(root, 'BENCHMARKS.md'), doc);
console.log(`\nBENCHMARKS.md written (${sections.length} benchmark${sections.length === 1 ? '' : 's'}).`);
process.exitCode = status;
