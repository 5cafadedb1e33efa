import type { Dictionary } from '../translate';

type ShortcutKey = 'kbJK' | 'kb13' | 'kbI' | 'kbC' | 'kbH' | 'kbE' | 'kbHelp' | 'kbEsc' | 'kbToggle' | 'shortcutsTitle';

/** The "?" overlay: every panel shortcut, in the UI language. */
export const shortcutsDictionary: Dictionary<ShortcutKey> = {
  en: {
    kbJK: 'next / previous comment',
    kb13: 'use suggested reply 1-3',
    kbI: 'insert into the site’s reply box',
    kbC: 'copy the reply',
    kbH: 'mark handled',
    kbE: 'escalate',
    kbHelp: 'show this help',
    kbEsc: 'back to the page',
    kbToggle: 'open/close the panel (browser shortcut)',
    shortcutsTitle: 'Keyboard shortcuts',
  },
  it: {
    kbJK: 'commento successivo / precedente',
    kb13: 'usa la risposta suggerita 1-3',
    kbI: 'inserisci nella casella del sito',
    kbC: 'copia la risposta',
    kbH: 'segna come gestito',
    kbE: 'inoltra a un reparto',
    kbHelp: 'mostra questo aiuto',
    kbEsc: 'torna alla pagina',
    kbToggle: 'apri/chiudi il pannello (scorciatoia del browser)',
    shortcutsTitle: 'Scorciatoie da tastiera',
  },
};
