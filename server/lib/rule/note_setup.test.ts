// The `## Setup` section of a note, cut out as Elastic's build cuts it (detection-rules' _convert_add_setup and
// _convert_get_setup_content walk the Markdown tree), and the build's checks of the note's headings.
import { noteProblems, splitSetup } from './note_setup';

describe('splitSetup', () => {
  it('moves the section after "## Setup" into setup and removes heading and text from the note', () => {
    const note =
      '## Triage and analysis\n\nRead the logs.\n\n## Setup\n\n' +
      'The AWS Fleet integration, Filebeat module, or similarly structured data is required to be compatible with this rule.\n';
    expect(splitSetup(note, undefined)).toEqual({
      note: '## Triage and analysis\n\nRead the logs.',
      setup:
        'The AWS Fleet integration, Filebeat module, or similarly structured data is required to be compatible with this rule.',
    });
  });

  it('leaves an empty note when the note was only the Setup section (as Elastic shipped its 2022 AWS rules)', () => {
    const setup =
      'The AWS Fleet integration, Filebeat module, or similarly structured data is required to be compatible with this rule.';
    expect(splitSetup(`## Setup\n\n${setup}`, undefined)).toEqual({ note: '', setup });
  });

  it('stops at the next level-2 heading; paragraphs keep their blank line, line breaks their newline', () => {
    const note =
      '## Setup\n\nFirst paragraph,  \nwrapped.\n\nSecond with `event.ingested` and a [link](https://example.com).\n\n' +
      '## Triage and analysis\n\nRead the logs.\n';
    const split = splitSetup(note, undefined);
    expect(split?.setup).toBe(
      'First paragraph,\nwrapped.\n\nSecond with `event.ingested` and a link.',
    );
    // The flattened text no longer matches the note's source, so only the heading leaves the note (as in the build).
    expect(split?.note).toBe(
      'First paragraph,  \nwrapped.\n\nSecond with `event.ingested` and a [link](https://example.com).\n\n' +
        '## Triage and analysis\n\nRead the logs.',
    );
  });

  it('keeps fenced code fenced, drops emphasis and list markers, and stops at any deeper heading', () => {
    const note =
      '## Setup\n\nRun **this** first:\n```\naws cloudtrail get-trail  \n```\n- one\n- two\n\n### Notes\nAfter.\n';
    // Any heading of level 2 or more ends the section, a level-3 one included.
    expect(splitSetup(note, undefined)?.setup).toBe(
      'Run this first:\n```\naws cloudtrail get-trail\n```\nonetwo',
    );
  });

  it('leaves the note alone when the rule sets setup itself or the note has no Setup section', () => {
    const note = '## Triage and analysis\n\n## Setup\n\nText.\n';
    expect(splitSetup(note, 'Given.')).toBeNull();
    expect(splitSetup('## Triage and analysis\n\nText.\n', undefined)).toBeNull();
    expect(splitSetup(undefined, undefined)).toBeNull();
  });
});

describe('noteProblems', () => {
  it('accepts a note with a well-formed Setup section or none', () => {
    expect(noteProblems('## Triage\n\n## Setup\n\nText.\n', undefined)).toEqual([]);
    expect(noteProblems('## Triage\n\nText.\n', 'Setup text.')).toEqual([]);
    expect(noteProblems(undefined, undefined)).toEqual([]);
  });

  it('reports what the build refuses', () => {
    expect(noteProblems('### Setup\n\nText.\n', undefined)).toEqual([
      'Setup section with wrong header level: 3',
    ]);
    expect(noteProblems('## SETUP\n\nText.\n', undefined)).toEqual([
      'Setup header has improper casing: SETUP',
    ]);
    expect(noteProblems('## Config\n\nText.\n', undefined)).toEqual([
      'Setup header contains Config: Config',
    ]);
    expect(noteProblems('## Setup\n\nText.\n', 'Also here.')).toEqual([
      'Setup header found in both note and setup fields',
    ]);
  });
});
