/**
 * Hand-curated IT/EN cue lexicons (written by the team, not derived from eval-only sets).
 * Words are in normalised form: lower-case, no accents, elongations collapsed, split at apostrophes.
 * The model learns one weight per cue that fires in either language, so what English training data
 * teaches about "terrible" also applies to "pessimo".
 */
export const CUE_WORDS: Record<string, string> = {
  negative:
    'paura morte morto guerra crisi tasse povero poveri dolore piango noia noioso stanco stanca ansia preoccupato ' +
    'preoccupante grave colpa danno danni sfortuna sfiga nervoso incazzato incazzata tristezza orrore rabbia schifezza uffa ' +
    'deludente fallimento peggiorato peggiorata ' +
    'male pessimo pessima pessimi schifo schifoso schifosa vergogna vergognoso vergognosa vergognatevi ridicolo ridicola ridicoli ' +
    'inaccettabile inutile inutili disastro disservizio disservizi delusione deluso delusa delusi scandaloso scandalosa scandalo assurdo assurda ' +
    'incompetenti incompetente peggio peggiore peggiori orribile terribile lentissimi arrabbiato arrabbiata arrabbiati furioso furiosa ' +
    'stufo stufa stufi rotto rotta sbagliato sbagliata purtroppo truffa truffati truffatori ladri schifosi indecente incapaci squallido ' +
    'triste odio brutto brutta peccato fregatura imbarazzante vergognosi pietoso pietosa penoso inammissibile allucinante indegno ' +
    'bad worst terrible awful horrible disgusting disgrace shame shameful ridiculous unacceptable useless disaster disappointed ' +
    'disappointing angry furious broken wrong unfortunately scam scammers thieves hate poor rude slow waste pathetic joke nightmare ' +
    'sucks sad fail failed failing annoying annoyed frustrated frustrating horrendous incompetent appalling worse lousy mess upset',
  positive:
    'amore bellissimi bellezza grande grandi mitico mitica evviva auguri vittoria vinto divertente sorriso gioia ' +
    'fortuna fortunato speranza orgoglioso orgogliosa splendido splendida magnifico migliore migliori favoloso carino carina ' +
    'carini simpatico simpatica geniale wow ' +
    'grazie bravi brava bravo bravissimi bravissima ottimo ottima ottimi perfetto perfetta fantastico fantastica fantastici eccellente ' +
    'bellissimo bellissima bello bella buono buona buonissimo buonissima gentile gentili gentilissimi gentilissima gentilissimo cortese ' +
    'cortesi veloce velocissimi velocissimo rapido rapidissimi top super adoro amo felice felicissima felicissimo contento contenta ' +
    'soddisfatto soddisfatta soddisfatti consiglio consigliatissimo complimenti professionali professionale efficienti efficiente ' +
    'meraviglioso meravigliosa stupendo stupenda spettacolo spettacolari risolto risolta impeccabile puntuale puntuali ' +
    'thanks thank great awesome amazing excellent perfect love loved loving best fantastic wonderful happy glad helpful quick fast ' +
    'friendly kind recommend brilliant impressed superb outstanding good nice lovely fixed resolved appreciated appreciate smooth',
  insult:
    'idiota idioti coglione coglioni stronzo stronzi stronza deficiente deficienti cretino cretini cretina imbecille imbecilli scemo scemi ' +
    'cazzo cazzi merda vaffanculo fanculo minchia pagliaccio pagliacci buffoni buffone somaro somari ignorante ignoranti porco porca ' +
    'puttana troia mongoloide ritardato ritardati fallito falliti sfigato sfigati lecchino lecchini cesso culo morite crepate bestie ' +
    'zecche babbei babbeo cazzari cazzaro rosiconi rosicone poveracci poveraccio analfabeti analfabeta ' +
    'idiot idiots stupid moron morons dumb fuck fucking fucked fucker shit shitty bitch bastard asshole assholes crap loser losers ' +
    'clown clowns retard retarded scum trash garbage stfu wtf dick jerk dumbass pos',
  negation:
    'non no mai nessun nessuno nessuna niente nulla neanche nemmeno neppure senza not never nobody nothing none nor without cannot cant ' +
    'dont doesnt didnt isnt wasnt arent wont don doesn didn isn wasn aren won haven hasn hadn couldn wouldn shouldn weren ain havent hasnt',
  qword:
    'come cosa quando dove perche quanto quanti quanta quale quali chi posso possiamo potete potreste sapere info informazioni ' +
    'how what when where why which who whats anyone possible possibile esiste',
  problem:
    'rotto rotta guasto guasta bloccato bloccata bloccati errore errori ritardo ritardi attesa aspetto attendo ancora reclamo ' +
    'segnalazione addebito addebitato addebitata addebitati rimborso rimborsi reso danneggiato danneggiata sbagliato manca mancante ' +
    'mancano scaduto difettoso difettosa disdetta disattivato sospeso sospesa annullato cancellato smarrito perso persa ' +
    'broken damaged missing late delay delayed waiting still again error refund charged wrong stuck crash crashes crashing cancelled ' +
    'canceled lost defective faulty complaint issue problem problema problemi glitch outage overcharged unresolved',
  customer:
    'ordine ordinato ordini pacco spedizione consegna consegnato corriere bolletta bollette fattura abbonamento contratto account app ' +
    'carta conto bonifico pagamento pagato volo bagaglio valigia prenotazione biglietto assistenza servizio clienti operatore negozio ' +
    'prodotto rider offerta linea fibra modem router sim ' +
    'order ordered package parcel delivery courier bill invoice subscription contract card payment paid flight luggage baggage ' +
    'booking ticket support service customer store product shipment tracking plan internet wifi signal',
  spam:
    'guadagna guadagnare guadagno guadagni crypto bitcoin btc forex trading investimento investire investimenti follow follower followers ' +
    'iscriviti subscribe channel canale visit visita click clicca link bio promo gratis free win vinci giveaway omaggio dm whatsapp ' +
    'telegram contattami scrivimi f4f follow4follow l4l likes earn income profit casino onlyfans sexy sconti coupon codice ' +
    'seguimi followme subscribers iscritti passive reddito profitto nft airdrop',
  laugh: 'ahah ahaha ahahah haha hahaha lol lmao rofl xd ahahaha hahah ahahahah',
  polemic:
    'governo politica politici sinistra destra comunisti fascisti boomer woke salvini meloni renzi pd immigrati trump biden liberal ' +
    'liberals democrats republicans maga gender complotto pecore sheep svegliatevi sveglia casta radical chic elite buonisti',
  lei: 'lei suo sua potrebbe vorrebbe cordiali distinti saluti egregi spettabile spett ringrazio cortesemente cordialmente scusi dica',
  tu: 'ciao tu ti tuo tua puoi hai sei scusa dimmi raga ragazzi dai fammi sai vuoi',
};

