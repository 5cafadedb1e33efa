import { describe, expect, it } from 'vitest';
import { BRAND_FACT_KEYS, BRAND_FACT_VARIABLES, isBrandFact } from '@/lib/shared/templates/brand-facts';
import { TEMPLATE_VARIABLES, isTemplateVariable } from '@/lib/shared/templates/variables';

describe('template variables and brand facts: one list', () => {
  it('every brand fact is a template variable, once, after the context variables', () => {
    expect(TEMPLATE_VARIABLES.slice(-BRAND_FACT_VARIABLES.length)).toEqual(BRAND_FACT_VARIABLES);
    expect(new Set(TEMPLATE_VARIABLES).size).toBe(TEMPLATE_VARIABLES.length);
    for (const fact of BRAND_FACT_VARIABLES) expect(isTemplateVariable(fact)).toBe(true);
    expect(TEMPLATE_VARIABLES.filter(isBrandFact)).toEqual(BRAND_FACT_VARIABLES);
  });

  it('each fact has its own settings key', () => {
    expect(new Set(BRAND_FACT_KEYS).size).toBe(BRAND_FACT_VARIABLES.length);
    expect(BRAND_FACT_VARIABLES).toContain('opening_hours');
    expect(TEMPLATE_VARIABLES).toContain('first_name');
  });
});
