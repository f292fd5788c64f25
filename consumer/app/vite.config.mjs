// One page per build (APP=full or APP=toaster), so that each app's chunks are its own: the
// toaster-only app must show what an app importing only the toaster downloads.
import { defineConfig } from 'vite';

const app = process.env.APP ?? 'full';

export default defineConfig({
  logLevel: 'warn',
  build: { outDir: `dist/${app}`, emptyOutDir: true, rollupOptions: { input: `${app}.html` } },
});
