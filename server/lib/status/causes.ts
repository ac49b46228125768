// Causes behind the verdict, each with what is wrong and what to do, in plain language.
import type { Cause } from '../../../common/api';
import { formatSpan } from '../../../common/format';
import { matchKnownWarning } from './known_warnings';
import {
  askAdministrator,
  fixWithAdministratorNote,
  fixOrAskAdministrator,
} from './permission_wording';
import { STALE_AFTER_INTERVALS, ruleIntervalMs, type HealthFacts } from './verdict';

function executionCauses(facts: HealthFacts): Cause[] {
  const last = facts.lastExecution;
  if (!last) return [];
  const causes: Cause[] = [];
  const known = last.message ? matchKnownWarning(last.message) : undefined;
  if (known) {
    causes.push({
      code: known.code,
      severity: known.severity,
      title: known.title,
      detail: last.message,
      fix: known.changesRule
        ? fixWithAdministratorNote(facts.canWrite, known.fix(last.message, true))
        : known.fix(last.message, facts.canWrite),
    });
  } else if (last.status === 'failed' || last.status === 'partial failure') {
    const failed = last.status === 'failed';
    causes.push({
      code: failed ? 'execution_failed' : 'execution_warning',
      severity: failed ? 'danger' : 'warning',
      title: failed ? 'The last run failed' : 'The last run finished with a warning',
      detail: last.message || '(Kibana gave no message)',
      fix: 'Open the rule in Kibana Security and read its Execution results tab for the full error.',
    });
  }
  if (last.gapDurationS !== null && last.gapDurationS > 0 && known?.code !== 'execution_gap') {
    causes.push({
      code: 'execution_gap',
      severity: 'warning',
      title: 'Runs were missed: part of the time range was never searched',
      detail: `The last run reported a gap of ${last.gapDurationS} s.`,
      fix: fixWithAdministratorNote(
        facts.canWrite,
        'Check Kibana Task Manager health and capacity. Fill the gap from the rule’s page in Kibana Security ' +
          '(manual run over the missed range) so no event goes unchecked.',
      ),
    });
  }
  const interval = facts.staleness?.intervalMs ?? null;
  const runMs = (last.searchDurationMs ?? 0) + (last.indexingDurationMs ?? 0);
  if (interval !== null && runMs > interval) {
    causes.push({
      code: 'slow_run',
      severity: 'warning',
      title: 'A run takes longer than the rule’s interval',
      detail: `The last run spent ${Math.round(runMs / 1000)} s searching and writing; the rule runs every ${formatSpan(interval)}.`,
      fix: fixWithAdministratorNote(
        facts.canWrite,
        'Kibana gives no warning for this. Lengthen the interval (and from), or make the index patterns narrower ' +
          'so each run reads less.',
      ),
    });
  }
  return causes;
}

function stateCauses(facts: HealthFacts): Cause[] {
  const rule = facts.deployed;
  if (!rule) {
    return [
      {
        code: 'not_deployed',
        severity: 'warning',
        title: 'The rule is not installed in this space',
        detail: 'Neither Elastic’s prebuilt copy nor a custom copy of the rule was found.',
        fix: fixOrAskAdministrator(
          facts.canWrite,
          'Deploy it from this panel (or with `ssm-recon-rule deploy`); it is installed disabled unless you enable it.',
          'deploy it from this panel',
        ),
      },
    ];
  }
  const causes: Cause[] = [];
  if (!rule.enabled) {
    causes.push({
      code: 'disabled',
      severity: 'info',
      title: 'The rule is installed but disabled',
      detail: 'A disabled rule never runs and raises no alerts.',
      fix: facts.canWrite
        ? 'Check the data readiness below, then enable the rule.'
        : `Check the data readiness below. ${askAdministrator('enable the rule')}`,
    });
    return causes;
  }
  const staleness = facts.staleness;
  if (staleness?.stale) {
    causes.push({
      code: 'stale',
      severity: 'danger',
      title: 'The rule has stopped running',
      detail:
        `No run for more than ${STALE_AFTER_INTERVALS} × its interval of ${formatSpan(staleness.intervalMs)}` +
        (staleness.since ? ` (last sign of life: ${staleness.since}).` : '.'),
      fix:
        'Check Kibana Task Manager health and the Kibana server logs. ' +
        fixOrAskAdministrator(
          facts.canWrite,
          'If the API key of the user who last enabled the rule was deleted, disable and re-enable the rule to ' +
            'give it a new key.',
          'disable and re-enable the rule if the API key of the user who last enabled it was deleted',
        ),
    });
  } else if (!facts.lastExecution) {
    const interval = ruleIntervalMs(rule);
    const since = Date.parse(staleness?.since ?? '');
    const due = Number.isNaN(since)
      ? ''
      : ` The first run is due by ${new Date(since + interval).toISOString()}.`;
    causes.push({
      code: 'not_run_yet',
      severity: 'info',
      title: 'The rule has not run yet',
      detail:
        `Kibana runs an enabled rule shortly after it is enabled, then every ${formatSpan(interval)}.${due} ` +
        'Until it has run nothing has been searched, so its health cannot be judged yet.',
      fix: 'Wait for the first run, then check the status again.',
    });
  }
  return causes;
}

function copyCauses(facts: HealthFacts): Cause[] {
  const rule = facts.deployed;
  if (!rule) return [];
  const causes: Cause[] = [];
  if (rule.version < facts.bundledVersion) {
    causes.push({
      code: 'upgrade_available',
      severity: 'info',
      title: `Version ${facts.bundledVersion} of the rule is available (installed: ${rule.version})`,
      detail: 'The bundled definition is newer than the deployed rule.',
      fix:
        facts.copy === 'prebuilt'
          ? fixOrAskAdministrator(
              facts.canWrite,
              'Update Elastic’s prebuilt rules from Kibana Security → Rules → Rule updates.',
              'update Elastic’s prebuilt rules (Kibana Security → Rules → Rule updates)',
            )
          : fixOrAskAdministrator(
              facts.canWrite,
              'Deploy again from this panel to upgrade the custom copy (your enabled state, exceptions and actions are kept).',
              'deploy again from this panel to upgrade the custom copy',
            ),
    });
  }
  if (rule.rule_source?.type === 'external' && rule.rule_source.is_customized) {
    causes.push({
      code: 'customized',
      severity: 'info',
      title: 'Elastic’s prebuilt rule was edited in Kibana',
      detail: 'Kibana marks it as customized; prebuilt updates will ask how to merge the edits.',
      fix:
        'Nothing to do unless the edits were unintended. ' +
        fixOrAskAdministrator(
          facts.canWrite,
          'Then revert them in Kibana Security.',
          'revert them in Kibana Security',
        ),
    });
  }
  if (facts.duplicate) {
    causes.push({
      code: 'duplicate_copies',
      severity: 'warning',
      title: 'Two copies of the rule are installed',
      detail:
        `Elastic’s prebuilt rule and a custom copy (rule_id ${facts.duplicate.rule_id}) both exist; ` +
        'each raises its own alerts for the same events.',
      fix: fixOrAskAdministrator(
        facts.canWrite,
        `Delete the custom copy (rule_id ${facts.duplicate.rule_id}) in Kibana Security; this panel manages the prebuilt one.`,
        `delete the custom copy (rule_id ${facts.duplicate.rule_id}) in Kibana Security`,
      ),
    });
  }
  return causes;
}

export function healthCauses(facts: HealthFacts): Cause[] {
  const causes = [...stateCauses(facts)];
  if (facts.deployed?.enabled) causes.push(...executionCauses(facts));
  causes.push(...copyCauses(facts));
  return causes;
}
