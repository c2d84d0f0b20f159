/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';
import { serviceWorker } from './build/serviceWorker.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Vendor groups keep the app chunk small and let the browser cache three and React separately. zustand goes
        // with React: the overlay's stores need it at once, and left alone it would be pulled into the r3f chunk (a
        // dependency of react-three-fiber) and drag three.js into the first load with it.
        codeSplitting: {
          groups: [
            { name: 'three', test: /node_modules[\\/]three[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
            { name: 'r3f', test: /node_modules[\\/]@react-three[\\/]/ },
            { name: 'leva', test: /node_modules[\\/](leva|@stitches|@radix-ui)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 30_000,
  },
});
