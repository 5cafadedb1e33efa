import type { TraineeKey } from '@/lib/shared/i18n/messages/trainee';

/** The trainee dictionary's translator, as passed to the trainee components. */
export type TraineeT = (key: TraineeKey, values?: Record<string, string | number>) => string;
