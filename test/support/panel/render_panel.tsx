// Renders a piece of the panel (or all of it) the way the hosts do, over fake http, toasts and links.
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { EuiProvider } from '@elastic/eui';
import type { RouteName } from '../../../common/api';
import { createApiClient } from '../../../public/services/api_client';
import type { AppServices } from '../../../public/services/services_context';
import { securityLocation } from '../../../public/services/security_links';
import type { SecurityLinks, SecurityTarget } from '../../../public/services/security_links';
import { ServicesProvider } from '../../../public/services/services_context';
import { createFakeHttp } from './fake_http';
import type { FakeHttp, RouteReply } from './fake_http';
import { createFakeToasts } from './fake_toasts';
import type { FakeToasts } from './fake_toasts';

export interface FakeLinks extends SecurityLinks {
  navigated: SecurityTarget[];
}

export function createFakeLinks(): FakeLinks {
  const fake: FakeLinks = {
    navigated: [],
    href: (target) => {
      const { deepLinkId, path } = securityLocation(target);
      return `/app/security/${deepLinkId}${path}`;
    },
    navigate: (target) => {
      fake.navigated.push(target);
    },
  };
  return fake;
}

export interface RenderedPanel extends RenderResult {
  http: FakeHttp;
  toasts: FakeToasts;
  links: FakeLinks;
}

/** What a host may add to the services (the standalone host's schedule note, Kibana's Discover pivots and date settings). */
export type HostExtras = Pick<AppServices, 'scheduleNote' | 'pivots' | 'dateSettings'>;

export function renderPanel(
  ui: ReactElement,
  replies: Partial<Record<RouteName, RouteReply>> = {},
  extras: HostExtras = {},
): RenderedPanel {
  const http = createFakeHttp(replies);
  const toasts = createFakeToasts();
  const links = createFakeLinks();
  const services: AppServices = { api: createApiClient(http), toasts, links, ...extras };
  const result = render(
    <EuiProvider colorMode="light">
      <ServicesProvider services={services}>{ui}</ServicesProvider>
    </EuiProvider>,
  );
  return { ...result, http, toasts, links };
}
