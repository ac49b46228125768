// One exception entry in words ("user.name is AWSServiceRoleForAmazonSSM"), as the confirm modal and lists show it.
import type { ExceptionEntry } from '../../../common/api';

export function describeEntry(entry: ExceptionEntry): string {
  const is = entry.operator === 'included';
  switch (entry.type) {
    case 'exists':
      return `${entry.field} ${is ? 'exists' : 'does not exist'}`;
    case 'match_any':
      return `${entry.field} ${is ? 'is one of' : 'is not one of'} ${entry.value.join(', ')}`;
    case 'wildcard':
      return `${entry.field} ${is ? 'matches' : 'does not match'} ${entry.value}`;
    case 'match':
      return `${entry.field} ${is ? 'is' : 'is not'} ${entry.value}`;
  }
}
