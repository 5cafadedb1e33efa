import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSettings } from '@/components/ui/use-settings';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { Category } from '@/lib/shared/model/categories';
import { buildTemplateVars } from '@/lib/shared/templates/build-vars';
import { suggestReplies } from '@/lib/shared/templates/suggest';
import type { Scenario } from '@/lib/shared/training/schema';
import { templatesQuery } from '@/lib/ui/queries/templates';

/**
 * The top 3 templates for the scenario, suggested as the panel suggests them (suggestReplies) but for the
 * category the trainee chose (a wrong category brings the wrong templates, as it would on a real page).
 */
export function useTraineeSuggestions(scenario: Scenario | undefined, chosen: Category | undefined, ui: UiLanguage) {
  const settings = useSettings();
  const templates = useQuery(templatesQuery());
  return useMemo(() => {
    if (!scenario || !chosen) return { suggestions: [], previews: [] };
    const item = { platform: scenario.platform, authorName: scenario.authorName, authorHandle: scenario.authorHandle };
    const register = scenario.register === 'tu' || scenario.register === 'lei' ? scenario.register : undefined;
    const { suggestions, previews } = suggestReplies(
      templates.data ?? [],
      {
        category: chosen,
        topics: scenario.topics ?? [],
        language: scenario.language,
        register,
        urgent: { flag: scenario.urgent.length > 0, topics: scenario.urgent, matched: [], score: 1 },
      },
      item,
      buildTemplateVars(item, settings),
      {},
      { ...settings, uiLanguage: ui },
    );
    return { suggestions, previews };
  }, [scenario, chosen, templates.data, settings, ui]);
}
