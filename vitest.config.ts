import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['__tests__/support/temp-root.ts', '__tests__/support/build-dist.ts'],
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end tests start real processes and servers; two cores here.
    maxWorkers: 2
  }
})
