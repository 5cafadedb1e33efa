import type { Dictionary } from '../translate';

type DashboardKey =
  | 'title'
  | 'period'
  | 'today'
  | 'last7'
  | 'last30'
  | 'custom'
  | 'from'
  | 'to'
  | 'platform'
  | 'allPlatforms'
  | 'handled'
  | 'resolved'
  | 'responseRate'
  | 'responseRateDetail'
  | 'median'
  | 'p90'
  | 'within10m'
  | 'within1h'
  | 'within24h'
  | 'expectation'
  | 'urgent'
  | 'urgentDetail'
  | 'escalations'
  | 'noEscalations'
  | 'trolls'
  | 'spam'
  | 'approximate'
  | 'businessHoursNote'
  | 'benchmark'
  | 'benchmarkNone'
  | 'perDay'
  | 'distribution'
  | 'perPlatform'
  | 'templateUsage'
  | 'noTemplates'
  | 'topTopics'
  | 'faq'
  | 'faqHint'
  | 'exportFaq'
  | 'topic'
  | 'count'
  | 'noData'
  | 'loading'
  | 'error'
  | 'data'
  | 'dataSummary'
  | 'retention'
  | 'retentionOff'
  | 'textStored'
  | 'textNotStored'
  | 'exportJson'
  | 'exportCsv'
  | 'importJson'
  | 'importDone'
  | 'importFailed'
  | 'wipe'
  | 'wipeConfirm'
  | 'wipeConfirmLabel'
  | 'wipeCancel'
  | 'wiped'
  | 'recompute'
  | 'recomputed'
  | 'busy'
  | 'chartSummary'
  | 'under10m'
  | 'under1h'
  | 'under4h'
  | 'under24h'
  | 'under3d'
  | 'over3d'
  | 'x'
  | 'facebook'
  | 'complaint'
  | 'praise'
  | 'question'
  | 'troll'
  | 'other'
  | 'spamCategory';

