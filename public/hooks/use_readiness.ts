// Whether the data in each index pattern can feed the rule (GET readiness).
import { useCallback } from 'react';
import type { ReadinessResponse } from '../../common/api';
import { useServices } from '../services/services_context';
import { useApiResource } from './use_api_resource';
import type { ApiResource } from './use_api_resource';

export function useReadiness(): ApiResource<ReadinessResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getReadiness(signal), [api]);
  return useApiResource(load);
}
