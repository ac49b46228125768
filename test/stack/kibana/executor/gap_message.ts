// Kibana's message for time no run covered: "<humanized> (<ms>ms) were not queried …" (moment's humanize).
import moment from 'moment';

export function gapMessage(remainingGapMs: number): string {
  const gap = moment.duration(remainingGapMs);
  return `${gap.humanize()} (${remainingGapMs}ms) were not queried between this rule execution and the last execution, so signals may have been missed. Consider increasing your look behind time or adding more Kibana instances`;
}
