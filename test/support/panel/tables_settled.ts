// Waits until every EUI table on the page has announced its caption: EuiBasicTable renders its screen-reader
// caption 500 ms after the table's last render, so a check that runs before then races that late update.
import { waitFor } from '@testing-library/react';

export async function tablesSettled(container: ParentNode = document): Promise<void> {
  await waitFor(() => {
    for (const caption of container.querySelectorAll('caption.euiTableCaption')) {
      expect(caption.querySelector('p')).not.toBeNull();
    }
  });
}
