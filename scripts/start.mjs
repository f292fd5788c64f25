// `npm start`: installs what a fresh machine lacks, then starts Storybook (http://localhost:6006)
// and every app's dev server (the turbo `dev` task of each package that has one), until Ctrl+C.
import { bootstrap, run } from './bootstrap.mjs';

bootstrap();
process.exitCode = run('pnpm', ['exec', 'turbo', 'run', 'dev', 'storybook', '--ui=stream']);
