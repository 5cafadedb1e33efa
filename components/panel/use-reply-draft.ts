import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { TrackedItem } from '@/lib/shared/model/queue';
import { coachDraft, type Finding } from '@/lib/shared/coach';
import type { Settings } from '@/lib/shared/settings';
import { templatesQuery, templateUsageQuery } from '@/lib/ui/queries/templates';
import { buildTemplateVars } from '@/lib/shared/templates/build-vars';
import { rankTemplates, type RankedTemplate } from '@/lib/shared/templates/rank';
import { renderTemplate } from '@/lib/shared/templates/render';
import { parseVariables } from '@/lib/shared/templates/variables';

export interface ReplyDraft {
  suggestions: RankedTemplate[];
  /** The suggestion bodies already filled in with the customer's name etc. */
  previews: string[];
  templateId: string | undefined;
  draft: string;
  setDraft: (text: string) => void;
  pick: (index: number) => void;
  /** Required variables still written as {name} in the draft: insertion waits for them. */
  missing: string[];
  fillVariable: (name: string, value: string) => void;
  findings: Finding[];
  loading: boolean;
}

/** Suggestions, the editable draft and the coach's findings for one selected item. */
export function useReplyDraft(tracked: TrackedItem, settings: Settings): ReplyDraft {
  const templates = useQuery(templatesQuery());
  const usage = useQuery(templateUsageQuery());
  const [draft, setDraft] = useState('');
  const [templateId, setTemplateId] = useState<string>();
  const vars = useMemo(() => buildTemplateVars(tracked.item, settings), [tracked.item, settings]);

  const suggestions = useMemo(
    () => rankTemplates(templates.data ?? [], tracked.classification, tracked.item, usage.data?.usage ?? {}, settings),
    [templates.data, usage.data, tracked.classification, tracked.item, settings],
  );
  const previews = useMemo(
    () => suggestions.map((s) => renderTemplate(s.variant.body, vars).text),
    [suggestions, vars],
  );

  const missing = useMemo(
    () => [
      ...new Set(
        parseVariables(draft)
          .filter((token) => token.fallback === undefined)
          .map((token) => token.name),
      ),
    ],
    [draft],
  );
  const findings = useMemo(
    () =>
      coachDraft({
        draft,
        item: tracked.item,
        classification: tracked.classification,
        platform: tracked.item.platform,
        settings,
      }),
    [draft, tracked.item, tracked.classification, settings],
  );

  return {
    suggestions,
    previews,
    templateId,
    draft,
    setDraft,
    pick(index) {
      const suggestion = suggestions[index];
      if (!suggestion) return;
      setTemplateId(suggestion.template.id);
      setDraft(previews[index]!);
    },
    missing,
    fillVariable(name, value) {
      if (!value.trim()) return;
      setDraft((current) => current.split(`{${name}}`).join(value.trim()));
    },
    findings,
    loading: templates.isPending,
  };
}
