// Gets a fresh machine (Node 20 + npm, nothing else) ready: pnpm from corepack at the exact version
// and hash pinned in package.json's `packageManager`, on PATH for turbo and every package script,
// then the workspace's dependencies from the lockfile. Used by `npm start` and `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const toolsBin = join(root, '.tools', 'bin');

export const env = {
  ...process.env,
  // corepack must not stop to ask before fetching the pinned pnpm.
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  // No telemetry or update checks: the machines have no network beyond the registries.
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  PATH: `${toolsBin}${delimiter}${process.env.PATH ?? ''}`,
};

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, what) {
  const status = run(command, args);
  if (status !== 0) {
    console.error(`\n${what} failed (exit ${status}).`);
    process.exit(status);
  }
}

export function bootstrap({ frozen = true } = {}) {
  if (!existsSync(join(toolsBin, 'pnpm'))) {
    mkdirSync(toolsBin, { recursive: true });
    must('corepack', ['enable', '--install-directory', toolsBin, 'pnpm'], 'Putting pnpm on PATH with corepack');
  }
  must(
    'pnpm',
    ['install', ...(frozen ? ['--frozen-lockfile'] : []), '--reporter=append-only'],
    'Installing dependencies',
  );
}
