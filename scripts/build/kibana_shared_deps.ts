// Kibana's shared browser dependencies: the import paths its optimizer maps to `window.__kbnSharedDeps__`
// (the externals of @kbn/ui-shared-deps-src in Kibana 9.x). A plugin bundle takes these from the page, never
// from its own copy, so that React, EUI and emotion stay single instances across Kibana.

/** Import path → property path under `window.__kbnSharedDeps__`. */
export const KIBANA_SHARED_DEPS: Readonly<Record<string, string>> = {
  react: 'React',
  'react-dom': 'ReactDom',
  'react-dom/server': 'ReactDomServer',
  'react-router': 'ReactRouter',
  'react-router-dom': 'ReactRouterDom',
  'react-router-dom-v5-compat': 'ReactRouterDomV5Compat',
  'react-use': 'ReactUse',
  'styled-components': 'StyledComponents',
  '@emotion/cache': 'EmotionCache',
  '@emotion/react': 'EmotionReact',
  jquery: 'Jquery',
  moment: 'Moment',
  'moment-timezone': 'MomentTimezone',
  'fp-ts/Option': 'FpTs.option',
  'fp-ts/pipeable': 'FpTs.pipeable',
  'fp-ts/TaskEither': 'FpTs.taskEither',
  'fp-ts/Either': 'FpTs.either',
  'fp-ts/function': 'FpTs.function',
  'fp-ts/Task': 'FpTs.task',
  'fp-ts/Set': 'FpTs.set',
  'fp-ts/Ord': 'FpTs.ord',
  'fp-ts/Array': 'FpTs.array',
  'io-ts': 'IoTs',
  'io-ts/lib/Reporter': 'IoTsReporter',
  'io-ts/lib/PathReporter': 'IoTsPathReporter',
  'io-ts/lib/ThrowReporter': 'IoTsThrowReporter',
  '@reduxjs/toolkit': 'ReduxjsToolkit',
  'react-redux': 'ReactRedux',
  redux: 'Redux',
  immer: 'Immer',
  reselect: 'Reselect',
  'fastest-levenshtein': 'FastestLevenshtein',
  'chroma-js': 'ChromaJs',
  rxjs: 'Rxjs',
  numeral: 'ElasticNumeral',
  '@elastic/numeral': 'ElasticNumeral',
  '@elastic/charts': 'ElasticCharts',
  '@elastic/eui': 'ElasticEui',
  '@elastic/eui-theme-borealis': 'ElasticEuiThemeBorealis',
  '@hello-pangea/dnd': 'HelloPangeaDnd',
  lodash: 'Lodash',
  'lodash/fp': 'LodashFp',
  tslib: 'TsLib',
  uuid: 'Uuid',
  history: 'History',
  classnames: 'Classnames',
  '@tanstack/react-query': 'ReactQuery',
};

/**
 * Entry files of shared packages that may be bundled because they only forward to the shared instance
 * (Kibana's optimizer bundles them the same way): React's JSX runtime and react-dom's `client` entry.
 */
export const FORWARDING_ENTRY_FILES: readonly string[] = [
  'react/jsx-runtime.js',
  'react/cjs/react-jsx-runtime.production.min.js',
  'react-dom/client.js',
];

/** The npm package an import path belongs to (`@scope/name` or `name`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Packages Kibana provides to plugin bundles; any other way into them would bundle a second copy. */
export const KIBANA_SHARED_PACKAGES: ReadonlySet<string> = new Set(
  Object.keys(KIBANA_SHARED_DEPS).map(packageOf),
);
