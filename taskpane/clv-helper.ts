import { clv } from '../src/finance';
import { isError } from '../src/finance/errors';
import { h, replaceChildren, uid } from './dom';
import { parseNumber } from './draft';

/**
 * For a churn line: value each year's retained customers over their lifetime instead of one year.
 * CLV = margin × retention / (1 + discount rate − retention), computed by the core; "Use" copies it into the line.
 */
export function clvHelper(discountRatePercent: string, use: (value: string) => void): HTMLElement {
  const inputs = {
    margin: { label: 'Annual margin per customer', value: '' },
    retention: { label: 'Retention per year (%)', value: '85' },
    discount: { label: 'Discount rate per year (%)', value: discountRatePercent },
  };
  const result = h('p', { class: 'help', 'aria-live': 'polite', 'data-testid': 'clv-result' });
  const button = h('button', { type: 'button', class: 'secondary', disabled: true }, 'Use CLV as the value per customer');
  let current: number | undefined;

  const update = () => {
    const margin = parseNumber(inputs.margin.value, inputs.margin.label);
    const retention = parseNumber(inputs.retention.value, inputs.retention.label);
    const discount = parseNumber(inputs.discount.value, inputs.discount.label);
    const problem = [margin, retention, discount].find((x): x is string => typeof x === 'string');
    const value = problem ? undefined : clv(margin as number, (retention as number) / 100, (discount as number) / 100);
    current = value === undefined || isError(value) ? undefined : Math.round(value * 100) / 100;
    replaceChildren(result, problem ?? (isError(value) ? value.message : `CLV per retained customer: ${current!.toLocaleString('en-US')}`));
    result.classList.toggle('field-error', current === undefined);
    button.disabled = current === undefined;
  };
  button.addEventListener('click', () => current !== undefined && use(String(current)));

  const fields = Object.values(inputs).map((spec) => {
    const id = uid('clv');
    const input = h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', value: spec.value });
    input.addEventListener('input', () => {
      spec.value = input.value;
      update();
    });
    return h('div', { class: 'field' }, h('label', { for: id }, spec.label), input);
  });
  update();
  return h('details', { class: 'clv' },
    h('summary', {}, 'Value customers over their lifetime (CLV)'),
    h('p', { class: 'help' }, 'Each year’s retained customers are then worth their lifetime margin, discounted, not one year of it.'),
    ...fields, result, button);
}
