// How the panel reaches Kibana Security: Kibana navigates in-app, the standalone host links to a Kibana URL.
import type { SecurityTarget } from './security_target';

export interface SecurityLinks {
  /** URL for the link's href (so "open in new tab" works); null when Security cannot be reached. */
  href(target: SecurityTarget): string | null;
  /** In-app navigation; when absent the href opens in a new tab. */
  navigate?(target: SecurityTarget): void;
  /** Why links are off when `href` answers null. */
  unavailableReason?: string;
}
