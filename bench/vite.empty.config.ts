import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the empty-canvas page the benchmark compares the app against. */
export default defineConfig({
  root: 'bench',
  plugins: [react()],
  build: { outDir: '../.cache/bench-empty', emptyOutDir: true, rolldownOptions: { input: 'bench/empty.html' } },
});
