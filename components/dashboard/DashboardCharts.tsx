import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CATEGORIES, type Category } from '@/lib/shared/model/categories';
import type { DashboardStats } from '@/lib/shared/stats/dashboard-stats';
import { ChartFrame } from './ChartFrame';
import type { DashboardT } from './use-dashboard-t';

const CATEGORY_COLORS: Record<Category, string> = {
  complaint: '#dc2626',
  praise: '#16a34a',
  question: '#2563eb',
  troll: '#9333ea',
  spam: '#64748b',
  other: '#d97706',
};
const PLATFORM_COLORS = { x: '#0f172a', facebook: '#1d4ed8' } as const;

const categoryLabel = (t: DashboardT, category: Category) => (category === 'spam' ? t('spamCategory') : t(category));

export function DashboardCharts({
  stats,
  t,
  templateTitles = {},
}: {
  stats: DashboardStats;
  t: DashboardT;
  /** Template id → title, so the chart speaks the user's words rather than ids. */
  templateTitles?: Record<string, string>;
}) {
  const perDay = stats.perDay.map((day) => ({ day: day.day.slice(5), ...day.byCategory }));
  const usedCategories = CATEGORIES.filter((category) => stats.perDay.some((day) => day.byCategory[category]));
  const distribution = stats.distribution.map((bucket) => ({
    label: t(bucket.bucket as Parameters<DashboardT>[0]),
    count: bucket.count,
  }));
  const platforms = stats.perPlatform.filter((platform) => platform.handled > 0);
  const templates = Object.entries(stats.templateUsage)
    .map(([templateId, count]) => ({ templateId, title: templateTitles[templateId] ?? templateId, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);
  const list = (entries: [string, number][]) => entries.map(([name, value]) => `${name} ${value}`).join(', ') || '0';

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFrame
        testId="chart-per-day"
        title={t('perDay')}
        summary={list(stats.perDay.map((day) => [day.day, day.total]))}
      >
        <ResponsiveContainer>
          <BarChart data={perDay} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} width={32} />
            <Tooltip />
            <Legend />
            {usedCategories.map((category) => (
              <Bar
                key={category}
                dataKey={category}
                name={categoryLabel(t, category)}
                stackId="day"
                fill={CATEGORY_COLORS[category]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        testId="chart-distribution"
        title={t('distribution')}
        summary={list(distribution.map((bucket) => [bucket.label, bucket.count]))}
      >
        <ResponsiveContainer>
          <BarChart data={distribution} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} width={32} />
            <Tooltip />
            <Bar dataKey="count" name={t('count')} fill="#2563eb" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        testId="chart-platforms"
        title={t('perPlatform')}
        summary={list(stats.perPlatform.map((platform) => [t(platform.platform), platform.handled]))}
      >
        <ResponsiveContainer>
          <PieChart accessibilityLayer={false}>
            <Pie
              data={platforms.map((platform) => ({
                name: t(platform.platform),
                value: platform.handled,
                platform: platform.platform,
              }))}
              dataKey="value"
              nameKey="name"
              // Decorative (the frame's text summary says it): out of the tab order.
              rootTabIndex={-1}
              // Room for the value labels outside the slices, above the legend.
              outerRadius="65%"
              label
              isAnimationActive={false}
            >
              {platforms.map((platform) => (
                <Cell key={platform.platform} fill={PLATFORM_COLORS[platform.platform]} />
              ))}
            </Pie>
            <Tooltip />
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        testId="chart-templates"
        title={t('templateUsage')}
        summary={templates.length === 0 ? t('noTemplates') : list(templates.map((entry) => [entry.title, entry.count]))}
      >
        <ResponsiveContainer>
          <BarChart data={templates} layout="vertical" accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} fontSize={11} />
            <YAxis type="category" dataKey="title" width={180} fontSize={11} />
            <Tooltip />
            <Bar dataKey="count" name={t('count')} fill="#0d9488" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
