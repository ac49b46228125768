// How a fix that needs rule write access reads for a caller without it: a request to someone who can act, in one
// wording for every cause.
const WRITER = 'an administrator with rule write privileges';
const WRITER_WITH_PRIVILEGE = `${WRITER} (the Security Rules "All" privilege)`;

/** The whole fix as a request: "Ask … to `action`; your role can read the rule but not change it." */
export function askWriter(action: string): string {
  return `Ask ${WRITER_WITH_PRIVILEGE} to ${action}; your role can read the rule but not change it.`;
}

/** `fix` for a caller who can change the rule; otherwise a request to someone who can do `action`. */
export function writerFix(canWrite: boolean, fix: string, action: string): string {
  return canWrite ? fix : askWriter(action);
}

/** `fix` as written, followed for a read-only caller by who can carry it out. */
export function withWriterNote(canWrite: boolean, fix: string): string {
  return canWrite
    ? fix
    : `${fix} Your role can read the rule but not change it: ask ${WRITER_WITH_PRIVILEGE} to do this.`;
}

/** A change to the rule offered as one way out, worded for whether the reader may make it. */
export function ruleChange(canWrite: boolean, change: string): string {
  return canWrite ? change : `ask ${WRITER} to ${change}`;
}
