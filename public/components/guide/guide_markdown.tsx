// Renders an investigation guide's markdown with EUI's renderer and plugins tightened for guides written by others:
// external links open safely in a new tab, only http(s) and mailto links stay links, and Security guide tokens
// become readable placeholders. Loaded only through lazy_guide_markdown.tsx, so the parser stays in its own chunk.
import type { ComponentType } from 'react';
import {
  EuiBadge,
  EuiMarkdownFormat,
  EuiTextColor,
  getDefaultEuiMarkdownPlugins,
} from '@elastic/eui';
import { GUIDE_TOKEN_NODE, GuideTokenParser } from './guide_token';

// What a Kibana Security guide token shows here: a readable stand-in for an action only Security can run.
interface GuideTokenPlaceholderProps {
  plugin: string;
  label?: string | null;
  description?: string | null;
  readable?: boolean;
}

const KINDS: Record<string, { name: string; icon: string }> = {
  investigate: { name: 'Timeline query', icon: 'timeline' },
  insight: { name: 'Timeline query', icon: 'timeline' },
  osquery: { name: 'Osquery', icon: 'logoOsquery' },
};

function GuideTokenPlaceholder({
  plugin,
  label,
  description,
  readable = true,
}: GuideTokenPlaceholderProps) {
  const kind = KINDS[plugin] ?? { name: `Security "${plugin}" action`, icon: 'securityApp' };
  const title = readable
    ? (label ?? kind.name)
    : `${kind.name} (its configuration could not be read)`;
  return (
    <span data-test-subj="guideTokenPlaceholder">
      <EuiBadge
        color="hollow"
        iconType={kind.icon}
        title={`${kind.name}: runs from the alert in Kibana Security`}
      >
        {readable && label ? `${kind.name}: ${title}` : title}
      </EuiBadge>{' '}
      <EuiTextColor color="subdued">
        {description ? `${description} ` : ''}(open an alert in Kibana Security to run it)
      </EuiTextColor>
    </span>
  );
}

// EUI's markdown plugins, tightened for guides written by others: external links open safely in a new tab,
// only http(s) and mailto links stay links, and Security guide tokens become placeholders.
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
const guideMarkdownPlugins = buildPlugins();

export function GuideMarkdown({ markdown }: { markdown: string }) {
  return (
    <EuiMarkdownFormat
      textSize="s"
      parsingPluginList={guideMarkdownPlugins.parsingPlugins}
      processingPluginList={guideMarkdownPlugins.processingPlugins}
      data-test-subj="guideMarkdown"
    >
      {markdown}
    </EuiMarkdownFormat>
  );
}
