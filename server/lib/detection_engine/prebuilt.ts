// Shapes of the prebuilt-rules API answers the deploy service uses (status, installation review and perform).
import type { KibanaRule } from './kibana_rule';

export interface PrebuiltStatus {
  installed: number;
  toInstall: number;
  toUpgrade: number;
  /** Rules in the installed package; null when this Kibana does not report it. */
  totalInPackage: number | null;
}

/** A prebuilt rule the cluster's package offers for installation. */
export interface PrebuiltOffer {
  ruleId: string;
  version: number;
  name: string;
}

export type PrebuiltSkipReason = 'ALREADY_INSTALLED' | string;

export interface PrebuiltInstallResult {
  installed: KibanaRule[];
  skipped: Array<{ ruleId: string; reason: PrebuiltSkipReason }>;
  /** `_perform` reports unknown rules inside a 200: one entry per failure. */
  errors: Array<{ message: string; ruleIds: string[] }>;
}
