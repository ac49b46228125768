// User-Agent strings seen in CloudTrail and what the ingest pipeline's user_agent processor makes of them.

import type { UserAgentFields } from './ecs_document';

export interface UserAgentEntry {
  original: string;
  /** Parsed fields other than `original`; copied from the upstream fixtures where they show the string. */
  parsed: Omit<UserAgentFields, 'original'>;
}

const OTHER = { name: 'Other', device: { name: 'Other' } } as const;

// Strings the parser does not recognise come out as name/device "Other" (fixture: assume-role-aws-service).
function unparsed(original: string): UserAgentEntry {
  return { original, parsed: { ...OTHER, device: { ...OTHER.device } } };
}

export const USER_AGENTS = {
  /** fixture: create-document, minus its "md/command#…" suffix (added per call). */
  awsCliLinux: {
    original:
      'aws-cli/2.18.17 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0-1016-aws md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off',
    parsed: {
      name: 'aws-cli',
      version: '2.18.17',
      os: { name: 'Linux' },
      device: { name: 'Other' },
    },
  },
  /** fixture: start-session, minus its exec-env and md/command parts (no os: "os/macos" is not mapped). */
  awsCliMac: {
    original:
      'aws-cli/2.17.60 md/awscrt#0.21.2 ua/2.0 os/macos#23.6.0 md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/prompt#off',
    parsed: { name: 'aws-cli', version: '2.17.60', device: { name: 'Other' } },
  },
  /** fixture: console-login. */
  firefoxWindows: {
    original: 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:24.0) Gecko/20100101 Firefox/24.0',
    parsed: {
      name: 'Firefox',
      version: '24.0.',
      os: { full: 'Windows 7', name: 'Windows', version: '7' },
      device: { name: 'Other' },
    },
  },
  // Below: parsed forms follow the ua-parser rules as understood, not taken from a fixture.
  chromeMac: {
    original:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    parsed: {
      name: 'Chrome',
      version: '131.0.0.0',
      os: { name: 'Mac OS X', version: '10.15.7', full: 'Mac OS X 10.15.7' },
      device: { name: 'Mac' },
    },
  },
  cloudShell: {
    original:
      'aws-cli/2.22.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.1.115-126.197.amzn2023.x86_64 md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython exec-env/CloudShell cfg/retry-mode#standard md/installer#exe md/distrib#amzn.2023 md/prompt#off',
    parsed: {
      name: 'aws-cli',
      version: '2.22.4',
      os: { name: 'Linux' },
      device: { name: 'Other' },
    },
  },
  boto3: unparsed(
    'Boto3/1.35.36 md/Botocore#1.35.36 ua/2.0 os/linux#5.10.227-219.884.amzn2.x86_64 md/arch#x86_64 lang/python#3.11.10 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.36',
  ),
  boto3Old: unparsed('Boto3/1.26.0 Python/3.10.12 Linux/5.15.0-1034-aws Botocore/1.29.0'),
  terraform: unparsed(
    'APN/1.0 HashiCorp/1.0 Terraform/1.9.8 (+https://www.terraform.io) terraform-provider-aws/5.80.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.32.6 ua/2.1 os/linux lang/go#1.23.3 md/GOOS#linux md/GOARCH#amd64 api/ssm#1.56.0',
  ),
  goSdk: unparsed(
    'aws-sdk-go-v2/1.30.3 ua/2.0 os/linux lang/go#1.22.5 md/GOOS#linux md/GOARCH#amd64 api/ssm#1.52.3',
  ),
  javaSdkLambda: unparsed(
    'aws-sdk-java/2.25.60 Linux/5.10.226-235.879.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.12+7-LTS Java/17.0.12 vendor/Amazon.com_Inc. md/internal exec-env/AWS_Lambda_java17 io/sync http/UrlConnection cfg/retry-mode/legacy',
  ),
  nodeSdkLambda: unparsed(
    'aws-sdk-js/3.666.0 ua/2.1 os/linux#5.10.227-239.884.amzn2.x86_64 lang/js md/nodejs#20.17.0 api/secrets-manager#3.666.0 exec-env/AWS_Lambda_nodejs20.x',
  ),
  ssmAgent: unparsed('aws-sdk-go/1.44.260 (go1.22.7; linux; amd64) amazon-ssm-agent/3.3.987.0'),
  awsInternal: unparsed('AWS Internal'),
} satisfies Record<string, UserAgentEntry>;

const byOriginal = new Map<string, UserAgentEntry>(
  Object.values(USER_AGENTS).map((entry) => [entry.original, entry]),
);

const AWS_CLI = /^aws-cli\/(\d+\.\d+\.\d+)/;

/** What the pipeline stores under user_agent.* for a raw userAgent string. */
export function parseUserAgent(original: string): UserAgentFields {
  const cli = AWS_CLI.exec(original);
  if (cli !== null) {
    // As in the fixtures: any aws-cli string gives name + version; only "os/linux" yields an OS.
    const fields: UserAgentFields = { original, name: 'aws-cli', version: cli[1] };
    if (original.includes(' os/linux')) fields.os = { name: 'Linux' };
    fields.device = { name: 'Other' };
    return fields;
  }
  const { name, version, device, os } = (byOriginal.get(original) ?? unparsed(original)).parsed;
  const fields: UserAgentFields = { original };
  if (name !== undefined) fields.name = name;
  if (version !== undefined) fields.version = version;
  if (device !== undefined) fields.device = { ...device };
  if (os !== undefined) fields.os = { ...os };
  return fields;
}
