// The `/config.js` the standalone host serves: one assignment, safe to embed whatever the values hold.
import { CONFIG_GLOBAL } from './config';
import type { StandaloneConfig } from './config';

export function standaloneConfigScript(config: Partial<StandaloneConfig>): string {
  // JSON is valid JavaScript; escaping `<` keeps a value like "</script>" from ending an inline copy early.
  const json = JSON.stringify(config)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.${CONFIG_GLOBAL} = ${json};\n`;
}
