// `npm start`: installs what a fresh machine lacks, then starts every app and Storybook in dev mode
// (the turbo `dev` task of each package that has one).
import { bootstrap, run } from './bootstrap.mjs';

bootstrap();
process.exitCode = run('pnpm', ['exec', 'turbo', 'run', 'dev', '--ui=stream']);
