// Installs the CloudTrail index templates (idempotent: every call PUTs the same definitions).

import type { Client } from '@elastic/elasticsearch';
import { fieldTypeSubstitutes, withSubstitutes } from './engine_field_types';
import { filebeatIndexTemplate } from './filebeat_template';
import {
  cloudTrailComponentTemplate,
  cloudTrailIndexTemplate,
  cloudTrailNamespaceTemplate,
} from './logs_aws_cloudtrail_template';

export interface InstallTemplatesOptions {
  /** Namespaces that get their own template with a constant data_stream.namespace (default ["default"]). */
  namespaces?: string[];
  /** Also install the legacy filebeat-* template (default true). */
  filebeat?: boolean;
}

export interface InstalledTemplates {
  componentTemplates: string[];
  indexTemplates: string[];
}

export async function installCloudTrailTemplates(
  client: Client,
  options: InstallTemplatesOptions = {},
): Promise<InstalledTemplates> {
  const substitutes = await fieldTypeSubstitutes(client);
  const component = withSubstitutes(cloudTrailComponentTemplate(), substitutes);
  await client.cluster.putComponentTemplate(component);
  const templates = [
    cloudTrailIndexTemplate(),
    ...(options.namespaces ?? ['default']).map(cloudTrailNamespaceTemplate),
    ...(options.filebeat === false ? [] : [filebeatIndexTemplate()]),
  ].map((template) => withSubstitutes(template, substitutes));
  for (const template of templates) await client.indices.putIndexTemplate(template);
  return { componentTemplates: [component.name], indexTemplates: templates.map((t) => t.name) };
}
