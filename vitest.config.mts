import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@shared': resolve(__dirname, 'shared'), '@': resolve(__dirname, 'renderer') },
  },
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    // component tests opt in with a `// @vitest-environment happy-dom` comment
    testTimeout: 20_000,
  },
})
