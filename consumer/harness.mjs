// The consumer check's tiny harness: named checks, each passed or failed with its reason (the
// results become a Jest-style report), child processes with a time limit, npm installs of the
// tarballs, and a page's problems in Chromium. Shared by run.mjs and frameworks.mjs.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { env as toolEnv } from '../scripts/bootstrap.mjs';

/** Every check's outcome, in order: what run.mjs writes to consumer/reports/consumer.json. */
export const results = [];

export async function check(name, fn) {
  const started = Date.now();
  try {
    const note = await fn();
    results.push({ name, status: 'passed', duration: Date.now() - started });
    console.log(`  ✓ ${name}${note ? ` (${note})` : ''}`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.push({ name, status: 'failed', duration: Date.now() - started, message });
    console.log(`  ✗ ${name}\n      ${message.split('\n').join('\n      ')}`);
    return false;
  }
}

/** Records checks that could not run because something they need failed: they count as failed. */
export function notRun(names, reason) {
  for (const name of names) {
    results.push({ name, status: 'failed', duration: 0, message: `not run: ${reason}` });
    console.log(`  ✗ ${name} (not run: ${reason})`);
  }
}

/** Runs `names`' checks, or records them as not run when `fn` throws before reaching them. */
export async function checksOrNotRun(names, fn) {
  try {
    await fn();
  } catch (error) {
    notRun(
      names.filter((n) => !results.some((r) => r.name === n)),
      error instanceof Error ? error.message.split('\n')[0] : String(error),
    );
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// The apps' own environment: no NODE_PATH pointing back into some workspace.
export const appEnv = { ...toolEnv };
delete appEnv.NODE_PATH;

export function exec(command, args, { cwd, timeoutMs = 300_000, env = appEnv } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export const tail = (text, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');

/**
 * `npm install` as a team would run it, kept fast: npm's cache is warm after the first run, and the
 * node_modules of the last run stay (only our packages are removed, so the new tarballs go in).
 */
export async function npmInstall(dir) {
  rmSync(join(dir, 'node_modules', '@exchange-errors'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.package-lock.json'), { force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  return exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir });
}

export function installedVersion(dir, name) {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
}

/** Each of `names` installed from its tarball (not linked, no sources); the peers at their pinned versions. */
export function assertInstalledFromTarballs(dir, names, peers) {
  for (const name of names) {
    const path = join(dir, 'node_modules', name);
    assert(existsSync(path), `${name} is not installed`);
    assert(!lstatSync(path).isSymbolicLink(), `${name} is a link, not an installed package`);
    const manifest = readFileSync(join(path, 'package.json'), 'utf8');
    assert(!manifest.includes('workspace:'), `${name}'s installed package.json still says workspace:`);
    assert(!existsSync(join(path, 'src')), `${name} was installed with its sources (a link or a git checkout?)`);
  }
  for (const [name, version] of Object.entries(peers ?? {})) {
    const got = installedVersion(dir, name);
    assert(got === version, `${name}: installed ${got}, pinned ${version}`);
  }
}

/**
 * Console errors, hydration warnings, page errors (React's production build reports a hydration
 * mismatch as an uncaught "Minified React error #418"), failed or refused requests and HTTP errors of
 * a page. A request the page itself cancelled after its answer had arrived (Next.js stops reading a
 * refreshed server-components stream it no longer needs) is not a failure: its answer is checked.
 */
export function watch(page) {
  const problems = [];
  const answered = new WeakSet();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    else if (m.type() === 'warning' && /hydrat/i.test(m.text())) problems.push(`console.warn: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    answered.add(r.request());
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    if (answered.has(r) && reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()} ${reason}`);
  });
  return problems;
}

/** The toasts as a person finds them: the items of the toaster's region (a toaster's toasts announce through its live regions, not as alerts). */
export function toasts(page) {
  return page.getByRole('region', { name: /Notifications|通知/ }).getByRole('listitem');
}

/** The text of a details list's row: the `dd` after the `dt` that says `term`. */
export function detailsRow(scope, term) {
  return scope
    .locator('dt')
    .filter({ hasText: new RegExp(`^\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
    .locator('xpath=following-sibling::dd[1]');
}