/** Two-word cues (normalised, single-letter "t"/"s" from n't / 's are skipped when pairing). */
export const CUE_BIGRAMS: Record<string, string[]> = {
  sarcasm: [
    'grazie tante',
    'complimenti davvero',
    'complimenti vivissimi',
    'ma bravi',
    'bravi davvero',
    'proprio bravi',
    'bravi bravi',
    'che bello',
    'davvero ottimo',
    'ottimo lavoro',
    'proprio ottimo',
    'evviva evviva',
    'grazie eh',
    'bravi eh',
    'complimenti eh',
    'yeah right',
    'thanks for',
    'great job',
    'well done',
    'oh great',
    'just great',
    'so helpful',
    'love waiting',
    'love how',
    'bella roba',
    'che servizio',
    'servizio eccellente',
    'sure thing',
    'oh wow',
    'bel servizio',
    'bel lavoro',
  ],
  problem: [
    'non funziona',
    'non funzionano',
    'non arriva',
    'non arrivato',
    'non arrivata',
    'non ricevuto',
    'nessuna risposta',
    'non risponde',
    'non rispondete',
    'non va',
    'non parte',
    'non carica',
    'non riesco',
    'nessuno risponde',
    'ancora niente',
    'ancora nulla',
    'not working',
    'never arrived',
    'no response',
    'still waiting',
    'not received',
    'doesn work',
    'didn arrive',
    'hasn arrived',
    'haven received',
    'isn working',
    'won load',
    'no one',
    'nobody answers',
    'can log',
    'not arrived',
    'no reply',
    // SMS spelling (nn = non): how much Italian is typed on a phone
    'nn funziona',
    'nn funzionano',
    'nn va',
    'nn arriva',
    'nn risponde',
    'nn rispondete',
    'nn riesco',
    'nn carica',
  ],
};

/** Emoji code points by cue. */
export const CUE_EMOJI: Record<string, number[]> = {
  positive: [
    0x1f60d, 0x2764, 0x1f495, 0x1f44d, 0x1f64f, 0x1f60a, 0x1f970, 0x1f44f, 0x1f4aa, 0x2b50, 0x1f51d, 0x1f600, 0x1f603,
    0x1f604, 0x1f601, 0x263a, 0x1f929, 0x1f4af, 0x2728, 0x1f389, 0x1f31f, 0x1f499, 0x1f49a, 0x1f496, 0x1f618, 0x1f642,
    0x1f917,
  ],
  negative: [
    0x1f621, 0x1f92c, 0x1f44e, 0x1f620, 0x1f624, 0x1f4a9, 0x1f622, 0x1f62d, 0x1f61e, 0x1f614, 0x1f612, 0x1f644, 0x1f629,
    0x1f62b, 0x1f92e, 0x1f922, 0x1f494, 0x1f611, 0x1f610, 0x1f641, 0x1f615, 0x1f92f,
  ],
  laugh: [0x1f602, 0x1f923, 0x1f606, 0x1f61c, 0x1f921],
};
