// What a Kibana Security guide token shows here: a readable stand-in for an action only Security can run.
import { EuiBadge, EuiTextColor } from '@elastic/eui';

export interface GuideTokenPlaceholderProps {
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

export function GuideTokenPlaceholder({
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
