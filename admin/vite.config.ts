import { defineConfig } from 'vite';

// Vite 8 compiles TSX with Oxc itself (no @vitejs/plugin-react): the JSX runtime is set here
// explicitly rather than relying on tsconfig discovery, so that every file uses react/jsx-runtime.
export default defineConfig({
  // Vite's config loader provides import.meta.dirname (admin/), whatever the cwd.
  root: import.meta.dirname,
  base: '/',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  build: {
    outDir: '../dist/admin',
    emptyOutDir: true,
    // Resource screens are React.lazy chunks (see resources/*/index.ts); the login page only
    // loads the entry chunk and what it imports statically.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // MUI marks its modules 'use client' (for React Server Components): meaningless in an SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
});
