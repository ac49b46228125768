// The test page's window.__kbnSharedDeps__, filled the way Kibana's @kbn/ui-shared-deps-src entry fills it
// (the same property names, each holding the package's own module object), from this project's node_modules.
/* global window */
window.__kbnSharedDeps__ = {
  React: require('react'),
  ReactDom: require('react-dom'),
  EmotionReact: require('@emotion/react'),
  EmotionCache: require('@emotion/cache'),
  Moment: require('moment'),
  MomentTimezone: require('moment-timezone'),
  FpTs: require('fp-ts'),
  IoTs: require('io-ts'),
  ElasticCharts: require('@elastic/charts'),
  ElasticEui: require('@elastic/eui'),
  ElasticEuiThemeBorealis: require('@elastic/eui-theme-borealis'),
  Lodash: require('lodash'),
  Uuid: require('uuid'),
  Classnames: require('classnames'),
};
