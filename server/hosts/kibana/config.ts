// The plugin's settings in kibana.yml (`ssmReconRule.*`): how Kibana reaches its own API, and whom to trust.
import { schema, type TypeOf } from '@kbn/config-schema';

export const configSchema = schema.object({
  /** Kibana's own URL (with `server.basePath`) when its bind address is not reachable from itself. */
  kibanaUrl: schema.maybe(schema.uri({ scheme: ['http', 'https'] })),
  ssl: schema.object({
    /** PEM files of the CAs that signed Kibana's certificate. */
    certificateAuthorities: schema.maybe(
      schema.oneOf([schema.string(), schema.arrayOf(schema.string())]),
    ),
    /** `none` accepts any certificate: for lab clusters only. */
    verificationMode: schema.oneOf([schema.literal('full'), schema.literal('none')], {
      defaultValue: 'full',
    }),
  }),
  /** Milliseconds to wait for each Detection Engine call. */
  requestTimeout: schema.number({ defaultValue: 30000, min: 1000 }),
});

export type PluginConfig = TypeOf<typeof configSchema>;
