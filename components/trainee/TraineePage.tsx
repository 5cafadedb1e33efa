import { useEffect, useRef } from 'react';
import { useUiLanguage } from '@/components/ui/use-ui-language';
import { classificationDictionary } from '@/lib/shared/i18n/messages/classification';
import { traineeDictionary } from '@/lib/shared/i18n/messages/trainee';
import { createTranslator } from '@/lib/shared/i18n/translate';
import { CATEGORIES, type Category } from '@/lib/shared/model/categories';
import { AnswerStep } from './AnswerStep';
import { ClassifyStep } from './ClassifyStep';
import { ReportButtons } from './ReportButtons';
import { ResultView } from './ResultView';
import { ScenarioCard } from './ScenarioCard';
import { ScenarioFacts } from './ScenarioFacts';
import { useTrainee } from './use-trainee';
import { useTraineeSuggestions } from './use-trainee-suggestions';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Trainee mode: made-up comments to classify and answer, scored by the coach. Offline, no real customer. */
export function TraineePage() {
  const language = useUiLanguage();
  const t = createTranslator(traineeDictionary, language);
  const categoryName = createTranslator(classificationDictionary, language);
  const category = (c: Category) => categoryName(`cat_${c}`);
  const trainee = useTrainee();
  const { scenario, step } = trainee;
  const { suggestions, previews } = useTraineeSuggestions(scenario, trainee.category, language);
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const top = useRef<HTMLHeadingElement>(null);

  const pick = (index: number) => {
    const text = previews[index];
    if (text !== undefined && step === 'answer') trainee.setReply(text);
  };

  // Keys: 1-6 classify, Alt+1-3 pick a template, Ctrl+Enter check, N next. Never while typing, but Ctrl+Enter.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = isTyping(event.target);
      if (step === 'answer' && (event.ctrlKey || event.metaKey) && event.key === 'Enter') trainee.check();
      else if (step === 'answer' && event.altKey && /^Digit[1-3]$/.test(event.code))
        pick(Number(event.code.slice(5)) - 1);
      else if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
      else if (step === 'classify' && /^[1-6]$/.test(event.key)) trainee.classify(CATEGORIES[Number(event.key) - 1]!);
      else if (step === 'result' && event.key.toLowerCase() === 'n') trainee.next();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The focus follows the flow: the reply box after classifying, the verdict after checking, the top after next.
  useEffect(() => {
    if (step === 'answer') replyBox.current?.focus();
    if (step === 'result') document.getElementById('trainee-result')?.focus();
    if (step === 'classify') top.current?.focus();
  }, [step]);

  return (
    <div className="space-y-4" data-testid="trainee">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-2">
        <h2 ref={top} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {t('title')}
        </h2>
        <p className="text-sm text-slate-600" data-testid="trainee-position">
          {t('progressOf', { n: trainee.position, total: trainee.total })} · {t('offline')}
        </p>
        <div className="ml-auto">
          <ReportButtons
            language={language}
            labels={{
              markdown: t('exportMd'),
              csv: t('exportCsv'),
              done: t('exported'),
              error: (message) => t('saveError', { message }),
            }}
          />
        </div>
      </div>
      <p className="max-w-3xl text-sm text-slate-700">{t('intro')}</p>
      {scenario && (
        <div className="grid gap-6 lg:grid-cols-2" data-scenario={scenario.id}>
          <div className="min-w-0 space-y-4">
            <ScenarioCard
              scenario={scenario}
              labels={{
                card: t('cardLabel'),
                ago:
                  scenario.minutesAgo < 60
                    ? t('agoMinutes', { n: scenario.minutesAgo })
                    : t('agoHours', { n: Math.round(scenario.minutesAgo / 60) }),
              }}
            />
            <ClassifyStep
              chosen={trainee.category}
              disabled={step !== 'classify'}
              labels={{ heading: t('classify'), hint: t('classifyHint'), category }}
              onChoose={trainee.classify}
            />
            {step !== 'classify' && (
              <AnswerStep
                replyRef={replyBox}
                action={trainee.action}
                reply={trainee.reply}
                suggestions={suggestions}
                previews={previews}
                disabled={step === 'result'}
                labels={{
                  heading: t('reply'),
                  hint: t('replyHint'),
                  actionLabel: t('actionLabel'),
                  action: (a) => t(`action_${a}`),
                  suggested: t('suggested'),
                  none: t('noSuggestions'),
                  pick: (n, title) => t('pick', { n, title }),
                  draft: t('draft'),
                  check: t('check'),
                  checkHint: t('checkHint'),
                }}
                onAction={trainee.setAction}
                onReply={trainee.setReply}
                onPick={pick}
                onCheck={trainee.check}
              />
            )}
          </div>
          <div className="min-w-0 space-y-4">
            {step === 'result' && trainee.score && trainee.category ? (
              <>
                <ResultView
                  scenario={scenario}
                  score={trainee.score}
                  chosen={trainee.category}
                  action={trainee.action}
                  language={language}
                  t={t}
                  category={category}
                  onNext={trainee.next}
                />
                <ScenarioFacts scenario={scenario} language={language} t={t} />
                {trainee.saveError && (
                  <p role="alert" className="text-sm text-red-700">
                    {t('saveError', { message: trainee.saveError.message })}
                  </p>
                )}
              </>
            ) : (
              <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600">
                {t('waiting')}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
