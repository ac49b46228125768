// How a fix reads for a caller who may read the rule but not change it: as a request to an administrator who can,
// in one wording for every cause and known warning.
const WRITER = 'an administrator with rule write privileges';
const WRITER_WITH_PRIVILEGE = `${WRITER} (the Security Rules "All" privilege)`;

/** The whole fix as a request: "Ask … to `action`; your role can read the rule but not change it." */
export function askAdministrator(action: string): string {
  return `Ask ${WRITER_WITH_PRIVILEGE} to ${action}; your role can read the rule but not change it.`;
}

/** `fix` for a caller who can change the rule; otherwise a request to someone who can do `action`. */
export function fixOrAskAdministrator(canWrite: boolean, fix: string, action: string): string {
  return canWrite ? fix : askAdministrator(action);
}

/** `fix` as written, followed for a read-only caller by who can carry it out. */
export function fixWithAdministratorNote(canWrite: boolean, fix: string): string {
  return canWrite
    ? fix
    : `${fix} Your role can read the rule but not change it: ask ${WRITER_WITH_PRIVILEGE} to do this.`;
}

/** A change to the rule offered as one way out, worded for whether the reader may make it. */
export function changeOrAskAdministrator(canWrite: boolean, change: string): string {
  return canWrite ? change : `ask ${WRITER} to ${change}`;
}
