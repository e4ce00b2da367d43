// Every custom function's parameters, by id, in catalog order: the shape each language's help must fill, so a
// table without a function or a parameter does not compile. tests/functions/help.test.ts keeps it equal to the catalog.
export const HELP_SHAPE = {
  ROI: ['benefit', 'cost'],
  PAYBACK: ['cost', 'benefits', 'rate_per_period'],
  BCR: ['benefit', 'cost'],
  CLV: ['margin', 'retention', 'discount_rate'],
  UPLIFT: ['before', 'after'],
  PERIODROI: ['benefits', 'costs', 'system_cost'],
  IMPLIEDPAYBACK: ['period_roi'],
  REALISEDPAYBACK: ['net_flows', 'rate_per_period'],
  SUMMARY: ['costs', 'benefits', 'annual_rate', 'initial_cost', 'initial_benefit'],
} as const;

type Shape = typeof HELP_SHAPE;

/** A language's description of every function and of each of its parameters (names stay as they are). */
export type FunctionHelp = { readonly [Id in keyof Shape]: { readonly description: string; readonly params: { readonly [P in Shape[Id][number]]: string } } };