export const dashboardDictionary: Dictionary<DashboardKey> = {
  en: {
    title: 'Your customer care numbers',
    period: 'Period',
    today: 'Today',
    last7: 'Last 7 days',
    last30: 'Last 30 days',
    custom: 'Custom',
    from: 'From',
    to: 'To',
    platform: 'Platform',
    allPlatforms: 'All platforms',
    handled: 'Handled',
    resolved: 'Resolved',
    responseRate: 'Response rate',
    responseRateDetail: '{handled} of {seen} items that reached your queue',
    median: 'Median response time',
    p90: '90th percentile',
    within10m: 'Within 10 min',
    within1h: 'Within 1 hour',
    within24h: 'Within 24 hours',
    expectation: '{share}% of customers expect this',
    urgent: 'Urgent items',
    urgentDetail: 'median response {time}',
    escalations: 'Escalations by department',
    noEscalations: 'No escalations',
    trolls: 'Trolls ignored',
    spam: 'Spam hidden',
    approximate: '{count} response times use an estimated post time (Facebook shows “2 h”).',
    businessHoursNote: 'Response times count business hours only.',
    benchmark:
      'You answered {rate}% of the items you saw — Italian brands answered {study}% on {platform} in the study quoted by the guidelines.',
    benchmarkNone:
      'Handle a few items to compare yourself with the brands in the study (1.6% of Facebook posts, 1.9% of tweets answered).',
    perDay: 'Handled per day, by category',
    distribution: 'Response time distribution',
    perPlatform: 'Per platform',
    templateUsage: 'Template usage',
    noTemplates: 'No templates used yet',
    topTopics: 'Top topics',
    faq: 'FAQ candidates',
    faqHint: 'Recurring questions: content for FAQs, articles and posts.',
    exportFaq: 'Export FAQ candidates (CSV)',
    topic: 'Topic',
    count: 'Items',
    noData: 'Nothing handled in this period yet.',
    loading: 'Loading your numbers…',
    error: 'Could not load the statistics: {message}',
    data: 'Your data',
    dataSummary: '{handled} handled items, {seen} seen items, {templates} saved templates — all on this device.',
    retention: 'Rows older than {days} days are deleted automatically.',
    retentionOff: 'The log is kept until you delete it.',
    textStored: 'Comment text is stored for your review.',
    textNotStored: 'No comment text is stored.',
    exportJson: 'Download backup (JSON)',
    exportCsv: 'Download log (CSV)',
    importJson: 'Restore a backup',
    importDone: 'Backup restored: {handled} handled items.',
    importFailed: 'Backup refused, nothing changed: {message}',
    wipe: 'Delete everything…',
    wipeConfirm:
      'Delete the whole log, the statistics and your saved templates? Download a backup first: this cannot be undone.',
    wipeConfirmLabel: 'Yes, delete everything',
    wipeCancel: 'Cancel',
    wiped: 'Everything was deleted.',
    recompute: 'Re-apply business hours to past items',
    recomputed: 'Response times recomputed for {rows} items.',
    busy: 'Working…',
    chartSummary: '{title}: {summary}',
    under10m: '≤ 10 min',
    under1h: '10–60 min',
    under4h: '1–4 h',
    under24h: '4–24 h',
    under3d: '1–3 days',
    over3d: '> 3 days',
    x: 'X',
    facebook: 'Facebook',
    complaint: 'Complaints',
    praise: 'Praise',
    question: 'Questions',
    troll: 'Trolls',
    other: 'Other',
    spamCategory: 'Spam',
  },
  it: {
    title: 'I tuoi numeri di customer care',
    period: 'Periodo',
    today: 'Oggi',
    last7: 'Ultimi 7 giorni',
    last30: 'Ultimi 30 giorni',
    custom: 'Personalizzato',
    from: 'Dal',
    to: 'Al',
    platform: 'Piattaforma',
    allPlatforms: 'Tutte le piattaforme',
    handled: 'Gestiti',
    resolved: 'Risolti',
    responseRate: 'Tasso di risposta',
    responseRateDetail: '{handled} su {seen} elementi arrivati in coda',
    median: 'Tempo di risposta mediano',
    p90: '90° percentile',
    within10m: 'Entro 10 min',
    within1h: 'Entro 1 ora',
    within24h: 'Entro 24 ore',
    expectation: 'Se lo aspetta il {share}% dei clienti',
    urgent: 'Elementi urgenti',
    urgentDetail: 'risposta mediana {time}',
    escalations: 'Escalation per reparto',
    noEscalations: 'Nessuna escalation',
    trolls: 'Troll ignorati',
    spam: 'Spam nascosto',
    approximate: '{count} tempi di risposta usano un orario stimato (Facebook mostra “2 h”).',
    businessHoursNote: 'I tempi di risposta contano solo l’orario di lavoro.',
    benchmark:
      'Hai risposto al {rate}% degli elementi visti — i brand italiani rispondevano al {study}% su {platform} nello studio citato dalle linee guida.',
    benchmarkNone:
      'Gestisci qualche elemento per confrontarti con i brand dello studio (risposta all’1,6% dei post Facebook e all’1,9% dei tweet).',
    perDay: 'Gestiti al giorno, per categoria',
    distribution: 'Distribuzione dei tempi di risposta',
    perPlatform: 'Per piattaforma',
    templateUsage: 'Uso dei modelli',
    noTemplates: 'Nessun modello usato finora',
    topTopics: 'Argomenti principali',
    faq: 'Candidati per le FAQ',
    faqHint: 'Domande ricorrenti: materiale per FAQ, articoli e post.',
    exportFaq: 'Esporta i candidati FAQ (CSV)',
    topic: 'Argomento',
    count: 'Elementi',
    noData: 'Ancora nulla di gestito in questo periodo.',
    loading: 'Caricamento dei tuoi numeri…',
    error: 'Impossibile caricare le statistiche: {message}',
    data: 'I tuoi dati',
    dataSummary:
      '{handled} elementi gestiti, {seen} elementi visti, {templates} modelli salvati — tutto su questo dispositivo.',
    retention: 'Le righe più vecchie di {days} giorni vengono cancellate automaticamente.',
    retentionOff: 'Il registro resta finché non lo cancelli.',
    textStored: 'Il testo dei commenti viene salvato per la tua revisione.',
    textNotStored: 'Il testo dei commenti non viene salvato.',
    exportJson: 'Scarica un backup (JSON)',
    exportCsv: 'Scarica il registro (CSV)',
    importJson: 'Ripristina un backup',
    importDone: 'Backup ripristinato: {handled} elementi gestiti.',
    importFailed: 'Backup rifiutato, nulla è cambiato: {message}',
    wipe: 'Cancella tutto…',
    wipeConfirm:
      'Cancellare tutto il registro, le statistiche e i modelli salvati? Scarica prima un backup: non si può annullare.',
    wipeConfirmLabel: 'Sì, cancella tutto',
    wipeCancel: 'Annulla',
    wiped: 'Tutto è stato cancellato.',
    recompute: 'Applica l’orario di lavoro agli elementi passati',
    recomputed: 'Tempi di risposta ricalcolati per {rows} elementi.',
    busy: 'In corso…',
    chartSummary: '{title}: {summary}',
    under10m: '≤ 10 min',
    under1h: '10–60 min',
    under4h: '1–4 h',
    under24h: '4–24 h',
    under3d: '1–3 giorni',
    over3d: '> 3 giorni',
    x: 'X',
    facebook: 'Facebook',
    complaint: 'Reclami',
    praise: 'Complimenti',
    question: 'Domande',
    troll: 'Troll',
    other: 'Altro',
    spamCategory: 'Spam',
  },
};
