import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { TrackedItem } from '@/lib/shared/model/queue';
import { coachDraft, type Finding } from '@/lib/shared/coach';
import type { Settings } from '@/lib/shared/settings';
import { templatesQuery, templateUsageQuery } from '@/lib/ui/queries/templates';
import type { BrandFactVariable } from '@/lib/shared/templates/brand-facts';
import { buildTemplateVars, nameSuggestionOf } from '@/lib/shared/templates/build-vars';
import type { RankedTemplate } from '@/lib/shared/templates/rank';
import { suggestReplies } from '@/lib/shared/templates/suggest';
import { parseVariables } from '@/lib/shared/templates/variables';
import { withoutVariable } from '@/lib/shared/templates/without-name';
import { cleanReplyValue } from '@/lib/shared/templates/person-name';

export interface ReplyDraft {
  suggestions: RankedTemplate[];
  /** The suggestion bodies already filled in with the customer's name etc. */
  previews: string[];
  /** Per suggestion, the brand facts it states that settings leave unset: it can't be picked until they're set. */
  unset: BrandFactVariable[][];
  templateId: string | undefined;
  draft: string;
  setDraft: (text: string) => void;
  pick: (index: number) => void;
  /** Required variables still written as {name} in the draft: insertion waits for them. */
  missing: string[];
  fillVariable: (name: string, value: string) => void;
  /** When the first name can't be told: what to offer the user to confirm (never inserted unasked). */
  nameSuggestion: string | undefined;
  /** Drops a name variable from the draft: the reply greets without a name. */
  greetWithoutName: (name: string) => void;
  findings: Finding[];
  loading: boolean;
}

/** Suggestions, the editable draft and the coach's findings for one selected item. */
export function useReplyDraft(tracked: TrackedItem, settings: Settings): ReplyDraft {
  const templates = useQuery(templatesQuery());
  const usage = useQuery(templateUsageQuery());
  const [draft, setDraft] = useState('');
  const [templateId, setTemplateId] = useState<string>();
  // The text of a shipped template as it went into the draft: the coach tells its promises from the user's.
  const [templateText, setTemplateText] = useState<string>();
  const vars = useMemo(() => buildTemplateVars(tracked.item, settings), [tracked.item, settings]);

  const { suggestions, previews, unset } = useMemo(
    () =>
      suggestReplies(
        templates.data ?? [],
        tracked.classification,
        tracked.item,
        vars,
        usage.data?.usage ?? {},
        settings,
      ),
    [templates.data, usage.data, tracked.classification, tracked.item, settings, vars],
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
        origin: { templateText, facts: Object.values(settings.brand.facts).filter((fact) => fact.trim()) },
      }),
    [draft, tracked.item, tracked.classification, settings, templateText],
  );

  return {
    suggestions,
    previews,
    unset,
    templateId,
    draft,
    setDraft,
    pick(index) {
      const suggestion = suggestions[index];
      if (!suggestion || unset[index]!.length > 0) return;
      setTemplateId(suggestion.template.id);
      // Any template, shipped, imported or saved: its promises are not the user's own typing.
      setTemplateText(previews[index]);
      setDraft(previews[index]!);
    },
    missing,
    fillVariable(name, value) {
      if (!value.trim()) return;
      setDraft((current) => current.split(`{${name}}`).join(cleanReplyValue(value)));
    },
    nameSuggestion: nameSuggestionOf(tracked.item.authorName),
    greetWithoutName(name) {
      setDraft((current) => withoutVariable(current, name));
    },
    findings,
    loading: templates.isPending,
  };
}
