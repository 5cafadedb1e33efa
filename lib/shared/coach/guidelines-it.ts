import { X_LIMIT, X_URL_WEIGHT } from '../templates/x-length';
import { GUIDELINES } from './guidelines';

/** The same rules of care-guidelines.md, cited in Italian for the Italian UI (keys of GUIDELINES). */
export const GUIDELINES_IT: Record<keyof typeof GUIDELINES, string> = {
  personalise: 'Tono di voce — “Personalizza ogni modello: almeno il nome del cliente.”',
  mirror: 'Tono di voce — “Rispecchia la lingua e il registro del cliente (tu o Lei in italiano).”',
  positive: 'Tono di voce — “Positivo e professionale; il tono colloquiale va bene, sarcasmo e battute no.”',
  emoji: 'Tono di voce — “Emoji solo quando il problema è risolto.”',
  transparency:
    'Tono di voce — “Trasparenza: se ancora non sai, di’ che la richiesta è presa in carico e torna a rispondere; dai tempi realistici.”',
  complaintEmpathy: 'Reclamo — “prima di tutto l’empatia”',
  complaintPrivate: 'Reclamo — “sposta i dettagli sensibili su un canale privato (messaggio, email, telefono)”',
  complaintPromise: 'Reclamo — “non promettere mai quello che non puoi mantenere”',
  complaintRight: 'Reclamo — “verifica i fatti; se il cliente ha ragione, diglielo in pubblico”',
  praise:
    'Complimento — “ringrazia in pubblico e per nome; valuta una ricompensa (visibilità, sconto, canale prioritario)”',
  question: 'Domanda — “dettagliata, passo per passo, completa; una risposta veloce ma inutile è peggio di nessuna”',
  troll: 'Troll — “non alimentarlo: di solito si ignora; mai sarcasmo”',
  spam: 'Spam — “nascondi o segnala secondo le regole della piattaforma; lo spam NON è un commento negativo”',
  neverDelete:
    'Regola ferma — “non cancellare né nascondere mai commenti o recensioni negative. Cancellare sembra un’ammissione di colpa.”',
  templates: 'Modelli — “Vanno personalizzati”',
  xLength: `X — ${X_LIMIT} caratteri pesati, ogni link ne conta ${X_URL_WEIGHT}`,
};

/** A finding's citation (the English text of GUIDELINES) in the UI language; unknown ones stay as they are. */
export function citationIn(guideline: string, language: 'en' | 'it'): string {
  if (language === 'en') return guideline;
  const key = (Object.keys(GUIDELINES) as (keyof typeof GUIDELINES)[]).find((k) => GUIDELINES[k] === guideline);
  return key ? GUIDELINES_IT[key] : guideline;
}
