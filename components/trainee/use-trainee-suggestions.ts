import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSettings } from '@/components/ui/use-settings';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { Category } from '@/lib/shared/model/categories';
import { buildTemplateVars } from '@/lib/shared/templates/build-vars';
import { rankTemplates } from '@/lib/shared/templates/rank';
import { renderTemplate } from '@/lib/shared/templates/render';
import type { Scenario } from '@/lib/shared/training/schema';
import { templatesQuery } from '@/lib/ui/queries/templates';

/**
 * The top 3 templates for the scenario, ranked as the panel ranks them but for the category the trainee
 * chose (a wrong category brings the wrong templates, as it would on a real page), filled in.
 */
export function useTraineeSuggestions(scenario: Scenario | undefined, chosen: Category | undefined, ui: UiLanguage) {
  const settings = useSettings();
  const templates = useQuery(templatesQuery());
  return useMemo(() => {
    if (!scenario || !chosen) return { suggestions: [], previews: [] };
    const item = { platform: scenario.platform, authorName: scenario.authorName, authorHandle: scenario.authorHandle };
    const register = scenario.register === 'tu' || scenario.register === 'lei' ? scenario.register : undefined;
    const suggestions = rankTemplates(
      templates.data ?? [],
      {
        category: chosen,
        topics: scenario.topics ?? [],
        language: scenario.language,
        register,
        urgent: { flag: scenario.urgent.length > 0, topics: scenario.urgent, matched: [], score: 1 },
      },
      item,
      {},
      { ...settings, uiLanguage: ui },
    );
    const vars = buildTemplateVars(item, settings);
    return { suggestions, previews: suggestions.map((s) => renderTemplate(s.variant.body, vars).text) };
  }, [scenario, chosen, templates.data, settings, ui]);
}
