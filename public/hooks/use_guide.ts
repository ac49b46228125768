// The investigation guide: the deployed rule's note, else the bundled one (GET guide).
import { useCallback } from 'react';
import type { GuideResponse } from '../../common/api';
import { useServices } from '../services/services_context';
import { useApiResource } from './use_api_resource';
import type { ApiResource } from './use_api_resource';

export function useGuide(): ApiResource<GuideResponse> {
  const { api } = useServices();
  const load = useCallback((signal: AbortSignal) => api.getGuide(signal), [api]);
  return useApiResource(load);
}
