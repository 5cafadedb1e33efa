import { useMutation, useQueryClient } from '@tanstack/react-query';
import { downloadText } from '@/components/dashboard/format';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import { localDay } from '@/lib/shared/stats/day';
import { practiceAttemptsCsv, practiceReportMarkdown } from '@/lib/shared/training/report';
import { practiceAttemptsQuery } from '@/lib/ui/queries/practice';

interface Props {
  language: UiLanguage;
  labels: { markdown: string; csv: string; done: string; error: (message: string) => string };
}

const button =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50';

/** The mentor's export: a readable report and the raw attempts, built here and saved as downloads. */
export function ReportButtons({ language, labels }: Props) {
  const queryClient = useQueryClient();
  const download = useMutation({
    mutationFn: async (format: 'md' | 'csv') => {
      const attempts = await queryClient.fetchQuery(practiceAttemptsQuery());
      const stamp = localDay(Date.now());
      if (format === 'md')
        downloadText(
          practiceReportMarkdown(attempts, language, Date.now()),
          `careside-practice-${stamp}.md`,
          'text/markdown',
        );
      else downloadText(practiceAttemptsCsv(attempts), `careside-practice-${stamp}.csv`, 'text/csv');
    },
  });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={button} disabled={download.isPending} onClick={() => download.mutate('md')}>
        {labels.markdown}
      </button>
      <button type="button" className={button} disabled={download.isPending} onClick={() => download.mutate('csv')}>
        {labels.csv}
      </button>
      <p role="status" className="text-xs text-slate-600">
        {download.isSuccess ? labels.done : download.isError ? labels.error(download.error.message) : ''}
      </p>
    </div>
  );
}
