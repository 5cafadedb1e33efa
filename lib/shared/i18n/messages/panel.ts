import type { Dictionary } from '../translate';
import { brandFactsDictionary, type BrandFactsKey } from './brand-facts';
import { classificationDictionary, type ClassificationKey } from './classification';
import { satisfactionDictionary, type SatisfactionKey } from './satisfaction';

type PanelKey =
  | ClassificationKey
  | BrandFactsKey
  | SatisfactionKey
  | 'panelLabel'
  | 'counts'
  | 'collapse'
  | 'expand'
  | 'tabLabel'
  | 'help'
  | 'openSettings'
  | 'moveSide'
  | 'tabUrgent'
  | 'tabOpen'
  | 'tabDone'
  | 'queueLabel'
  | 'emptyOpen'
  | 'emptyUrgent'
  | 'emptyDone'
  | 'unreadable'
  | 'trollNote'
  | 'urgentLabel'
  | 'why'
  | 'guidance'
  | 'expects'
  | 'doThis'
  | 'avoid'
  | 'suggested'
  | 'noTemplates'
  | 'draftLabel'
  | 'draftPlaceholder'
  | 'xLength'
  | 'xLengthOver'
  | 'insert'
  | 'copy'
  | 'handled'
  | 'escalate'
  | 'inserted'
  | 'insertFailed'
  | 'copied'
  | 'outcomeLabel'
  | 'resolved'
  | 'note'
  | 'confirmHandled'
  | 'cancel'
  | 'negativeHideWarning'
  | 'department'
  | 'promised'
  | 'handoffNote'
  | 'copyNote'
  | 'sendEmail'
  | 'confirmEscalate'
  | 'logged'
  | 'logFailed'
  | 'missingVars'
  | 'close'
  | 'selectHint'
  | 'loading'
  | 'backgroundDown'
  | 'openOnSite'
  | 'coachLabel'
  | 'monitored'
  | 'sla'
  | 'pickTemplate'
  | 'moreItems'
  | 'unreadableOne'
  | 'monitoredCount'
  | 'isReply'
  | 'approximate'
  | 'saveSnapshot'
  | 'snapshotSaved'
  | 'snapshotFailed'
  | 'snapshotNoAnswer';

