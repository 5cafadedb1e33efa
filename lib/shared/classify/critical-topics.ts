import type { CriticalTopic } from './types';

/**
 * Default critical topics (user-editable in settings). Phrases are matched on normalised text
 * (lower-case, accents folded, apostrophes split: "d'identità" = "d identita"); a trailing "*" makes a
 * word a prefix ("addebitat*" = addebitato/a/i/e); up to two other words may sit between phrase words
 * ("addebitato l'abbonamento due volte" matches "addebitat* due volte").
 * Phrases are written '|'-separated here only to keep the lists compact; the export is plain string arrays.
 */
const list = (phrases: string): string[] => phrases.split('|');

export const DEFAULT_CRITICAL_TOPICS: CriticalTopic[] = [
  {
    id: 'double_charge',
    label: 'Money taken wrongly / double charge',
    department: 'billing',
    phrases: list(
      'two identical payments|two identical charges|identical charges|identical payments|charged the same|paid twice|due pagamenti uguali|due addebiti uguali|due addebiti identici|pagamenti doppi|due pagamenti identici|' +
        'addebitat* due volte|addebitat* 2 volte|pagato due volte|pagat* 2 volte|doppio addebito|' +
        'addebito doppio|doppio pagamento|doppia fattura|fattura doppia|bolletta doppia|doppia bolletta|' +
        'bollette doppie|addebito duplicato|ancora addebitando|continuate ad addebitar*|' +
        'continuate a prelevar*|addebitat* dopo la disdetta|dopo aver disdetto|fatturat* due volte|' +
        'addebit* non autorizzat*|prelievo non autorizzat*|addebit* non richiest*|addebit* sbagliat*|' +
        'addebit* errat*|addebitat* senza|addebit* in piu|mi avete addebitat*|mi avete prelevat*|' +
        'mi avete scalat*|mi avete tolto|prelevat* soldi|soldi spariti|soldi scalati|credito sparito|' +
        'credito scalat*|rubato i soldi|rubat* soldi|scalato il credito|importo sbagliato|addebiti strani|' +
        'addebiti anomali|charged twice|charged me twice|double charged|double charge|charged two times|' +
        'billed twice|billed me twice|double billed|double billing|duplicate charge|unauthorized charge*|' +
        'unauthorised charge*|charged me without|charged without|overcharged|over charged|took money|' +
        'taken money|money taken|took my money|stole my money|money disappeared|wrong amount|charged again|' +
        'still charging|keep charging|keeps charging|charged after cancel*|charged me for|' +
        'charged for something|' +
        'continuate a prender*|continuano a prender*|continuano a prelevar*|continuano ad addebitar*|continuate a scalar*|' +
        'importo triplo|importo doppio|il doppio del solito|il triplo del solito|triplo rispetto|doppio rispetto|' +
        'addebitat* tre volte|addebitat* 3 volte|pagat* tre volte|pagato 3 volte|tre addebiti|due addebiti|' +
        'addebitat* ma l ordine|pagato ma l ordine|soldi non sono tornati|soldi non mi sono tornati|soldi mai tornati|' +
        'mai riaccreditat*|non riaccreditat*|scalat* dal conto|prelevat* dal conto|' +
        'billed for a subscription|billed me for a|subscription i cancelled|after i cancelled|since i cancelled|' +
        'still taking money|still taking payment*|keep taking money|keeps taking money|kept taking money|' +
        'took the payment twice|took payment twice|payment three times|three times for|charged three times|' +
        'charged 3 times|taken twice|taken three times|two payments|three payments|pending transactions|' +
        'money is gone|money has gone|money gone from|charged but the order|charged but never|' +
        'charged but didn t|paid but the order|importo errat*|renewed without asking|renewed my contract without|rinnovat* senza chiedere|rinnovat* il contratto senza|took from my account|taken from my account|preso dal conto|presi dal conto|preso i soldi dal conto|avete preso i soldi|debited twice|debited two times|' +
        'pres* due volte|pres* 2 volte|scalat* due volte|scalat* 2 volte|due prelievi uguali|addebit* che non riconosco|addebit* che nn riconosco|pagament* che non riconosco|pagament* che nn riconosco|servizi mai attivat*|servizi mai richiest*',
    ),
  },
  {
    id: 'refund_refused',
    label: 'Refund refused',
    department: 'billing',
    phrases: list(
      'rimborso negato|rimborso rifiutat*|negato il rimborso|negano il rimborso|rifiutat* il rimborso|' +
        'rifiuta* di rimborsa*|niente rimborso|nessun rimborso|non mi rimborsa*|non mi hanno rimborsat*|' +
        'non mi avete rimborsat*|non rimborsa*|rimborso mai arrivat*|rimborso non arrivat*|rimborso ancora|' +
        'ancora il rimborso|aspetto il rimborso|attendo il rimborso|attendo ancora il rimborso|' +
        'aspetto ancora il rimborso|dov e il mio rimborso|voglio i miei soldi|rivoglio i miei soldi|' +
        'ridatemi i soldi|ridatemi i miei soldi|restituite i soldi|restituitemi|voglio indietro i soldi|' +
        'rimborso promesso|refund refused|refused refund|refused a refund|refused my refund|refused to refund|' +
        'refuse to refund|refusing to refund|denied refund|denied my refund|refund denied|won t refund|' +
        'wont refund|no refund|not refund*|never refunded|still no refund|waiting for my refund|' +
        'waiting on my refund|waiting for a refund|where is my refund|where s my refund|want my money back|' +
        'give me my money back|money back|refund still|still waiting for refund|haven t been refunded|' +
        'not been refunded|no sign of my refund|can t get a refund|cannot get a refund|won t give me a refund|' +
        'wont give me a refund|refuse to give me|refused to give me|' +
        'rimborso non spetta|non spetta il rimborso|non mi spetta|nessun diritto al rimborso|non ho diritto al rimborso|' +
        'rimborso respint*|respint* il rimborso|non volete rimborsar*|non vogliono rimborsar*|aspetto i soldi|' +
        'aspetto ancora i soldi|attendo i soldi|sto aspettando il rimborso|mesi che aspetto|settimane che aspetto|' +
        'ancora niente rimborso|nemmeno l ombra|mai rimborsat*|not entitled to a refund|not eligible for a refund|' +
        'refund was rejected|rejected my refund|refund rejected|refund request was declined|declined my refund|' +
        'still waiting for my money|waiting for my money|months waiting for|weeks waiting for|get no refund',
    ),
  },
  {
    id: 'hacked_fraud',
    label: 'Hacked account or fraud',
    department: 'security',
    phrases: list(
      'svuotato la carta|svuotato il conto|acquisti che non ho mai fatto|acquisti che non ho fatto|pagamenti che non ho fatto|purchases i never made|payments i never made|emptied my|drained my account|' +
        'hackerat*|hackera*|hacker|account violat*|profilo violat*|accesso non autorizzat*|' +
        'accessi non autorizzat*|qualcuno e entrato|entrat* nel mio account|entrat* nel mio profilo|' +
        'mi hanno truffat*|truffato|truffata|truffati|truffate|truffa|frode|fraudolent*|phishing|carta clonata|clonat*|furto d identita|' +
        'furto di identita|rubato l account|rubato il profilo|sms truffa|movimenti sospetti|' +
        'movimenti che non ho fatto|operazioni non autorizzat*|operazioni che non ho fatto|hacked|hacker*|' +
        'account compromised|compromised|someone logged into|someone accessed|unauthorized access|' +
        'unauthorised access|unauthorized transaction*|unauthorised transaction*|scammed|fraud|fraudulent|' +
        'phishing|identity theft|stolen card|card stolen|card was stolen|card cloned|someone used my card|' +
        'took over my account|hijacked|someone is using my account|someone used my account|' +
        'using my account to|qualcuno sta usando il mio account|usando il mio account|' +
        'transactions i didn t make|purchases i didn t make|i didn t authorize|i didn t authorise|' +
        'logged into my account|logged in to my account|into my account from|orders i didn t|i didn t place|' +
        'pretending to be you|pretending to be from|fake text|fake sms|fake email|scam text|scam email|' +
        'entered my card details|gave them my card|card details stolen|suspicious transactions|' +
        'suspicious activity|transactions i don t recogni*|payments i don t recogni*|' +
        'password was changed|someone changed my password|changed my password without|hanno cambiato la password|qualcuno ha cambiato la password|a nome vostro|spacciandosi per voi|finto sms|sms falso|' +
        'falso sms|email falsa|finta email|movimenti strani|inserito i dati della carta|ordinato a mio nome|never placed that order|never placed this order|never ordered this|non ho fatto nessun ordine|ordered on my account|ordinat* col mio account|ordinat* con il mio account|indirizzo che non conosco|address i don t know|' +
        'ordini che non ho fatto|cambiato la mail|entrat* nel mio|' +
        'carta rubata|rubato la carta|rubata la carta|rubato il bancomat|bancomat rubato|rubato il portafoglio|rubato il telefono|rubato il cellulare|conto svuotato|svuotato il libretto|svuotato la postepay|finto operatore|finta operatrice|finto dipendente|preso il profilo|preso l account',
    ),
  },
  {
    id: 'safety',
    label: 'Safety: injury, fire, food poisoning',
    department: 'quality',
    phrases: list(
      'intossicazione|intossicat*|intossica*|avvelenat*|sono stat* male|stat* malissimo|sentit* male|vomit*|' +
        'pronto soccorso|ospedale|ferit*|infortun*|incendio|prende fuoco|preso fuoco|andato a fuoco|fiamme|' +
        'esplos*|scoppiat*|fumo|scossa|folgorat*|pericolos*|pericolo|reazione allergica|allergia|' +
        'shock anafilattico|vetro nel|pezzo di vetro|pezzi di vetro|corpo estraneo|insetto|scarafagg*|verme|' +
        'vermi|muffa|ammuffit*|mi sono tagliat*|ustion*|surriscald*|batteria gonfia|fuga di gas|soffocat*|' +
        'rischiato|sono celiac*|celiaca|celiaco|food poisoning|poisoned|poisoning|got sick|made me sick|' +
        'sick after|vomit*|throwing up|threw up|hospital|emergency room|injured|injury|injuries|hurt myself|' +
        'burned me|burnt me|burns|caught fire|set on fire|started a fire|fire in my|fire in the|smoke|exploded|explod*|electric shock|dangerous|' +
        'hazard*|allergic reaction|glass in|piece of glass|mold|mould|mouldy|moldy|cockroach*|insect*|' +
        'bug in my|worm*|overheat*|swollen battery|gas leak|choking|choked|unsafe|cut my|i m coeliac|' +
        'i m celiac|made me ill|made me really ill|could have made me|' +
        'started smoking|smoking next|smoke coming|burn the house|burned the house|burnt the house|burn down|sparks|sparking|rash after|' +
        'ill after|poorly after|stomach pains|diarrh*|ambulance|bleeding|nearly choked|almost choked|' +
        'stati male|stato male|stata male|mal di pancia|dissenteria|diarrea|scintill*|ambulanza|sangue|' +
        'mi sono bruciat*|boiling water|acqua bollente|olio bollente|scalded|mi sono scottat*|batteria si e gonfiat*|mi sono fatt* male|fatto male al|fatta male al|si e sciolt*|quasi soffocat*|rischiato di',
    ),
  },
  {
    id: 'legal_threat',
    label: 'Legal threat',
    department: 'legal',
    phrases: list(
      'avvocat*|mio legale|il legale|azione legale|azioni legali|ufficio legale|vie legali|denuncia|denunc*|' +
        'querel*|tribunale|giudice|causa legale|vi faccio causa|fare causa|faro causa|class action|codacons|' +
        'altroconsumo|adiconsum|federconsumatori|associazione consumatori|associazione dei consumatori|' +
        'carabinieri|polizia|guardia di finanza|agcom|antitrust|esposto|diffida|diffido|conciliazione|corecom|' +
        'lawyer*|attorney*|solicitor*|sue|sue you|suing|lawsuit|legal action|take legal|court|small claims|' +
        'report you to|reporting you to|trading standards|better business bureau|bbb|ftc|ombudsman|police|' +
        'class action|consumer protection|legal team|' +
        'carte bollate|per vie legali|mi rivolgo a un legale|legal advice|see you in court|my solicitor|my lawyer',
    ),
  },
  {
    id: 'data_exposed',
    label: 'Personal data exposed',
    department: 'privacy',
    phrases: list(
      'someone else s documents|another person s documents|another customer s|documenti di un altra persona|dati di un altra persona|di un altra persona|di un altro cliente|passport number|codice fiscale di|' +
        'miei dati|dati personali|dati sensibili|ma la privacy|la mia privacy|violazione della privacy|gdpr|' +
        'garante|violazione dei dati|violazione di dati|data breach|dati rubati|dati esposti|dati pubblicati|' +
        'dati di altri|dati di un altro|dati di un altra|fattura di un altro|fattura di un altra|' +
        'email di altri|indirizzo di un altro|diffuso i miei|password in chiaro|vedo i dati|vedo l account di|' +
        'ordini di un altro|ordine di un altro|my data|personal data|personal information|personal info|' +
        'my privacy|privacy breach|privacy violation|invasion of privacy|data breach|breach|leaked|data leak|' +
        'exposed|someone else s account|someone else s order|someone else s details|someone else s data|' +
        'other customers|another customer s|sold my data|shared my data|shared my details|my details were|' +
        'password in plain|' +
        'shared my phone number|gave my number|gave my phone number|gave out my|gave my address|leaked my|' +
        'someone else s invoice|another customer s invoice|dato il mio numero|dato il mio indirizzo|' +
        'dati a uno sconosciuto|bollette di un altr*|fatture di un altr*|vedo le bollette di|vedo le fatture di|' +
        'vedo gli ordini di|vedo i dati di|di un altro utente|another user s|posted my email|posted my phone|' +
        'pubblicato la mia email|pubblicato il mio telefono|pubblicato il mio numero',
    ),
  },
  {
    id: 'outage',
    label: 'Outage',
    department: 'tech',
    phrases: list(
      'nothing has worked|nothing has been working|nothing is loading|can t even get into|non riesco nemmeno a entrare|non va niente|non va nulla|' +
        'non funziona niente|non funziona nulla|non funziona piu niente|non funziona da|non va da|' +
        'non funzionano da|e down|sono down|tutto down|sito down|app down|disservizio|blackout|black out|' +
        'senza linea|senza internet|senza corrente|senza luce|senza acqua|senza gas|senza telefono|senza rete|' +
        'senza connessione|senza segnale|niente linea|linea assente|assenza di linea|internet non va|' +
        'internet non funziona|fibra non va|fibra non funziona|rete assente|nessun segnale|no segnale|' +
        'servizio interrotto|interruzione|irraggiungibile|app non funziona|sito non funziona|' +
        'app non va|sito non va|app non si apre|sito non si apre|' +
        'outage|is down|are down|site down|app down|website down|server* down|down again|' +
        'still down|down for|no internet|no service|no signal|no power|' +
        'power cut|without internet|without power|banking down|no connection|network down|nothing works|nothing is working|service interruption|' +
        'not working for|' +
        'not working since|been down|' +
        'senz acqua|manca la luce|manca la corrente|manca l acqua|manca il gas|manca la linea|mancanza d acqua|mancanza di acqua|mancanza idrica|mancanza di corrente|niente luce|niente corrente|niente acqua|niente gas|niente internet|niente rete|siamo al buio|guasto di zona|guasto massivo|linea morta|linea muta|rubinetti a secco|gas staccato|luce staccata|acqua staccata|senza riscaldamento|internet ko|fibra ko|internet giu|nn funziona niente|nn va niente|nn funziona da|nn va da|nn funziona piu niente|non c e campo|nn c e campo|non c e luce|nn c e luce|non c e corrente|nn c e corrente|non c e linea|nn c e linea|non c e acqua|nn c e acqua|no water|no gas|no heating|no electricity|no broadband|no landline|without water|without gas|without heating|without electricity|lost power|power outage|power is out|power went off',
    ),
  },
  {
    id: 'going_public',
    label: 'Threat to go public / to the press',
    department: 'pr',
    phrases: list(
      'giornali|giornale|giornalist*|alla stampa|la stampa|striscia la notizia|striscia|le iene|iene|' +
        'mi manda rai|mi manda raitre|televisione|in tv|recensione negativa|recensioni negative|trustpilot|' +
        'tripadvisor|lo faccio sapere a tutti|lo sapranno tutti|faccio girare|faro girare|condivido ovunque|' +
        'condividero|lo posto ovunque|virale|diffondero|tutti devono sapere|sui social|pubblichero|una stella|' +
        'going to the press|go to the press|the press|to the media|go to the media|contact the media|journalist*|reporter*|local news|' +
        'news channel|news station|tv station|bbc|watchdog|go viral|going viral|tell everyone|' +
        'telling everyone|trustpilot|yelp|bad review|one star|1 star|review everywhere|post this everywhere|' +
        'everyone will know|warn everyone|warn others|share this everywhere|all over social',
    ),
  },
];
