/**
 * Template variables. A body may contain `{name}` or `{name|fallback}`; a variable without a fallback is
 * required: if its value is empty the reply cannot be inserted until the user fills it.
 */
/**
 * Brand facts: the template variable of each fact and its key in settings.brand.facts. Their values come from
 * the brand's settings only (brand-facts.ts); this map is the one list of them, TEMPLATE_VARIABLES includes it.
 */
export const BRAND_FACTS = {
  opening_hours: 'openingHours',
  shipping_times: 'shippingTimes',
  shipping_abroad: 'shippingAbroad',
  order_cutoff: 'orderCutoff',
  return_window: 'returnWindow',
  refund_time: 'refundTime',
  follow_up_time: 'followUpTime',
} as const;
export type BrandFactVariable = keyof typeof BRAND_FACTS;
export const BRAND_FACT_VARIABLES = Object.keys(BRAND_FACTS) as BrandFactVariable[];

/** Variables filled from the item, the brand's names and the agent. */
const CONTEXT_VARIABLES = [
  'name',
  'first_name',
  'handle',
  'brand',
  'agent',
  'channel_link',
  'order',
  'department',
] as const;

/** Every variable a body may use: the context's, then the brand facts (derived from BRAND_FACTS, never listed twice). */
export const TEMPLATE_VARIABLES = [...CONTEXT_VARIABLES, ...BRAND_FACT_VARIABLES] as readonly (
  (typeof CONTEXT_VARIABLES)[number] | BrandFactVariable
)[];
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateVars = Partial<Record<TemplateVariable, string>>;

/** One `{...}` occurrence in a body. */
export interface VariableToken {
  name: string;
  fallback?: string;
  /** Offsets of the whole `{...}` in the body. */
  start: number;
  end: number;
}

// Names are lower-case words; fallbacks are anything but braces.
const TOKEN = /\{([a-zA-Z_][a-zA-Z0-9_]*)(?:\|([^{}]*))?\}/g;

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

export function parseVariables(body: string): VariableToken[] {
  const tokens: VariableToken[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const [whole, name, fallback] = match;
    tokens.push({ name: name!, fallback, start: match.index, end: match.index + whole.length });
  }
  return tokens;
}

/** Variable names in a body that CareSide does not know (a typo such as `{nome}`), deduplicated. */
export function unknownVariables(body: string): string[] {
  return [
    ...new Set(
      parseVariables(body)
        .map((t) => t.name)
        .filter((n) => !isTemplateVariable(n)),
    ),
  ];
}

/** Variables without a fallback, which must have a value before insertion. */
export function requiredVariables(body: string): TemplateVariable[] {
  const names = parseVariables(body)
    .filter((t) => t.fallback === undefined)
    .map((t) => t.name)
    .filter(isTemplateVariable);
  return [...new Set(names)];
}
