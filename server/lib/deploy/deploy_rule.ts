// Deploy (docs/ARCHITECTURE.md, "POST deploy"): manage Elastic's prebuilt copy if installed; else install exactly this prebuilt
// rule if the cluster's package offers it; else create (or upgrade) our custom copy from the bundled TOML.
// Idempotent, and safe when called concurrently: a lost create race (409) or install race (ALREADY_INSTALLED)
// re-reads the winner's rule and carries on with it.
//
// Drift: for a custom copy at the bundled version, the body we wrote is reproducible from the TOML, so any
// managed field that differs was edited in Kibana → refused without `overwrite`. For an older deployed version
// the earlier body is not reproducible (only the current TOML ships), so differences are taken as the upgrade.
// A newer deployed version than bundled (plugin downgrade, or a Kibana that bumps versions on edit) counts as drift.
import type {
  DeployAction,
  DeployRequest,
  DeployResponse,
  FieldChange,
  RuleCopy,
} from '../../../common/api';
import { plural } from '../../../common/format';
import type { KibanaRule } from '../detection_engine/detection_engine_client';
import { KibanaApiError } from '../detection_engine/kibana_api_error';
import { assertWriteAccess } from '../detection_engine/write_access';
import { DriftError, HttpError, UpstreamError } from '../errors';
import type { ServiceContext } from '../service_context';
import { managedDiff, upgradePatch } from './drift';
import { applyEnabled } from './enable_rule';
import { deployableRule, findRuleCopies, type DeployableRule } from './rule_copies';

// --- The answer: what a deploy is about to do or did, in one sentence ---

export interface DeployOutcome {
  action: DeployAction;
  dryRun: boolean;
  copy: RuleCopy;
  rule: DeployResponse['rule'];
  enabledChanged: boolean;
  changes: FieldChange[];
}

const DONE: Record<DeployAction, string> = {
  installed_prebuilt: 'Installed Elastic’s prebuilt rule',
  created_custom: 'Created the custom copy of the rule',
  updated_custom: 'Upgraded the custom copy of the rule',
  unchanged: 'The rule is already up to date',
};

const PLANNED: Record<DeployAction, string> = {
  installed_prebuilt: 'Would install Elastic’s prebuilt rule',
  created_custom: 'Would create a custom copy of the rule',
  updated_custom: 'Would upgrade the custom copy of the rule',
  unchanged: 'The rule is already up to date',
};

function sentence(outcome: DeployOutcome): string {
  const lead = `${(outcome.dryRun ? PLANNED : DONE)[outcome.action]} (version ${outcome.rule.version})`;
  const changed =
    outcome.action === 'updated_custom'
      ? `; ${plural(outcome.changes.length, 'field')}: ${outcome.changes.map((c) => c.field).join(', ')}`
      : '';
  let state: string;
  if (outcome.enabledChanged) {
    state = outcome.rule.enabled
      ? outcome.dryRun
        ? ' and enable it'
        : ' and enabled it'
      : outcome.dryRun
        ? ' and disable it'
        : ' and disabled it';
  } else {
    state = outcome.rule.enabled ? '; it is enabled' : '; it is disabled';
  }
  return `${lead}${changed}${state}.`;
}

export function deployResponse(outcome: DeployOutcome): DeployResponse {
  return { ...outcome, message: sentence(outcome) };
}

// --- The deploy ---

interface DeployInput {
  enable: boolean | undefined;
  overwrite: boolean;
  dryRun: boolean;
}

function summary(rule: KibanaRule): DeployResponse['rule'] {
  return { id: rule.id, ruleId: rule.rule_id, version: rule.version, enabled: rule.enabled };
}

