// Two projects: Node for common/, server/, scripts/ and test/; jsdom for the browser code in public/.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/stack/jest/global_setup.ts',
  globalTeardown: '<rootDir>/test/stack/jest/global_teardown.ts',
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/common', '<rootDir>/server', '<rootDir>/test', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
      // Kibana provides @kbn/* at runtime; tests load the plugin with small doubles instead.
      moduleNameMapper: {
        '^@kbn/config-schema$': '<rootDir>/test/support/kibana/kbn_config_schema.ts',
      },
      transform: {
        '^.+\\.tsx?$': tsJest,
        // ESM-only since v12; Jest on Node 20 needs it compiled to CommonJS.
        'node_modules/@apidevtools/json-schema-ref-parser/.+\\.js$': [
          'ts-jest',
          { tsconfig: { allowJs: true, isolatedModules: true } },
        ],
      },
      transformIgnorePatterns: ['/node_modules/(?!@apidevtools/json-schema-ref-parser/)'],
    },
    {
      displayName: 'jsdom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/public'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/support/panel/jsdom_setup.ts'],
      transform: {
        '^.+\\.tsx?$': tsJest,
        'node_modules/uuid/.+\\.js$': [
          'ts-jest',
          { tsconfig: { allowJs: true, isolatedModules: true } },
        ],
      },
      transformIgnorePatterns: ['/node_modules/(?!uuid/)'],
    },
  ],
};
