/**
 * Brand facts: what a reply may state about the brand (opening hours, delivery times, return window...). They
 * come only from the brand's settings, never from a template's text; a template that needs a fact the brand
 * has not set is shown disabled with "Set … in Settings" instead of inventing one.
 */
import type { BrandFacts } from '../settings/schema';
import {
  BRAND_FACT_VARIABLES,
  BRAND_FACTS,
  parseVariables,
  type BrandFactVariable,
  type TemplateVars,
} from './variables';

// The map lives with the other template variables (one list); these are its settings-side views.
export { BRAND_FACT_VARIABLES, BRAND_FACTS, type BrandFactVariable };

/** The settings' facts, typed from their schema (settings/schema.ts builds it from BRAND_FACT_KEYS). */
export type { BrandFacts };

export type BrandFactKey = (typeof BRAND_FACTS)[BrandFactVariable];

export const BRAND_FACT_KEYS = Object.values(BRAND_FACTS) as BrandFactKey[];

export function isBrandFact(name: string): name is BrandFactVariable {
  return Object.hasOwn(BRAND_FACTS, name);
}

/** The facts a template body states (without a fallback) that have no value: it can't be used until they're set. */
export function unsetFacts(body: string, vars: TemplateVars): BrandFactVariable[] {
  const needed = parseVariables(body).filter((token) => token.fallback === undefined && isBrandFact(token.name));
  return [...new Set(needed.map((token) => token.name as BrandFactVariable))].filter((name) => !vars[name]?.trim());
}

/** Template variables from the brand's facts (empty ones left out). */
export function factVars(facts: Partial<BrandFacts> | undefined): TemplateVars {
  const vars: TemplateVars = {};
  for (const variable of BRAND_FACT_VARIABLES) {
    const value = facts?.[BRAND_FACTS[variable]]?.trim();
    if (value) vars[variable] = value;
  }
  return vars;
}
