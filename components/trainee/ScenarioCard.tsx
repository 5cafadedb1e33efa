import type { Scenario } from '@/lib/shared/training/schema';

interface Props {
  scenario: Scenario;
  labels: { card: string; ago: string };
}

/** The site's own words under a comment, in the language the replica page is in. */
const FACEBOOK_ACTIONS = { en: { like: 'Like', reply: 'Reply' }, it: { like: 'Mi piace', reply: 'Rispondi' } };

const initials = (name: string) =>
  name
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('') || '?';

/** An X post: name, handle and age on one line, the text, the action icons. */
function XBody({ scenario, ago }: { scenario: Scenario; ago: string }) {
  return (
    <div className="min-w-0">
      <p className="text-[15px]">
        <span className="font-bold text-slate-900">{scenario.authorName}</span>{' '}
        <span className="text-slate-600">
          @{scenario.authorHandle} · {ago}
        </span>
      </p>
      <p className="mt-0.5 whitespace-pre-wrap text-[15px] leading-snug text-slate-900">{scenario.text}</p>
      <p aria-hidden="true" className="mt-2 flex gap-10 text-[13px] text-slate-500">
        <span>💬</span>
        <span>🔁</span>
        <span>♡</span>
      </p>
    </div>
  );
}

/** A Facebook comment: name and text in a grey bubble, age and actions under it. */
function FacebookBody({ scenario, ago }: { scenario: Scenario; ago: string }) {
  return (
    <div className="min-w-0">
      <div className="rounded-2xl bg-slate-100 px-3 py-2">
        <p className="text-[13px] font-semibold text-slate-900">{scenario.authorName}</p>
        <p className="whitespace-pre-wrap text-[15px] leading-snug text-slate-900">{scenario.text}</p>
      </div>
      <p aria-hidden="true" className="mt-1 flex gap-3 px-3 text-[12px] font-semibold text-slate-600">
        <span>{ago}</span>
        <span>{FACEBOOK_ACTIONS[scenario.language].like}</span>
        <span>{FACEBOOK_ACTIONS[scenario.language].reply}</span>
      </p>
    </div>
  );
}

/** The practice comment drawn like the site it comes from: an X post or a Facebook comment bubble. Text only. */
export function ScenarioCard({ scenario, labels }: Props) {
  const Body = scenario.platform === 'x' ? XBody : FacebookBody;
  return (
    <article
      aria-label={labels.card}
      data-testid="trainee-card"
      data-platform={scenario.platform}
      className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <span
        aria-hidden="true"
        className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-slate-300 text-sm font-semibold text-slate-700"
      >
        {initials(scenario.authorName)}
      </span>
      <Body scenario={scenario} ago={labels.ago} />
    </article>
  );
}
