// `npm test`: every check and test of the workspace, from a fresh machine, then one truthful line.
//
// Counting: each test case from the runners' JSON reports counts once (the consumer check's report
// lists each of its checks as a test); each check that is not a test runner (generate --check, lint,
// type check, build, publint, attw, the tarball audit, the size budget, the Storybook build) counts
// as one test per package. Benchmarks are not tests: `npm run bench` runs them. A runner that failed without reporting a failed test (it crashed, or found a type error
// outside a test) counts as one failure, so the last line can never say "0 failed" for a red run.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bootstrap, root, run } from './bootstrap.mjs';
import { ensureBrowser } from './ensure-browser.mjs';

// Root tasks (Storybook, the consumer check, the tarball audit, the root's own lint and type check)
// run as turbo `//#…` tasks.
const CHECKS = [
  'generate:check',
  'lint',
  'check-types',
  'build',
  'publint',
  'attw',
  'pack:check',
  'size',
  'root:lint',
  'format:check',
  'api:check',
  'root:check-types',
  'build-storybook',
];
const RUNNERS = ['test', 'test:storybook', 'test:consumer'];
// Root runners write their reports apart, so that each one counts only its own.
const ROOT_REPORTS = { 'test:storybook': join(root, 'reports'), 'test:consumer': join(root, 'consumer', 'reports') };

function workspaceDirs() {
  return ['packages', 'apps']
    .map((group) => join(root, group))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))
    .filter((dir) => existsSync(join(dir, 'package.json')));
}

function clearReports() {
  for (const dir of [root, ...workspaceDirs()]) rmSync(join(dir, 'reports'), { recursive: true, force: true });
  for (const dir of Object.values(ROOT_REPORTS)) rmSync(dir, { recursive: true, force: true });
  rmSync(join(root, '.turbo', 'runs'), { recursive: true, force: true });
}

/** Vitest JSON and our node:test JSON share the Jest-style totals. */
function readReports(reportsDir) {
  if (!existsSync(reportsDir)) return null;
  let passed = 0;
  let failed = 0;
  let files = 0;
  for (const name of readdirSync(reportsDir).filter((n) => n.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(reportsDir, name), 'utf8'));
    if (typeof report.numPassedTests !== 'number') continue;
    passed += report.numPassedTests;
    failed += report.numFailedTests ?? 0;
    files += 1;
  }
  return files > 0 ? { passed, failed } : null;
}

function latestTurboSummary() {
  const dir = join(root, '.turbo', 'runs');
  if (!existsSync(dir)) return null;
  const newest = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => join(dir, n))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return newest ? JSON.parse(readFileSync(newest, 'utf8')) : null;
}

bootstrap();
ensureBrowser();
clearReports();

const turboStatus = run('pnpm', [
  'exec',
  'turbo',
  'run',
  ...CHECKS,
  ...RUNNERS,
  '--continue',
  '--summarize',
  '--output-logs=new-only',
  '--concurrency=2',
]);

const summary = latestTurboSummary();
const tasks = summary?.tasks ?? [];
let passed = 0;
let failed = 0;
const lines = [];
for (const task of tasks) {
  const exitCode = task.execution?.exitCode ?? 1;
  const where = task.directory ? join(root, task.directory) : root;
  if (RUNNERS.includes(task.task)) {
    const reportsDir = task.package === '//' ? ROOT_REPORTS[task.task] : join(where, 'reports');
    const counts = (reportsDir && readReports(reportsDir)) ?? { passed: 0, failed: 0 };
    const crashed = exitCode !== 0 && counts.failed === 0 ? 1 : 0;
    passed += counts.passed;
    failed += counts.failed + crashed;
    lines.push(
      `  ${task.package} ${task.task}: ${counts.passed} passed, ${counts.failed + crashed} failed${crashed ? ' (runner failed)' : ''}`,
    );
  } else if (CHECKS.includes(task.task)) {
    if (exitCode === 0) passed += 1;
    else failed += 1;
    lines.push(`  ${task.package} ${task.task}: ${exitCode === 0 ? 'ok' : `FAILED (exit ${exitCode})`}`);
  }
}
if (tasks.length === 0 || turboStatus !== 0) {
  const unaccounted = turboStatus !== 0 && failed === 0 ? 1 : 0;
  if (tasks.length === 0) lines.push('  turbo ran no task (or wrote no summary)');
  failed += unaccounted || (tasks.length === 0 ? 1 : 0);
}

console.log('\nSummary by package and task:');
for (const line of lines.sort()) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
