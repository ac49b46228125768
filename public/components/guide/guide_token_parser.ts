// A remark inline tokenizer that turns Kibana Security guide tokens into nodes instead of leaving raw JSON text.
import type { RemarkTokenizer } from '@elastic/eui';
import { GUIDE_TOKEN_NODE, locateGuideToken, readGuideToken } from './guide_token';

/** The part of remark-parse's Parser this plugin extends. */
interface InlineParser {
  prototype: { inlineTokenizers: Record<string, RemarkTokenizer>; inlineMethods: string[] };
}

export function GuideTokenParser(this: { Parser: unknown }): void {
  const { inlineTokenizers, inlineMethods } = (this.Parser as InlineParser).prototype;

  const tokenize: RemarkTokenizer = function (eat, value, silent) {
    const token = readGuideToken(value);
    if (token === null) return false;
    if (silent) return true;
    return eat(value.slice(0, token.length))({
      type: GUIDE_TOKEN_NODE,
      plugin: token.plugin,
      label: token.label,
      description: token.description,
      readable: token.readable,
    });
  };
  tokenize.locator = locateGuideToken;
  tokenize.notInLink = true;

  inlineTokenizers[GUIDE_TOKEN_NODE] = tokenize;
  // Before plain text, so the token is claimed before its characters become text.
  inlineMethods.splice(inlineMethods.indexOf('text'), 0, GUIDE_TOKEN_NODE);
}
