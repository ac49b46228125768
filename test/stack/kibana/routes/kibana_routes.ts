// The Detection Engine routes the emulated Kibana serves; the execution-results route comes in the newer
// (POST) or the released (GET) form, never both, so callers must feature-detect as with a real Kibana.
import type { EmulatorContext } from '../emulator_context';
import type { RouteDefinition } from '../http/route_definition';
import { bulkActionRoute } from './bulk_action';
import { createRuleRoute } from './create_rule';
import { deleteRuleRoute } from './delete_rule';
import { findRulesRoute } from './find_rules';
import { getConnectorsRoute } from './get_connectors';
import { getExecutionResultsRoute } from './get_execution_results';
import { patchRuleRoute } from './patch_rule';
import { prebuiltPerformInstallationRoute } from './prebuilt_perform_installation';
import { prebuiltReviewInstallationRoute } from './prebuilt_review_installation';
import { prebuiltStatusRoute } from './prebuilt_status';
import { readExecutionResultsRoute } from './read_execution_results';
import { readRuleRoute } from './read_rule';
import {
  createRuleExceptionsRoute,
  deleteExceptionItemRoute,
  findExceptionItemsRoute,
} from './rule_exceptions';
import { searchSignalsRoute } from './search_signals';
import { setSignalsStatusRoute } from './set_signals_status';

export type ExecutionResultsApi = 'post' | 'get';

const EXECUTION_RESULTS = '/internal/detection_engine/rules/{ruleId}/execution/results';

/** The execution-results form this Kibana does not serve: callers probing it get a plain 404. */
export function absentKibanaRoutes(executionResultsApi: ExecutionResultsApi) {
  return [{ method: executionResultsApi === 'post' ? 'GET' : 'POST', path: EXECUTION_RESULTS }];
}

export function kibanaRoutes(
  executionResultsApi: ExecutionResultsApi,
): RouteDefinition<EmulatorContext>[] {
  return [
    createRuleRoute,
    readRuleRoute,
    patchRuleRoute,
    deleteRuleRoute,
    findRulesRoute,
    bulkActionRoute,
    prebuiltStatusRoute,
    prebuiltReviewInstallationRoute,
    prebuiltPerformInstallationRoute,
    executionResultsApi === 'post' ? readExecutionResultsRoute : getExecutionResultsRoute,
    searchSignalsRoute,
    setSignalsStatusRoute,
    getConnectorsRoute,
    createRuleExceptionsRoute,
    findExceptionItemsRoute,
    deleteExceptionItemRoute,
  ];
}
