import type { Dictionary } from '../translate';

export type TraineeKey =
  | 'title'
  | 'intro'
  | 'offline'
  | 'progressOf'
  | 'classify'
  | 'classifyHint'
  | 'reply'
  | 'replyHint'
  | 'suggested'
  | 'noSuggestions'
  | 'pick'
  | 'draft'
  | 'actionLabel'
  | 'action_reply'
  | 'action_ignore'
  | 'action_report'
  | 'check'
  | 'checkHint'
  | 'next'
  | 'result'
  | 'categoryRight'
  | 'categoryWrong'
  | 'actionRight'
  | 'actionWrong'
  | 'rules'
  | 'passed'
  | 'failed'
  | 'why'
  | 'example'
  | 'exampleNone'
  | 'mustDo'
  | 'urgent'
  | 'register_tu'
  | 'register_lei'
  | 'register_casual'
  | 'register_formal'
  | 'exportMd'
  | 'exportCsv'
  | 'exported'
  | 'score'
  | 'saveError'
  | 'cardLabel'
  | 'agoMinutes'
  | 'agoHours'
  | 'practiceTitle'
  | 'practiceEmpty'
  | 'attempts'
  | 'categoryAccuracy'
  | 'actionAccuracy'
  | 'perfect'
  | 'rule'
  | 'overall'
  | 'openTrainee'
  | 'reportTitle'
  | 'reportGenerated'
  | 'reportAttempts'
  | 'reportReply'
  | 'reportFailed'
  | 'reportNone'
  | 'scenarios'
  | 'waiting';

/** The trainee page, the dashboard's practice panel and the mentor's report. */
export const traineeDictionary: Dictionary<TraineeKey> = {
  en: {
    title: 'Practice',
    intro:
      'Made-up comments to practise on: classify each one, answer it, and the coach scores your answer rule by rule.',
    offline: 'Offline: no real customer sees any of this.',
    progressOf: 'Scenario {n} of {total}',
    classify: '1. What kind of comment is it?',
    classifyHint: 'Keys 1-6',
    reply: '2. What do you do?',
    replyHint: 'Pick a template (Alt+1-3) or write your own reply.',
    suggested: 'Suggested templates',
    noSuggestions: 'No template fits: write the reply yourself.',
    pick: 'Use template {n}: {title}',
    draft: 'Your reply',
    actionLabel: 'Your answer',
    action_reply: 'Reply',
    action_ignore: 'Don’t reply (ignore)',
    action_report: 'Hide or report',
    check: 'Check my answer',
    checkHint: 'Ctrl+Enter',
    next: 'Next scenario',
    result: '3. How did it go?',
    categoryRight: 'Category: {category}, right.',
    categoryWrong: 'Category: you said {chosen}, it is {category}.',
    actionRight: 'You chose: {action}, right.',
    actionWrong: 'You chose: {action}; the right move was: {expected}.',
    rules: 'Rule by rule',
    passed: 'Passed',
    failed: 'Failed',
    why: 'Guideline',
    example: 'An example of a good reply',
    exampleNone: 'The right move is not to reply.',
    mustDo: 'A good answer here',
    urgent: 'Urgent: {topics}',
    register_tu: 'Customer uses “tu”',
    register_lei: 'Customer uses “Lei”',
    register_casual: 'Casual register',
    register_formal: 'Formal register',
    exportMd: 'Download report (Markdown)',
    exportCsv: 'Download attempts (CSV)',
    exported: 'Saved to your downloads folder.',
    score: '{passed} of {total} rules passed',
    saveError: 'Your progress could not be saved: {message}',
    cardLabel: 'Practice comment',
    agoMinutes: '{n} min',
    agoHours: '{n} h',
    practiceTitle: 'Practice',
    practiceEmpty: 'No practice yet. Open Practice to train on made-up comments.',
    attempts: 'Attempts',
    categoryAccuracy: 'Category right',
    actionAccuracy: 'Right move',
    perfect: 'All rules passed',
    rule: 'Rule',
    overall: 'Overall',
    openTrainee: 'Practise',
    reportTitle: 'CareSide practice report',
    reportGenerated: 'Generated on {date}. Scenarios are made up; no customer data.',
    reportAttempts: 'Attempts',
    reportReply: 'Reply',
    reportFailed: 'Failed rules',
    reportNone: 'none',
    scenarios: 'Scenarios practised',
    waiting: 'Classify the comment and answer it: the coach’s verdict, rule by rule, appears here.',
  },
  it: {
    title: 'Allenamento',
    intro:
      'Commenti inventati su cui esercitarsi: classifica ognuno, rispondi e il coach valuta la risposta regola per regola.',
    offline: 'Offline: nessun cliente reale vede niente di tutto questo.',
    progressOf: 'Scenario {n} di {total}',
    classify: '1. Che tipo di commento è?',
    classifyHint: 'Tasti 1-6',
    reply: '2. Cosa fai?',
    replyHint: 'Scegli un modello (Alt+1-3) o scrivi tu la risposta.',
    suggested: 'Modelli suggeriti',
    noSuggestions: 'Nessun modello adatto: scrivi tu la risposta.',
    pick: 'Usa il modello {n}: {title}',
    draft: 'La tua risposta',
    actionLabel: 'La tua scelta',
    action_reply: 'Rispondi',
    action_ignore: 'Non rispondere (ignora)',
    action_report: 'Nascondi o segnala',
    check: 'Controlla la risposta',
    checkHint: 'Ctrl+Invio',
    next: 'Scenario successivo',
    result: '3. Com’è andata?',
    categoryRight: 'Categoria: {category}, giusto.',
    categoryWrong: 'Categoria: hai detto {chosen}, è {category}.',
    actionRight: 'Hai scelto: {action}, giusto.',
    actionWrong: 'Hai scelto: {action}; la mossa giusta era: {expected}.',
    rules: 'Regola per regola',
    passed: 'Superata',
    failed: 'Non superata',
    why: 'Linea guida',
    example: 'Un esempio di buona risposta',
    exampleNone: 'La mossa giusta è non rispondere.',
    mustDo: 'Una buona risposta qui',
    urgent: 'Urgente: {topics}',
    register_tu: 'Il cliente dà del tu',
    register_lei: 'Il cliente dà del Lei',
    register_casual: 'Registro informale',
    register_formal: 'Registro formale',
    exportMd: 'Scarica il report (Markdown)',
    exportCsv: 'Scarica i tentativi (CSV)',
    exported: 'Salvato nella cartella dei download.',
    score: '{passed} regole superate su {total}',
    saveError: 'Non è stato possibile salvare i progressi: {message}',
    cardLabel: 'Commento di allenamento',
    agoMinutes: '{n} min',
    agoHours: '{n} h',
    practiceTitle: 'Allenamento',
    practiceEmpty: 'Nessun allenamento ancora. Apri Allenamento per esercitarti su commenti inventati.',
    attempts: 'Tentativi',
    categoryAccuracy: 'Categoria giusta',
    actionAccuracy: 'Mossa giusta',
    perfect: 'Tutte le regole superate',
    rule: 'Regola',
    overall: 'Totale',
    openTrainee: 'Allenati',
    reportTitle: 'Report di allenamento CareSide',
    reportGenerated: 'Generato il {date}. Gli scenari sono inventati; nessun dato di clienti.',
    reportAttempts: 'Tentativi',
    reportReply: 'Risposta',
    reportFailed: 'Regole non superate',
    reportNone: 'nessuna',
    scenarios: 'Scenari svolti',
    waiting: 'Classifica il commento e rispondi: qui compare il giudizio del coach, regola per regola.',
  },
};
