import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Category } from '@/lib/shared/model/categories';
import { sendMessage } from '@/lib/shared/messaging/client';
import { attemptOf } from '@/lib/shared/training/attempt';
import { PRACTICE_SET } from '@/lib/shared/training/practice-set';
import type { PracticeAction, Scenario } from '@/lib/shared/training/schema';
import { scorePractice, type PracticeScore } from '@/lib/shared/training/score';
import { practiceAttemptsQuery } from '@/lib/ui/queries/practice';

export type TraineeStep = 'classify' | 'answer' | 'result';

/**
 * The order scenarios come in: Italian and English, X and Facebook, kinds mixed, so a session never runs
 * through eight complaints in a row. Stable, so a mentor and a trainee talk about the same "scenario 5".
 */
export const PRACTICE_ORDER: readonly Scenario[] = (() => {
  const it = PRACTICE_SET.filter((s) => s.language === 'it');
  const en = PRACTICE_SET.filter((s) => s.language === 'en');
  // Step through each half with a stride co-prime to its length, alternating the languages.
  const stride = (list: Scenario[], i: number) => list[(i * 5) % list.length]!;
  return it.flatMap((_, i) => [stride(it, i), stride(en, i)]);
})();

/** Picks the scenario named in the hash (#practice/it-01), else the one practised least, in the fixed order. */
function firstScenario(counts: Map<string, number>): number {
  const wanted = location.hash.split('/')[1];
  const named = PRACTICE_ORDER.findIndex((s) => s.id === wanted);
  if (named >= 0) return named;
  let best = 0;
  PRACTICE_ORDER.forEach((s, i) => {
    if ((counts.get(s.id) ?? 0) < (counts.get(PRACTICE_ORDER[best]!.id) ?? 0)) best = i;
  });
  return best;
}

/** The trainee's flow: classify, answer (reply, ignore, or hide/report), see the coach's score, next. */
export function useTrainee() {
  const queryClient = useQueryClient();
  const attempts = useQuery(practiceAttemptsQuery());
  const [index, setIndex] = useState<number | undefined>();
  const [step, setStep] = useState<TraineeStep>('classify');
  const [category, setCategory] = useState<Category | undefined>();
  const [action, setAction] = useState<PracticeAction>('reply');
  const [reply, setReply] = useState('');
  const [score, setScore] = useState<PracticeScore | undefined>();

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const attempt of attempts.data ?? []) map.set(attempt.scenarioId, (map.get(attempt.scenarioId) ?? 0) + 1);
    return map;
  }, [attempts.data]);
  // Wait for the stored answers before choosing where to start; a failed read starts at the beginning.
  const current = index ?? (attempts.isPending ? undefined : firstScenario(counts));
  const scenario = current === undefined ? undefined : PRACTICE_ORDER[current];

  const save = useMutation({
    mutationFn: async (input: Parameters<typeof sendMessage<'logPractice'>>[1]) => sendMessage('logPractice', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['practice'] }),
  });

  const classify = (chosen: Category) => {
    if (step !== 'classify') return;
    setCategory(chosen);
    setStep('answer');
  };
  const check = () => {
    if (!scenario || !category || step !== 'answer') return;
    if (action === 'reply' && !reply.trim()) return;
    const answer = { category, action, reply };
    const result = scorePractice(scenario, answer);
    // Pin the scenario: saving changes the counts the starting scenario was chosen from.
    setIndex(current);
    setScore(result);
    setStep('result');
    const { id: _id, at: _at, day: _day, ...input } = attemptOf(scenario, answer, result, 0, '', '-');
    save.mutate(input);
  };
  const next = () => {
    setIndex(((current ?? 0) + 1) % PRACTICE_ORDER.length);
    setStep('classify');
    setCategory(undefined);
    setAction('reply');
    setReply('');
    setScore(undefined);
    save.reset();
  };

  return {
    scenario,
    position: (current ?? 0) + 1,
    total: PRACTICE_ORDER.length,
    step,
    category,
    action,
    reply,
    score,
    saveError: save.error,
    setAction,
    setReply,
    classify,
    check,
    next,
  };
}

export type Trainee = ReturnType<typeof useTrainee>;
