// Kibana's alert reason sentence (`buildReasonMessageUtil`), e.g.
// "event with source 10.0.0.1 by alice created medium alert AWS SSM Inventory Reconnaissance by Rare User."
import { flatten } from '../rules/flat_document';

export function reasonMessage(
  source: Record<string, unknown>,
  ruleName: string,
  severity: string,
): string {
  const doc = flatten(source);
  const value = (field: string): string | undefined => {
    const values = doc.get(field);
    if (!values || values.length === 0 || (values.length === 1 && values[0] === '-'))
      return undefined;
    return values.map(String).join(', ');
  };
  const category = value('event.category');
  const process = value('process.name');
  const parent = value('process.parent.name');
  const file = value('file.name');
  const sourceIp = value('source.ip');
  const sourcePort = value('source.port');
  const destinationIp = value('destination.ip');
  const destinationPort = value('destination.port');
  const user = value('user.name');
  const host = value('host.name');
  const interesting = [process, parent, file, sourceIp, sourcePort, destinationIp, destinationPort];

  let text = category ? `${category} event` : 'event';
  if (interesting.some(Boolean)) text += ' with';
  if (process) text += ` process ${process},`;
  if (parent) text += ` parent process ${parent},`;
  if (file) text += ` file ${file},`;
  if (sourceIp) text += ` source ${sourceIp}`;
  if (sourcePort) text += `:${sourcePort},`;
  if (destinationIp) text += ` destination ${destinationIp}`;
  if (destinationPort) text += `:${destinationPort},`;
  if (user) text += ` by ${user}`;
  if (host) text += ` on ${host}`;
  return `${text} created ${severity} alert ${ruleName}.`;
}
