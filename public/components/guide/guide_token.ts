// Kibana Security's interactive guide tokens (`!{investigate{…}}`, `!{osquery{…}}`): finding one, reading it, and
// the remark inline tokenizer that turns each into a node instead of leaving raw JSON text.
import type { RemarkTokenizer } from '@elastic/eui';

/** The markdown node a token becomes; rendered by GuideTokenPlaceholder. */
export const GUIDE_TOKEN_NODE = 'guideToken';

export interface GuideToken {
  /** The token's plugin name, e.g. `investigate` or `osquery`. */
  plugin: string;
  label: string | null;
  description: string | null;
  /** False when the configuration is not valid JSON (Kibana would show a parse error). */
  readable: boolean;
  /** How many characters of the input the token spans. */
  length: number;
}

const START = /^!\{([A-Za-z][\w-]*)([{}])/;

/** Where the JSON object starting at `from` (a `{`) ends, skipping braces inside strings; -1 if it never closes. */
function endOfObject(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function stringField(config: Record<string, unknown>, key: string): string | null {
  const value = config[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Reads the token at the start of `text`, or answers null when `text` does not start with one. */
export function readGuideToken(text: string): GuideToken | null {
  const start = START.exec(text);
  if (!start) return null;
  const plugin = start[1];
  if (start[2] === '}')
    return { plugin, label: null, description: null, readable: true, length: start[0].length };
  const open = start[0].length - 1;
  const close = endOfObject(text, open);
  if (close === -1 || text[close + 1] !== '}') {
    // Unterminated: like Kibana, the rest of the text belongs to the broken token.
    return { plugin, label: null, description: null, readable: false, length: text.length };
  }
  const length = close + 2;
  try {
    const config: unknown = JSON.parse(text.slice(open, close + 1));
    if (typeof config !== 'object' || config === null) throw new Error('not an object');
    const fields = config as Record<string, unknown>;
    return {
      plugin,
      label: stringField(fields, 'label'),
      description: stringField(fields, 'description'),
      readable: true,
      length,
    };
  } catch {
    return { plugin, label: null, description: null, readable: false, length };
  }
}

/** Index of the next token start at or after `fromIndex` (-1 when none), for remark's locator. */
export function locateGuideToken(text: string, fromIndex: number): number {
  const pattern = /!\{[A-Za-z][\w-]*[{}]/g;
  pattern.lastIndex = fromIndex;
  const found = pattern.exec(text);
  return found ? found.index : -1;
}

/** The part of remark-parse's Parser this plugin extends. */
interface InlineParser {
  prototype: { inlineTokenizers: Record<string, RemarkTokenizer>; inlineMethods: string[] };
}

/** The remark plugin: claims each token as one node before its characters become plain text. */
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
