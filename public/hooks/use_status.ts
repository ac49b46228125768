// The rule's deployment, health verdict and the caller's capabilities (GET status).
import { useCallback } from 'react';
import type { StatusResponse } from '../../common/api';
import { useServices } from '../services/services_context';
import { useApiResource } from './use_api_resource';
import type { ApiResource } from './use_api_resource';

export function useStatus(): ApiResource<StatusResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getStatus(signal), [api]);
  return useApiResource(load);
}
