import type { Dictionary } from '../translate';

export const optionsDictionary: Dictionary<
  | 'navLabel'
  | 'dashboard'
  | 'followups'
  | 'practice'
  | 'templates'
  | 'settings'
  | 'ready'
  | 'loading'
  | 'backgroundError'
> = {
  en: {
    navLabel: 'Sections',
    dashboard: 'Dashboard',
    followups: 'Follow-ups',
    practice: 'Practice',
    templates: 'Templates',
    settings: 'Settings',
    ready: 'CareSide {version} · everything stays on this device',
    loading: 'Connecting to CareSide…',
    backgroundError: 'CareSide’s background is not answering: reload the extension.',
  },
  it: {
    navLabel: 'Sezioni',
    dashboard: 'Statistiche',
    followups: 'Da riprendere',
    practice: 'Allenamento',
    templates: 'Modelli di risposta',
    settings: 'Impostazioni',
    ready: 'CareSide {version} · tutto resta su questo dispositivo',
    loading: 'Connessione a CareSide…',
    backgroundError: 'Il background di CareSide non risponde: ricarica l’estensione.',
  },
};
