import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Category } from '@/lib/shared/model/categories';
import { sendMessage } from '@/lib/shared/messaging/client';
import { attemptOf } from '@/lib/shared/training/attempt';
import { PRACTICE_ORDER } from '@/lib/shared/training/practice-order';
import type { PracticeAction } from '@/lib/shared/training/schema';
import { scorePractice, type PracticeScore } from '@/lib/shared/training/score';
import { practiceAttemptsQuery } from '@/lib/ui/queries/practice';

export type TraineeStep = 'classify' | 'answer' | 'result';

/** The position of the scenario the hash names (#practice/it-01), -1 when it names none. */
const namedScenario = () => PRACTICE_ORDER.findIndex((s) => s.id === location.hash.split('/')[1]);

/** Picks the scenario named in the hash, else the one practised least, in the fixed order. */
function firstScenario(counts: Map<string, number>): number {
  const named = namedScenario();
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
  const show = (position: number) => {
    setIndex(position);
    setStep('classify');
    setCategory(undefined);
    setAction('reply');
    setReply('');
    setScore(undefined);
    save.reset();
  };
  const next = () => show(((current ?? 0) + 1) % PRACTICE_ORDER.length);
  // A deep link followed with the page already open (#practice/en-17) shows that scenario too.
  const showRef = useRef(show);
  showRef.current = show;
  useEffect(() => {
    const onHash = () => {
      const named = namedScenario();
      if (named >= 0) showRef.current(named);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

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
