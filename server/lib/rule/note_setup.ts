// The `setup` field Elastic's build cuts out of a note's `## Setup` section, and the checks it makes on the note's
// headings first (detection-rules: DataValidator.validate_note, _convert_add_setup, _convert_get_setup_content).
// The build reads the note as Markdown and flattens the section after the heading the way it walks the Markdown
// tree: blank lines and paragraphs end in a newline, code spans and fenced code keep their backticks, links,
// emphasis and list markers leave only their text; the heading and that text are then removed from the note.
import { pythonStrip } from './python_text';

// Markdown blocks, as far as the build's walk tells them apart.

type Block =
  | { kind: 'blank' }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fence'; code: string }
  | { kind: 'indented'; code: string }
  | { kind: 'list'; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' };

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;

const isBlank = (line: string): boolean => line.trim() === '';

/** A line that ends a paragraph by starting a block of its own. */
function startsBlock(line: string): boolean {
  if (ATX.test(line) || FENCE.test(line) || THEMATIC.test(line) || QUOTE.test(line)) return true;
  const item = ITEM.exec(line);
  return item !== null && (item[4] ?? '').trim() !== '';
}

function parseBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      while (i < lines.length && isBlank(lines[i] ?? '')) i++;
      blocks.push({ kind: 'blank' });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      blocks.push({ kind: 'heading', level: atx[1]?.length ?? 1, text: atx[2] ?? '' });
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence && !(fence[2]?.startsWith('`') && fence[3]?.includes('`'))) {
      const marker = fence[2] ?? '```';
      const code: string[] = [];
      i++;
      while (i < lines.length) {
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[i] ?? '');
        if (close && close[1]?.[0] === marker[0] && (close[1]?.length ?? 0) >= marker.length) {
          i++;
          break;
        }
        code.push(lines[i] ?? '');
        i++;
      }
      blocks.push({ kind: 'fence', code: code.map((l) => `${l}\n`).join('') });
      continue;
    }
    if (THEMATIC.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i] ?? '')) {
        const quoted = QUOTE.exec(lines[i] ?? '');
        if (!quoted && startsBlock(lines[i] ?? '')) break;
        inner.push(quoted ? (quoted[1] ?? '') : (lines[i] ?? ''));
        i++;
      }
      blocks.push({ kind: 'quote', blocks: parseBlocks(inner) });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const parsed = parseList(lines, i);
      blocks.push({ kind: 'list', items: parsed.items });
      i = parsed.next;
      continue;
    }
    if (INDENTED.test(line)) {
      const code: string[] = [];
      while (i < lines.length && (INDENTED.test(lines[i] ?? '') || isBlank(lines[i] ?? ''))) {
        code.push((lines[i] ?? '').replace(INDENTED, ''));
        i++;
      }
      while (code.length > 0 && isBlank(code[code.length - 1] ?? '')) code.pop();
      blocks.push({ kind: 'indented', code: code.map((l) => `${l}\n`).join('') });
      continue;
    }
    // A paragraph: lines up to a blank line or a line that starts another block; a `===`/`---` line under it
    // makes it a heading instead.
    const text: string[] = [line.trimStart()];
    i++;
    let heading: number | null = null;
    while (i < lines.length && !isBlank(lines[i] ?? '')) {
      const next = lines[i] ?? '';
      const setext = SETEXT.exec(next);
      if (setext) {
        heading = setext[1]?.startsWith('=') ? 1 : 2;
        i++;
        break;
      }
      if (startsBlock(next)) break;
      text.push(next.trimStart());
      i++;
    }
    const joined = pythonStrip(text.join('\n'));
    blocks.push(
      heading === null
        ? { kind: 'paragraph', text: joined }
        : { kind: 'heading', level: heading, text: joined },
    );
  }
  return blocks;
}

