// Builds the dashboard: web/ → web/dist, one chunk per page (lazy routes), ECharts and React in
// chunks of their own so a page's code changes without re-downloading them.

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { srcAliases } from './aliases.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Puts the tiny `boot` entry (src/boot.ts) first in index.html: it starts the first page's API
 * requests while the browser is still loading React and antd.
 */
function bootFirst(): Plugin {
  return {
    name: 'gapscope-boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'boot',
        );
        return boot
          ? [
              {
                tag: 'script',
                attrs: { type: 'module', src: `/${boot.fileName}` },
                injectTo: 'head-prepend',
              },
            ]
          : [];
      },
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), bootFirst()],
  resolve: { alias: srcAliases() },
  build: {
    outDir: fileURLToPath(new URL('dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        boot: fileURLToPath(new URL('src/boot.ts', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
