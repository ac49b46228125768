// Does the pattern name anything the caller can read?
import type { ReadinessCheck } from '../../../../common/api';
import { code, codeList, plural } from '../../../../common/format';
import type { CheckContext } from '../judge';

export function resolvesCheck({ facts, feedingPatterns }: CheckContext): ReadinessCheck {
  const pattern = code(facts.pattern);
  const title = 'Index pattern resolves';
  if (facts.forbidden) {
    return {
      id: 'resolves',
      title,
      status: 'fail',
      finding: `You may not inspect or read ${pattern}: Elasticsearch refused (${facts.errors.join('; ')}).`,
      fix:
        `Ask an administrator for the \`read\` and \`view_index_metadata\` index privileges on ${pattern}. ` +
        'The user who deploys the rule needs `read` too, because the rule runs with that user’s API key.',
    };
  }
  if (!facts.resolves) {
    if (feedingPatterns.length > 0) {
      return {
        id: 'resolves',
        title,
        status: 'pass',
        finding:
          `No index, alias or data stream matches ${pattern}. That is fine: the rule also reads ` +
          `${codeList(feedingPatterns)}, and Kibana only warns when none of its patterns matches.`,
        fix: null,
      };
    }
    return {
      id: 'resolves',
      title,
      status: 'warn',
      finding: `No index, alias or data stream matches ${pattern}.`,
      fix: `If this is where your logs should arrive, check that ingestion into ${pattern} is set up and running.`,
    };
  }
  return {
    id: 'resolves',
    title,
    status: 'pass',
    finding: `${pattern} resolves to ${plural(facts.targets.length, 'target')}: ${codeList(facts.targets)}.`,
    fix: null,
  };
}
