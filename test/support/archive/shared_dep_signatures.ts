// Strings that only a copy of one of Kibana's shared packages carries (they survive minification): found in
// the test page's shared-deps bundle, they must be absent from the plugin's browser files.

export interface SharedDepSignature {
  pkg: string;
  text: string;
}

export const SHARED_DEP_SIGNATURES: readonly SharedDepSignature[] = [
  { pkg: 'react', text: 'react.forward_ref' },
  { pkg: 'react-dom', text: 'unstable_renderSubtreeIntoContainer' },
  { pkg: '@elastic/eui', text: 'euiButton' },
  { pkg: '@emotion/react', text: '__EMOTION_TYPE_PLEASE_DO_NOT_USE__' },
  { pkg: '@elastic/charts', text: 'echChart' },
  { pkg: 'moment', text: 'moment construction falls back to js Date()' },
  { pkg: 'io-ts', text: '{ [K in ' },
  { pkg: 'lodash', text: '__lodash_hash_undefined__' },
];