/** Finishes on an existing rule: apply `enable`; if nothing at all was written, still make a reader hear 403. */
async function finish(
  ctx: ServiceContext,
  rule: KibanaRule,
  outcome: Omit<DeployOutcome, 'rule' | 'enabledChanged'>,
  input: DeployInput,
  wroteSomething: boolean,
): Promise<DeployResponse> {
  const enabled = await applyEnabled(ctx.detectionEngine, rule, input.enable, input.dryRun);
  if (!wroteSomething && !enabled.changed && !input.dryRun) {
    await assertWriteAccess(ctx.detectionEngine, { ids: [rule.id] });
  }
  return deployResponse({
    ...outcome,
    rule: summary(enabled.rule),
    enabledChanged: enabled.changed,
  });
}

async function upgradeCustom(
  ctx: ServiceContext,
  bundled: DeployableRule,
  rule: KibanaRule,
  input: DeployInput,
): Promise<DeployResponse> {
  const changes: FieldChange[] = managedDiff(rule, bundled.customBody);
  if (changes.length === 0) {
    return finish(
      ctx,
      rule,
      { action: 'unchanged', dryRun: input.dryRun, copy: 'custom', changes },
      input,
      false,
    );
  }
  const isUpgrade = rule.version < bundled.version;
  if (!isUpgrade && !input.overwrite) throw new DriftError(changes);
  if (input.dryRun) {
    const planned = { ...rule, version: bundled.version };
    return finish(
      ctx,
      planned,
      { action: 'updated_custom', dryRun: true, copy: 'custom', changes },
      input,
      false,
    );
  }
  ctx.logger.info(
    `Upgrading custom rule ${rule.rule_id} from version ${rule.version} to ${bundled.version}: ${changes.map((c) => c.field).join(', ')}`,
  );
  const updated = await ctx.detectionEngine.patchRule(
    { id: rule.id },
    upgradePatch(changes, bundled.customBody),
  );
  return finish(
    ctx,
    updated,
    { action: 'updated_custom', dryRun: false, copy: 'custom', changes },
    input,
    true,
  );
}

async function createCustom(
  ctx: ServiceContext,
  bundled: DeployableRule,
  input: DeployInput,
): Promise<DeployResponse> {
  const enabled = input.enable ?? false;
  if (input.dryRun) {
    return deployResponse({
      action: 'created_custom',
      dryRun: true,
      copy: 'custom',
      rule: { id: null, ruleId: bundled.customRuleId, version: bundled.version, enabled },
      enabledChanged: false,
      changes: [],
    });
  }
  try {
    const created = await ctx.detectionEngine.createRule({ ...bundled.customBody, enabled });
    ctx.logger.info(
      `Created custom rule ${created.rule_id} (version ${created.version}, enabled: ${enabled})`,
    );
    return deployResponse({
      action: 'created_custom',
      dryRun: false,
      copy: 'custom',
      rule: summary(created),
      enabledChanged: false,
      changes: [],
    });
  } catch (error) {
    if (!(error instanceof KibanaApiError && error.statusCode === 409)) throw error;
    // Another deploy created it first: continue with theirs.
    const winner = await ctx.detectionEngine.readRule({ ruleId: bundled.customRuleId });
    if (!winner) throw error;
    return upgradeCustom(ctx, bundled, winner, input);
  }
}

async function installPrebuilt(
  ctx: ServiceContext,
  bundled: DeployableRule,
  version: number,
  input: DeployInput,
): Promise<DeployResponse> {
  if (input.dryRun) {
    const enabled = input.enable ?? false;
    return deployResponse({
      action: 'installed_prebuilt',
      dryRun: true,
      copy: 'prebuilt',
      rule: { id: null, ruleId: bundled.ruleId, version, enabled },
      enabledChanged: enabled,
      changes: [],
    });
  }
  const result = await ctx.detectionEngine.performPrebuiltInstallation([
    { ruleId: bundled.ruleId, version },
  ]);
  const installed = result.installed.find((rule) => rule.rule_id === bundled.ruleId);
  if (installed) {
    ctx.logger.info(`Installed prebuilt rule ${bundled.ruleId} version ${installed.version}`);
    const outcome = {
      action: 'installed_prebuilt' as const,
      dryRun: false,
      copy: 'prebuilt' as const,
      changes: [],
    };
    return finish(ctx, installed, outcome, input, true);
  }
  const skipped = result.skipped.find((entry) => entry.ruleId === bundled.ruleId);
  if (skipped?.reason === 'ALREADY_INSTALLED') {
    // Another deploy installed it first: continue with theirs.
    const winner = await ctx.detectionEngine.readRule({ ruleId: bundled.ruleId });
    if (winner) {
      return finish(
        ctx,
        winner,
        { action: 'unchanged', dryRun: false, copy: 'prebuilt', changes: [] },
        input,
        false,
      );
    }
  }
  const reason =
    result.errors.map((error) => error.message).join('; ') || skipped?.reason || 'no reason given';
  throw new UpstreamError(502, `Kibana did not install the prebuilt rule: ${reason}`, 'kibana');
}

