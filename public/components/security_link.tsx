// A link into Kibana Security: a real href (new tab works), in-app navigation where the host offers it.
import type { MouseEvent, ReactNode } from 'react';
import { EuiButtonEmpty, EuiLink, EuiToolTip } from '@elastic/eui';
import type { SecurityTarget } from '../services/security_links';
import { useServices } from '../services/services_context';

export interface SecurityLinkProps {
  target: SecurityTarget;
  children: ReactNode;
  /** A small empty button instead of inline text. */
  asButton?: boolean;
  iconType?: string;
  'aria-label'?: string;
}

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function SecurityLink({
  target,
  children,
  asButton = false,
  iconType,
  ...rest
}: SecurityLinkProps) {
  const { links } = useServices();
  const href = links.href(target);
  if (href === null) {
    const reason = links.unavailableReason ?? 'Kibana Security is not reachable from here.';
    return (
      <EuiToolTip content={reason}>
        <EuiButtonEmpty size="xs" isDisabled iconType={iconType} aria-label={rest['aria-label']}>
          {children}
        </EuiButtonEmpty>
      </EuiToolTip>
    );
  }
  const navigate = links.navigate;
  const onClick = navigate
    ? (event: MouseEvent) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(target);
      }
    : undefined;
  // Without in-app navigation the link leaves this page: open Security in a new tab.
  const external = navigate ? {} : { target: '_blank', rel: 'noopener noreferrer' };
  if (asButton) {
    return (
      <EuiButtonEmpty
        size="s"
        href={href}
        onClick={onClick}
        iconType={iconType}
        {...external}
        {...rest}
      >
        {children}
      </EuiButtonEmpty>
    );
  }
  return (
    <EuiLink href={href} onClick={onClick} {...external} {...rest}>
      {children}
    </EuiLink>
  );
}
