import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { rowMarks, type RowMarks } from '@/lib/shared/followups/history';
import type { TrackedItem } from '@/lib/shared/model/queue';
import type { Platform } from '@/lib/shared/model/social-item';
import { authorHistoryQuery } from '@/lib/ui/queries/followups';

/** "Returning customer" and "3rd complaint this month" for the rows on screen, from the log by author. */
export function useRowMarks(platform: Platform, shown: TrackedItem[], now: number): ReadonlyMap<string, RowMarks> {
  const handles = useMemo(
    () => [...new Set(shown.map((tracked) => tracked.item.authorHandle).filter(Boolean))].slice(0, 100),
    [shown],
  );
  const history = useQuery({ ...authorHistoryQuery(platform, handles), enabled: handles.length > 0 });
  return useMemo(() => {
    const marks = new Map<string, RowMarks>();
    if (!history.data) return marks;
    for (const { item, classification } of shown) {
      const rows = history.data[item.authorHandle] ?? [];
      const mark = rowMarks({ id: item.id, category: classification.category, createdAt: item.createdAt }, rows, now);
      if (mark.returning || mark.complaintsThisMonth > 1) marks.set(item.id, mark);
    }
    return marks;
  }, [history.data, shown, now]);
}