/** Elastic's prebuilt copy is installed: this plugin only manages it (enable), never edits or duplicates it. */
async function managePrebuilt(
  ctx: ServiceContext,
  rule: KibanaRule,
  input: DeployInput,
): Promise<DeployResponse> {
  const source = rule.rule_source;
  if (input.overwrite && source?.type === 'external' && source.is_customized) {
    // Restoring Elastic's version is Kibana's own job (it keeps the base version); refuse rather than pretend.
    const fields = (source.customized_fields ?? []).map((f) => f.field_name);
    throw new HttpError(
      409,
      `Elastic’s prebuilt copy of this rule was edited in Kibana${fields.length > 0 ? ` (${fields.join(', ')})` : ''}; ` +
        'this plugin never edits Elastic’s rules, so overwrite cannot restore it. Revert the edits in Kibana ' +
        'Security (Rules → the rule → Revert to Elastic’s version, or Rule updates), then deploy again.',
    );
  }
  const outcome = {
    action: 'unchanged' as const,
    dryRun: input.dryRun,
    copy: 'prebuilt' as const,
    changes: [],
  };
  return finish(ctx, rule, outcome, input, false);
}

export async function deployRule(
  ctx: ServiceContext,
  request: DeployRequest,
): Promise<DeployResponse> {
  const bundled = deployableRule(ctx.rule);
  const source = request.source ?? 'auto';
  const input: DeployInput = {
    enable: request.enable,
    overwrite: request.overwrite ?? false,
    dryRun: request.dryRun ?? false,
  };
  const copies = await findRuleCopies(ctx.detectionEngine, bundled);

  if (copies.prebuilt) {
    if (source === 'bundled') {
      throw new HttpError(
        409,
        'Elastic’s prebuilt copy of this rule is installed; a custom copy beside it would raise every alert twice. ' +
          'Deploy with source "auto" or "prebuilt" to manage the prebuilt copy.',
      );
    }
    return managePrebuilt(ctx, copies.prebuilt, input);
  }
  if (copies.custom) {
    if (source === 'prebuilt') {
      throw new HttpError(
        409,
        `A custom copy of this rule (rule_id ${bundled.customRuleId}) is installed; installing Elastic’s prebuilt copy ` +
          'beside it would raise every alert twice. Delete the custom copy in Kibana first.',
      );
    }
    return upgradeCustom(ctx, bundled, copies.custom, input);
  }
  if (source !== 'bundled') {
    const offer = await ctx.detectionEngine.reviewPrebuiltInstallation(bundled.ruleId);
    if (offer) return installPrebuilt(ctx, bundled, offer.version, input);
    // Not offered: either the package lacks the rule, or a concurrent deploy installed it after our `_find` (the
    // review lists only rules not installed). Look again before a custom copy could duplicate the prebuilt one.
    const now = await findRuleCopies(ctx.detectionEngine, bundled);
    if (now.prebuilt) return managePrebuilt(ctx, now.prebuilt, input);
    if (source === 'prebuilt') {
      throw new HttpError(
        404,
        'The prebuilt rules package installed in this Kibana does not offer this rule. Update the package ' +
          '(Kibana Security → Rules → Add Elastic rules) or deploy the bundled definition instead.',
      );
    }
  }
  return createCustom(ctx, bundled, input);
}
