import type { Dictionary } from '../translate';

const en = {
  sectionTitle: 'Follow-ups',
  toggle: 'Follow-ups {count}',
  overdueCount: '{count} overdue',
  listLabel: 'Follow-ups by due time',
  empty: 'No follow-ups. Escalating an item (E) opens one, due after the department’s answer time.',
  waitingOnDept: 'waiting on {department} since {since}',
  waitingOnCustomer: 'waiting on the customer since {since}',
  dueIn: 'due {when}',
  overdueSince: 'overdue since {when}',
  overdueTag: 'Overdue',
  closedOn: 'closed {when}',
  answerCame: 'Answer came back',
  answerCameFor: 'Answer came back for {name}',
  waitCustomer: 'Waiting on customer',
  waitCustomerFor: 'Now waiting on the customer: {name}',
  openItem: 'Open the item',
  reminderTitle: 'Come back publicly',
  reminderText:
    'The answer came back. Tell {name} in public that it is solved, where the complaint was made: everyone who saw the problem should see it fixed. Say only what the department confirmed.',
  reminderTemplate: 'Template: {title}',
  insertReply: 'Insert into the reply box',
  copyReply: 'Copy',
  copied: 'Copied',
  notOnPage: 'The item is not on this page: open it, then paste the reply.',
  inserted: 'Inserted: check it and press Send yourself.',
  dismiss: 'Done',
  showClosed: 'Show closed',
  historyTitle: 'Customer history',
  historyNone: 'First contact: nothing earlier from this author in your log.',
  historySummary: '{count} earlier item(s) · {escalations} escalated · {resolved} resolved',
  firstLast: 'first contact {first} · last contact {last}',
  returning: 'returning customer',
  nthComplaint: '{nth} complaint this month',
  escalatedTo: 'escalated to {department}',
  resolvedMark: 'resolved',
  openMark: 'not resolved',
  note: 'note: {note}',
};

type Key = keyof typeof en;

const it: Record<Key, string> = {
  sectionTitle: 'Da riprendere',
  toggle: 'Da riprendere {count}',
  overdueCount: '{count} in ritardo',
  listLabel: 'Elementi da riprendere per scadenza',
  empty: 'Niente da riprendere. Passare un elemento a un reparto (E) lo aggiunge, con la scadenza del reparto.',
  waitingOnDept: 'in attesa di {department} da {since}',
  waitingOnCustomer: 'in attesa del cliente da {since}',
  dueIn: 'scade {when}',
  overdueSince: 'in ritardo da {when}',
  overdueTag: 'In ritardo',
  closedOn: 'chiuso {when}',
  answerCame: 'Risposta arrivata',
  answerCameFor: 'Risposta arrivata per {name}',
  waitCustomer: 'In attesa del cliente',
  waitCustomerFor: 'Ora in attesa del cliente: {name}',
  openItem: 'Apri l’elemento',
  reminderTitle: 'Torna a rispondere in pubblico',
  reminderText:
    'La risposta è arrivata. Scrivi a {name} in pubblico che è risolto, dove è nato il reclamo: chi ha visto il problema deve vederlo risolto. Di’ solo ciò che il reparto ha confermato.',
  reminderTemplate: 'Modello: {title}',
  insertReply: 'Inserisci nella risposta',
  copyReply: 'Copia',
  copied: 'Copiato',
  notOnPage: 'L’elemento non è in questa pagina: aprilo, poi incolla la risposta.',
  inserted: 'Inserito: controllalo e premi tu Invia.',
  dismiss: 'Fatto',
  showClosed: 'Mostra chiusi',
  historyTitle: 'Storico del cliente',
  historyNone: 'Primo contatto: nel tuo registro non c’è altro di questo autore.',
  historySummary: '{count} elementi precedenti · {escalations} passati a un reparto · {resolved} risolti',
  firstLast: 'primo contatto {first} · ultimo contatto {last}',
  returning: 'cliente di ritorno',
  nthComplaint: '{nth} reclamo del mese',
  escalatedTo: 'passato a {department}',
  resolvedMark: 'risolto',
  openMark: 'non risolto',
  note: 'nota: {note}',
};

export type FollowUpsKey = Key;
export const followUpsDictionary: Dictionary<Key> = { en, it };

/** "3rd" / "3°". */
export function ordinal(n: number, language: 'en' | 'it'): string {
  if (language === 'it') return `${n}°`;
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