/** A list starting at `start`: its items' blocks (indentation removed) and the index of the line after it. */
function parseList(lines: string[], start: number): { items: Block[][]; next: number } {
  const items: Block[][] = [];
  let i = start;
  while (i < lines.length) {
    const item = ITEM.exec(lines[i] ?? '');
    if (!item) break;
    const indent = (item[1]?.length ?? 0) + (item[2]?.length ?? 0) + (item[3]?.length ?? 1);
    const body: string[] = [item[4] ?? ''];
    i++;
    while (i < lines.length) {
      const next = lines[i] ?? '';
      if (isBlank(next)) {
        // A blank line stays in the item only when indented content follows it.
        const after = lines.slice(i).find((l) => !isBlank(l));
        if (after === undefined || after.length - after.trimStart().length < indent) break;
        body.push('');
        i++;
        continue;
      }
      const indentation = next.length - next.trimStart().length;
      if (indentation >= indent) body.push(next.slice(indent));
      else if (!startsBlock(next) && !isBlank(body[body.length - 1] ?? '')) body.push(next);
      else break;
      i++;
    }
    items.push(parseBlocks(body));
    // Blank lines between items belong to the list.
    let j = i;
    while (j < lines.length && isBlank(lines[j] ?? '')) j++;
    if (j > i && j < lines.length && ITEM.test(lines[j] ?? '')) i = j;
  }
  return { items, next: i };
}

// Inline text: code spans keep their backticks, line breaks become newlines, links, images and emphasis keep only
// their (stripped) text, escapes their character.

function inlineText(text: string): string {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const code = /(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    if (!code) {
      parts.push(plainInline(rest));
      break;
    }
    parts.push(plainInline(rest.slice(0, code.index)));
    let content = (code[2] ?? '').replace(/\n/g, ' ');
    if (/^ .* $/.test(content) && content.trim() !== '') content = content.slice(1, -1);
    parts.push(`\`${content}\``);
    rest = rest.slice(code.index + code[0].length);
  }
  return parts.join('');
}

function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, (_, label: string) => pythonStrip(inlineText(label)))
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, (_, __, inner: string) => pythonStrip(inner))
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, (_, inner: string) => pythonStrip(inner))
    .replace(
      /(^|[^A-Za-z0-9_])_(?=\S)([\s\S]*?\S)_(?![A-Za-z0-9_])/g,
      (_, before: string, inner: string) => `${before}${pythonStrip(inner)}`,
    )
    .replace(/(?: +|\\)\n/g, '\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

// The build's walk of the blocks after the setup heading.

function flatten(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level >= 2) break;
    switch (block.kind) {
      case 'blank':
        out.push('\n');
        break;
      case 'paragraph':
        out.push(pythonStrip(inlineText(block.text)), '\n');
        break;
      case 'fence':
        out.push(`\`\`\`\n${pythonStrip(block.code)}\n\`\`\``, '\n');
        break;
      case 'heading':
        out.push(pythonStrip(inlineText(block.text)));
        break;
      case 'indented':
        out.push(pythonStrip(block.code));
        break;
      case 'list':
        out.push(pythonStrip(block.items.map(flatten).join('')));
        break;
      case 'quote':
        out.push(flatten(block.blocks));
        break;
      case 'rule':
        break;
    }
  }
  return pythonStrip(out.join(''));
}

function noteBlocks(note: string): Block[] {
  return parseBlocks(note.split(/\r\n|\n|\r/));
}

// What the build checks and does.

/** The build's complaints about the note's headings (it refuses the rule on any of them). */
export function noteProblems(note: string | undefined, setup: string | undefined): string[] {
  if (note === undefined) return [];
  const problems: string[] = [];
  let setupInNote = false;
  for (const block of noteBlocks(note)) {
    if (block.kind !== 'heading') continue;
    const header = block.text;
    if (header.toLowerCase() === 'setup') {
      if (block.level !== 2) problems.push(`Setup section with wrong header level: ${block.level}`);
      else if (header !== 'Setup') problems.push(`Setup header has improper casing: ${header}`);
      setupInNote = true;
    } else if (block.level === 2 && header.toLowerCase().includes('config')) {
      problems.push(`Setup header contains Config: ${header}`);
    }
  }
  if (setupInNote && setup !== undefined && setup !== 'None') {
    problems.push('Setup header found in both note and setup fields');
  }
  return problems;
}

/**
 * The note and setup the build ships when the note holds a `## Setup` section and the rule sets no `setup`;
 * null when it leaves both as they are.
 */
export function splitSetup(
  note: string | undefined,
  setup: string | undefined,
): { note: string; setup: string } | null {
  if (note === undefined || setup) return null;
  const blocks = noteBlocks(note);
  const inNote = blocks.some(
    (b) => b.kind === 'heading' && b.level === 2 && b.text.toLowerCase() === 'setup',
  );
  if (!inNote) return null;
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.includes('Setup'));
  if (at < 0) return null;
  const value = flatten(blocks.slice(at + 1));
  const cleaned = note.split('## Setup\n\n').join('').split(value).join('');
  return { note: pythonStrip(cleaned), setup: value };
}
