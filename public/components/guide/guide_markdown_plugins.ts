// EUI's markdown plugins, tightened for guides written by others: external links open safely in a new tab,
// only http(s) and mailto links stay links, and Security guide tokens become placeholders.
import { getDefaultEuiMarkdownPlugins } from '@elastic/eui';
import type { ComponentType } from 'react';
import { GUIDE_TOKEN_NODE } from './guide_token';
import { GuideTokenParser } from './guide_token_parser';
import { GuideTokenPlaceholder } from './guide_token_placeholder';

function buildPlugins() {
  const { parsingPlugins, processingPlugins } = getDefaultEuiMarkdownPlugins({
    parsingConfig: {
      // Relative links would resolve inside Kibana; a guide has no business pointing there.
      linkValidator: { allowRelative: false, allowProtocols: ['https:', 'http:', 'mailto:'] },
    },
    processingConfig: {
      linkProps: { target: '_blank', rel: 'noopener noreferrer', external: true },
    },
  });
  parsingPlugins.push(GuideTokenParser);
  const rehypeReactOptions = processingPlugins[1][1] as {
    components: Record<string, ComponentType<never>>;
  };
  rehypeReactOptions.components[GUIDE_TOKEN_NODE] = GuideTokenPlaceholder as ComponentType<never>;
  return { parsingPlugins, processingPlugins };
}

/** Built once: the lists are static and EuiMarkdownFormat re-parses when their identity changes. */
export const guideMarkdownPlugins = buildPlugins();
