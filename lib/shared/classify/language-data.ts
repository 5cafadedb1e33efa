/** Frequent function words per language (team-written lists), normalised like tokens (no accents). */
export const STOPWORDS: Record<'it' | 'en' | 'other', string> = {
  it:
    'il lo la gli le un uno una di da del della dei delle degli dal dalla nel nella nei nelle sul sulla col con per tra fra ' +
    'che chi cui non ma anche ancora pero perche quindi poi gia piu molto tutto tutti tutte sono sei siamo siete hanno ho hai ha ' +
    'abbiamo avete era erano essere stato stata fatto fare questo questa questi quello quella mio mia miei tuo tua suo sua nostro ' +
    'vostro vostra mi ti ci vi si ne se come dove quando cosa sempre mai niente nulla nessuno oggi ieri domani giorni settimana ' +
    'grazie ciao buongiorno buonasera salve scusate vorrei volevo potete posso devo dovete ancora anzi invece proprio davvero ' +
    'ordine pacco bolletta servizio assistenza clienti solo dopo prima ora ore fino senza sto stanno sta fa fatto detto dei ed ' +
    'io e o i voto deve devono va vai qui li lui lei loro noi voi ecco sara anni casa vita bene male troppo tanto poco nuovo ' +
    'qualcuno qualcosa allora comunque nemmeno neanche questa sulle agli alla alle allo ai al quale quali quanto cioe tipo boh',
  en:
    'the a an of to and or but is are was were be been being have has had do does did not no yes this that these those it its ' +
    'i you he she we they me him her us them my your his our their what which who whom when where why how all any some can could ' +
    'will would should shall may might must from with without for on at by about into over after before again still just only ' +
    'a i very so too than then there here if because while until since thanks thank please hi hello hey order ordered delivery ' +
    'service customer support account my im dont cant wont isnt doesnt didnt ive youre get got going been waiting week weeks ' +
    'days day today yesterday never ever always much more most really also even now back out up down off like know want need',
  other:
    'el los las del por para una como pero muy esta este gracias hola que es en los y le les des est pas une avec pour mais tres ' +
    'merci bonjour der die das und ist nicht mit ich sie wir ein eine danke bitte nao uma obrigado voce ola je nous vous sont',
};
