// One emulated Kibana route: where it lives, who may call it, how its request is checked, what it does.
import type { KibanaPrivilege } from '../../auth/users';
import type { RequestContract } from '../contract/request_contract';
import type { EmulatorRequest, RouteResult } from './emulator_request';

export type RouteAccess = 'public' | 'internal';

export interface RouteDefinition<Context> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template as Kibana registers it, e.g. `/internal/detection_engine/rules/{ruleId}/execution/results`. */
  path: string;
  /** `public` routes take version `2023-10-31`, `internal` ones version `1` and the internal-origin header. */
  access: RouteAccess;
  /** Kibana privilege of the route's `security.authz.requiredPrivileges`. */
  privilege: KibanaPrivilege;
  contract: RequestContract;
  handler(request: EmulatorRequest, context: Context): Promise<RouteResult>;
}

export const PUBLIC_VERSION = '2023-10-31';
export const INTERNAL_VERSION = '1';
