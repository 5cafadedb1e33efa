import { useState } from 'react';

type Translate = (
  key: 'saveSnapshot' | 'snapshotSaved' | 'snapshotFailed' | 'snapshotNoAnswer',
  values?: Record<string, string>,
) => string;

export interface SnapshotAction {
  label: string;
  /** What happened the last time: saved (and where), or why not. */
  note?: string;
  save: () => void;
}

/** The panel's "save an anonymised snapshot" action and the line that says what happened. */
export function useSnapshotAction(saveSnapshot: () => Promise<string>, t: Translate): SnapshotAction {
  const [note, setNote] = useState<string>();
  const save = () => {
    saveSnapshot().then(
      (file) => setNote(file ? t('snapshotSaved', { file }) : t('snapshotFailed', { reason: t('snapshotNoAnswer') })),
      (error: unknown) =>
        setNote(t('snapshotFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  return { label: t('saveSnapshot'), note, save };
}
