// Public surface of the finance primitives. Every function returns a number or a FinanceError; never NaN/Infinity.
export * from './errors';
export { roi, benefitCostRatio, clv, uplift, periodRoi, impliedPayback } from './ratios';
export { npv, npvFromT0, xnpv } from './npv';
export { irr, xirr } from './irr';
export { mirr } from './mirr';
export { paybackPeriod, breakEvenPeriod, SHORTFALL_PLACES, type PaybackOptions } from './payback';
export { sumMoney, roundMoney } from './money';