export const panelDictionary: Dictionary<PanelKey> = {
  en: {
    ...classificationDictionary.en,
    ...brandFactsDictionary.en,
    ...satisfactionDictionary.en,
    panelLabel: 'CareSide panel',
    counts: '{urgent} urgent · {open} open',
    collapse: 'Collapse CareSide',
    expand: 'Open CareSide ({urgent} urgent)',
    tabLabel: 'Queue',
    help: 'Keyboard shortcuts',
    openSettings: 'Open CareSide settings',
    moveSide: 'Dock on the other side',
    tabUrgent: 'Urgent',
    tabOpen: 'Open',
    tabDone: 'Done',
    queueLabel: 'Comments to handle',
    emptyOpen: 'No comments visible — open a post or your notifications.',
    emptyUrgent: 'Nothing urgent on this page.',
    emptyDone: 'Nothing handled in this session yet.',
    unreadable: '{count} items could not be read on this page.',
    unreadableOne: '1 item could not be read on this page.',
    trollNote: 'troll — don’t feed',
    urgentLabel: 'urgent',
    why: 'Why',
    guidance: 'Guidance',
    expects: 'The customer expects',
    doThis: 'A good reply',
    avoid: 'Avoid',
    suggested: 'Suggested replies',
    noTemplates: 'No template fits: write your own reply.',
    draftLabel: 'Your reply (you press Send on the site)',
    draftPlaceholder: 'Pick a template (1-3) or write…',
    xLength: '{count}/{limit}',
    xLengthOver: '{count}/{limit} — too long for X',
    insert: 'Insert',
    copy: 'Copy',
    handled: 'Handled',
    escalate: 'Escalate',
    inserted: 'Inserted in the reply box — check it and press Send on the site.',
    insertFailed: 'Couldn’t insert: {reason}',
    copied: 'Copied to the clipboard.',
    outcomeLabel: 'Outcome',
    resolved: 'Problem resolved',
    note: 'Note (optional)',
    confirmHandled: 'Mark handled',
    cancel: 'Cancel',
    negativeHideWarning:
      'This looks like a negative comment, not spam. Never hide or delete criticism: it reads as guilt. Choose another outcome unless it really is spam.',
    department: 'Department',
    promised: 'What you told the customer',
    handoffNote: 'Hand-off note',
    copyNote: 'Copy note',
    sendEmail: 'Email it',
    confirmEscalate: 'Log escalation',
    logged: 'Logged.',
    logFailed: 'Couldn’t log it: {reason}',
    missingVars: 'Fill in: {names}',
    close: 'Close',
    selectHint: 'Select a comment (J/K) to see why it was flagged and a reply.',
    loading: 'Loading…',
    backgroundDown: 'CareSide’s background is not answering: reload the page.',
    openOnSite: 'Show on page',
    coachLabel: 'Coach',
    monitored: 'keyword: {words}',
    sla: 'SLA {status}',
    pickTemplate: 'Use template {n}: {title}',
    approximate: 'approx.',
    moreItems: '+{count} more below: handle the ones above first.',
    monitoredCount: '{count} watched',
    isReply: '↳ reply in a thread',
    saveSnapshot: 'Save an anonymised snapshot of this page (for a bug report)',
    snapshotSaved: 'Saved {file} to your downloads: anonymised, nothing was sent. Attach it to a bug report.',
    snapshotFailed: 'Couldn’t save the snapshot: {reason}',
    snapshotNoAnswer: 'the page did not answer',
  },
  it: {
    ...classificationDictionary.it,
    ...brandFactsDictionary.it,
    ...satisfactionDictionary.it,
    panelLabel: 'Pannello CareSide',
    counts: '{urgent} urgenti · {open} aperti',
    collapse: 'Chiudi CareSide',
    expand: 'Apri CareSide ({urgent} urgenti)',
    tabLabel: 'Coda',
    help: 'Scorciatoie da tastiera',
    openSettings: 'Apri le impostazioni di CareSide',
    moveSide: 'Sposta sull’altro lato',
    tabUrgent: 'Urgenti',
    tabOpen: 'Aperti',
    tabDone: 'Fatti',
    queueLabel: 'Commenti da gestire',
    emptyOpen: 'Nessun commento visibile — apri un post o le notifiche.',
    emptyUrgent: 'Niente di urgente in questa pagina.',
    emptyDone: 'Ancora nulla di gestito in questa sessione.',
    unreadable: '{count} elementi non leggibili in questa pagina.',
    unreadableOne: '1 elemento non leggibile in questa pagina.',
    trollNote: 'troll — non alimentarlo',
    urgentLabel: 'urgente',
    why: 'Perché',
    guidance: 'Come rispondere',
    expects: 'Il cliente si aspetta',
    doThis: 'Una buona risposta',
    avoid: 'Evita',
    suggested: 'Risposte suggerite',
    noTemplates: 'Nessun modello adatto: scrivi tu la risposta.',
    draftLabel: 'La tua risposta (Invia lo premi tu sul sito)',
    draftPlaceholder: 'Scegli un modello (1-3) o scrivi…',
    xLength: '{count}/{limit}',
    xLengthOver: '{count}/{limit} — troppo lungo per X',
    insert: 'Inserisci',
    copy: 'Copia',
    handled: 'Gestito',
    escalate: 'Inoltra',
    inserted: 'Inserito nella casella di risposta — controlla e premi Invia sul sito.',
    insertFailed: 'Inserimento non riuscito: {reason}',
    copied: 'Copiato negli appunti.',
    outcomeLabel: 'Esito',
    resolved: 'Problema risolto',
    note: 'Nota (facoltativa)',
    confirmHandled: 'Segna come gestito',
    cancel: 'Annulla',
    negativeHideWarning:
      'Sembra un commento negativo, non spam. Non nascondere né cancellare mai le critiche: sembra un’ammissione di colpa. Scegli un altro esito, a meno che sia davvero spam.',
    department: 'Reparto',
    promised: 'Cosa hai detto al cliente',
    handoffNote: 'Nota di passaggio',
    copyNote: 'Copia la nota',
    sendEmail: 'Invia per email',
    confirmEscalate: 'Registra l’inoltro',
    logged: 'Registrato.',
    logFailed: 'Registrazione non riuscita: {reason}',
    missingVars: 'Da compilare: {names}',
    close: 'Chiudi',
    selectHint: 'Seleziona un commento (J/K) per vedere perché è segnalato e una risposta.',
    loading: 'Caricamento…',
    backgroundDown: 'Il background di CareSide non risponde: ricarica la pagina.',
    openOnSite: 'Mostra nella pagina',
    coachLabel: 'Coach',
    monitored: 'parola chiave: {words}',
    sla: 'SLA {status}',
    pickTemplate: 'Usa il modello {n}: {title}',
    approximate: 'circa',
    moreItems: 'Altri {count} sotto: gestisci prima quelli sopra.',
    monitoredCount: '{count} monitorati',
    isReply: '↳ risposta in una discussione',
    saveSnapshot: 'Salva un’istantanea anonimizzata della pagina (per segnalare un problema)',
    snapshotSaved: 'Salvato {file} nei download: anonimizzato, non è stato inviato nulla. Allegalo a una segnalazione.',
    snapshotFailed: 'Impossibile salvare l’istantanea: {reason}',
    snapshotNoAnswer: 'la pagina non ha risposto',
  },
};
