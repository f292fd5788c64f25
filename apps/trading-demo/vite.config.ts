import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  // Loopback only: the demo needs no network, and nothing else should reach it.
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
