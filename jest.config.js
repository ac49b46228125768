// Three projects: Node for common/, server/, scripts/ and test/ on the run's search engine (SSM_RECON_ENGINE, default
// Elasticsearch); the engine-sensitive suites once more on the other engine; jsdom for the browser code in public/.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** Suites whose outcome depends on the search engine's behaviour: they run on both engines. */
const ENGINE_SENSITIVE = [
  'test/integration/readiness.test.ts',
  'test/integration/alerts.test.ts',
  'test/integration/backtest.test.ts',
  'test/stack/kibana/emulator_executor.test.ts',
  'test/stack/kibana/emulator_kibana_new_terms.test.ts',
  'test/integration/sandbox.test.ts',
  'test/integration/panel_e2e.test.ts',
];
const defaultEngine = (process.env.SSM_RECON_ENGINE || 'elasticsearch').trim().toLowerCase();
const otherEngine = defaultEngine === 'opensearch' ? 'elasticsearch' : 'opensearch';

const nodeTransform = {
  '^.+\\.tsx?$': tsJest,
  // ESM-only since v12; Jest on Node 20 needs it compiled to CommonJS.
  'node_modules/@apidevtools/json-schema-ref-parser/.+\\.js$': [
    'ts-jest',
    { tsconfig: { allowJs: true, isolatedModules: true } },
  ],
};
// Kibana provides @kbn/* at runtime; tests load the plugin with small doubles instead.
const kbnDoubles = { '^@kbn/config-schema$': '<rootDir>/test/support/kibana/kbn_config_schema.ts' };

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
      moduleNameMapper: kbnDoubles,
      transform: nodeTransform,
      transformIgnorePatterns: ['/node_modules/(?!@apidevtools/json-schema-ref-parser/)'],
    },
    {
      displayName: `node:${otherEngine}`,
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ENGINE_SENSITIVE.map((file) => `<rootDir>/${file}`),
      setupFiles: ['<rootDir>/test/stack/jest/use_other_engine.ts'],
      moduleNameMapper: kbnDoubles,
      transform: nodeTransform,
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
