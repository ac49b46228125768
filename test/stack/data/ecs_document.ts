// The ECS document a CloudTrail record becomes once ingested (integration data stream or legacy Filebeat).

export interface GeoFields {
  city_name?: string;
  continent_name?: string;
  country_iso_code?: string;
  country_name?: string;
  location?: { lat: number; lon: number };
  region_iso_code?: string;
  region_name?: string;
}

export interface AsFields {
  number: number;
  organization: { name: string };
}

export interface UserAgentFields {
  original: string;
  name?: string;
  version?: string;
  device?: { name: string };
  os?: { name?: string; version?: string; full?: string };
}

export interface SessionIssuerFields {
  type?: string;
  principal_id?: string;
  arn?: string;
  account_id?: string;
}

export interface CloudTrailFields {
  event_version?: string;
  event_type?: string;
  event_category?: string;
  user_identity: {
    type?: string;
    arn?: string;
    access_key_id?: string;
    invoked_by?: string;
    session_context?: {
      mfa_authenticated?: string;
      creation_date?: string;
      session_issuer?: SessionIssuerFields;
    };
  };
  error_code?: string;
  error_message?: string;
  request_parameters?: string;
  response_elements?: string;
  additional_eventdata?: string;
  flattened?: {
    request_parameters?: unknown;
    response_elements?: unknown;
    additional_eventdata?: unknown;
  };
  request_id?: string;
  read_only?: boolean;
  management_event?: boolean;
  resources?: Array<{ arn?: string; account_id?: string; type?: string }>;
  recipient_account_id?: string;
  console_login?: {
    additional_eventdata: { mobile_version?: boolean; login_to?: string; mfa_used?: boolean };
  };
}

export interface CloudTrailEcsDocument {
  '@timestamp': string;
  ecs: { version: string };
  event: {
    action?: string;
    provider?: string;
    outcome: string;
    kind: string;
    type?: string[];
    category?: string[];
    id?: string;
    created?: string;
    ingested?: string;
    original?: string;
    dataset?: string;
    module?: string;
  };
  data_stream?: { type: string; dataset: string; namespace: string };
  cloud?: { account?: { id: string }; region?: string };
  user?: { name?: string; id?: string; email?: string };
  related?: { user?: string[] };
  source?: { address: string; ip?: string; geo?: GeoFields; as?: AsFields };
  user_agent?: UserAgentFields;
  tls?: {
    version?: string;
    version_protocol?: string;
    cipher?: string;
    client?: { server_name: string };
  };
  aws: { cloudtrail: CloudTrailFields };
  tags?: string[];
  fileset?: { name: string };
  service?: { type: string };
  input?: { type: string };
}

/** A document and the index (data stream) it is written to. */
export interface GeneratedDocument {
  index: string;
  doc: CloudTrailEcsDocument;
}
