// Renders an investigation guide's markdown with EUI's renderer and the guide plugins.
import { EuiMarkdownFormat } from '@elastic/eui';
import { guideMarkdownPlugins } from './guide_markdown_plugins';

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
