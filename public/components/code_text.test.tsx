import { EuiProvider } from '@elastic/eui';
import { render } from '@testing-library/react';
import { BacktickText } from './code_text';

function html(text: string): HTMLElement {
  return render(
    <EuiProvider colorMode="light">
      <p data-test-subj="out">
        <BacktickText text={text} />
      </p>
    </EuiProvider>,
  ).getByTestId('out');
}

describe('BacktickText', () => {
  it('shows backticked spans as code and the rest as text', () => {
    const out = html(
      '`logs-aws.cloudtrail-*` resolves to 1 target: `logs-aws.cloudtrail-default`.',
    );
    expect(Array.from(out.querySelectorAll('code')).map((code) => code.textContent)).toEqual([
      'logs-aws.cloudtrail-*',
      'logs-aws.cloudtrail-default',
    ]);
    expect(out).toHaveTextContent(
      'logs-aws.cloudtrail-* resolves to 1 target: logs-aws.cloudtrail-default.',
    );
  });

  it('never turns text into markup and leaves a lone backtick alone', () => {
    const out = html('<img src=x onerror=alert(1)> costs `$5` and a lone ` stays');
    expect(out.querySelector('img')).toBeNull();
    expect(out).toHaveTextContent('<img src=x onerror=alert(1)> costs $5 and a lone ` stays');
  });
});
