// POST deploy and POST enable: request codecs (validated at every boundary) and their answers.
import * as t from 'io-ts';
import { FieldChange } from './field_change';
import { RuleCopy } from './status';

export const DeploySource = t.keyof({ auto: null, prebuilt: null, bundled: null });
export type DeploySource = t.TypeOf<typeof DeploySource>;

export const DeployRequest = t.exact(
  t.partial({
    /** Enable the rule after deploying it (default: leave `enabled` as it is; new rules start disabled). */
    enable: t.boolean,
    /** Replace managed fields a user edited in Kibana. Without it, drift is refused with 409 and the diff. */
    overwrite: t.boolean,
    /** Where the rule comes from: Elastic's prebuilt package, the bundled TOML, or whichever applies (default). */
    source: DeploySource,
    /** Only plan: answer what would change without changing anything. */
    dryRun: t.boolean,
  }),
);
export type DeployRequest = t.TypeOf<typeof DeployRequest>;

export const DeployAction = t.keyof({
  /** Elastic's prebuilt copy was installed from the cluster's package. */
  installed_prebuilt: null,
  /** Our custom copy was created from the bundled TOML. */
  created_custom: null,
  /** Our custom copy was upgraded to the bundled version. */
  updated_custom: null,
  /** Nothing to do (apart from `enable`, reported in `enabledChanged`). */
  unchanged: null,
});
export type DeployAction = t.TypeOf<typeof DeployAction>;

export const DeployResponse = t.type({
  action: DeployAction,
  dryRun: t.boolean,
  copy: RuleCopy,
  rule: t.type({
    id: t.union([t.string, t.null]),
    ruleId: t.string,
    version: t.number,
    enabled: t.boolean,
  }),
  enabledChanged: t.boolean,
  /** Managed fields written (or to be written, on a dry run). */
  changes: t.array(FieldChange),
  /** One sentence for a toast or the CLI. */
  message: t.string,
});
export type DeployResponse = t.TypeOf<typeof DeployResponse>;

export const EnableRequest = t.exact(t.type({ enabled: t.boolean }));
export type EnableRequest = t.TypeOf<typeof EnableRequest>;

export const EnableResponse = t.type({
  id: t.string,
  ruleId: t.string,
  enabled: t.boolean,
  changed: t.boolean,
});
export type EnableResponse = t.TypeOf<typeof EnableResponse>;
