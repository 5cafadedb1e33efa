import type { Register } from '../model/categories';

// Informal: second-person pronouns, tu verb forms and imperatives common in care replies.
const TU_WORDS =
  /\b(ti|tu|tuo|tua|tuoi|tue|te|puoi|hai|sei|vuoi|devi|scrivici|mandaci|contattaci|chiamaci|inviaci|dimmi|fammi|dicci|facci|scusaci|vai|scegli|stampa|tocca|goditi|controlla|prova|verifica|aggiornati|ringraziarti|darti|aiutarti|scriverti|contattarti|ciao|ricevi|vedi|trovi|sai|nascondi|segnala|lasciala|rispondi)\b/gi;
// Formal: courtesy forms ("Lei", "La/Le" mid-sentence, "Suo") and formal imperatives/verb forms.
const LEI_PRONOUNS = /(?<![.!?]\s*|^\s*)\b(La|Le)\b|\b(Lei|Suo|Sua|Suoi|Sue)\b|\p{Ll}(La|Le|Lo)\b/gu;
const LEI_VERBS =
  /\b(può|vuole|desidera|ci scriva|ci mandi|ci invii|ci contatti|ci chiami|ci dica|ci faccia|scriva|mandi|invii|contatti|verifichi|controlli|selezioni|vada|scelga|stampi|utilizzi|inserisca|segua|esca|cambi|tagghi|condivida|si rivolga|mi scusi|ci scusi|ha ragione|gentile|gentilissim[oa]|la invitiamo|la ringraziamo|le ricordiamo|le consigliamo|le scriviamo|riceverà|si senta|è invitat[oa])\b/gi;

export interface RegisterReading {
  tu: number;
  lei: number;
  /** undefined when the text has no marker of either (e.g. "Grazie mille!"). */
  register?: Register | 'mixed';
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** Reads the Italian register of a reply: tu, Lei, mixed (an error to fix) or neutral. */
export function detectRegister(text: string): RegisterReading {
  const tu = count(text, TU_WORDS);
  const lei = count(text, LEI_PRONOUNS) + count(text, LEI_VERBS);
  const register = tu && lei ? 'mixed' : tu ? 'tu' : lei ? 'lei' : undefined;
  return { tu, lei, register };
}
