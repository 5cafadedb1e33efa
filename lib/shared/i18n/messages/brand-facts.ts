import type { BrandFactKey } from '../../templates/brand-facts';
import type { Dictionary } from '../translate';

/** Brand facts: their labels and examples on the settings page, and the hint a template shows when one is unset. */
export type BrandFactsKey =
  | 'factsTitle'
  | 'factsHint'
  | BrandFactKey
  | `${BrandFactKey}Hint`
  | `${BrandFactKey}Missing`
  | 'askName'
  | 'greetWithoutName';

export const brandFactsDictionary: Dictionary<BrandFactsKey> = {
  en: {
    factsTitle: 'What replies may state',
    factsHint:
      'Templates state these facts only as you write them here, in the language you reply in. A template that needs one you leave empty is shown disabled: nothing is invented.',
    openingHours: 'Opening hours',
    openingHoursHint: 'Used as {opening_hours}, e.g. “Mon-Sat 9:00-19:30, Sun 10:00-13:00”.',
    openingHoursMissing: 'Set opening hours in Settings',
    shippingTimes: 'Delivery times',
    shippingTimesHint: 'Used as {shipping_times}, e.g. “2-4 working days in Italy”.',
    shippingTimesMissing: 'Set delivery times in Settings',
    shippingAbroad: 'Shipping abroad',
    shippingAbroadHint: 'Used as {shipping_abroad}, e.g. “to all EU countries in 3-6 working days”.',
    shippingAbroadMissing: 'Set shipping abroad in Settings',
    orderCutoff: 'Same-day dispatch cut-off',
    orderCutoffHint: 'Used as {order_cutoff}, e.g. “13:00”.',
    orderCutoffMissing: 'Set the order cut-off in Settings',
    returnWindow: 'Return window',
    returnWindowHint: 'Used as {return_window}, e.g. “30 days”.',
    returnWindowMissing: 'Set the return window in Settings',
    refundTime: 'Refund time',
    refundTimeHint: 'Used as {refund_time}, e.g. “5-10 working days”.',
    refundTimeMissing: 'Set the refund time in Settings',
    followUpTime: 'When you come back after checking',
    followUpTimeHint: 'Used as {follow_up_time}, e.g. “by tomorrow” or “within 24 hours”: a time your team can keep.',
    followUpTimeMissing: 'Set when you come back (follow-up time) in Settings',
    askName: 'The first name can’t be told from “{display}”: check it, or greet without a name.',
    greetWithoutName: 'Greet without a name',
  },
  it: {
    factsTitle: 'Cosa possono dire le risposte',
    factsHint:
      'I modelli riportano questi dati solo come li scrivi qui, nella lingua in cui rispondi. Un modello che ne richiede uno vuoto appare disattivato: nulla viene inventato.',
    openingHours: 'Orari di apertura',
    openingHoursHint: 'Usati come {opening_hours}, es. “lun-sab 9:00-19:30, dom 10:00-13:00”.',
    openingHoursMissing: 'Imposta gli orari di apertura nelle Impostazioni',
    shippingTimes: 'Tempi di consegna',
    shippingTimesHint: 'Usati come {shipping_times}, es. “2-4 giorni lavorativi in Italia”.',
    shippingTimesMissing: 'Imposta i tempi di consegna nelle Impostazioni',
    shippingAbroad: 'Spedizioni all’estero',
    shippingAbroadHint: 'Usato come {shipping_abroad}, es. “in tutti i Paesi UE in 3-6 giorni lavorativi”.',
    shippingAbroadMissing: 'Imposta le spedizioni all’estero nelle Impostazioni',
    orderCutoff: 'Orario limite per la spedizione in giornata',
    orderCutoffHint: 'Usato come {order_cutoff}, es. “13:00”.',
    orderCutoffMissing: 'Imposta l’orario limite degli ordini nelle Impostazioni',
    returnWindow: 'Tempo per il reso',
    returnWindowHint: 'Usato come {return_window}, es. “30 giorni”.',
    returnWindowMissing: 'Imposta il tempo per il reso nelle Impostazioni',
    refundTime: 'Tempi di rimborso',
    refundTimeHint: 'Usati come {refund_time}, es. “5-10 giorni lavorativi”.',
    refundTimeMissing: 'Imposta i tempi di rimborso nelle Impostazioni',
    followUpTime: 'Quando ricontatti dopo una verifica',
    followUpTimeHint:
      'Usato come {follow_up_time}, es. “entro domani” o “entro 24 ore”: un tempo che il team rispetta.',
    followUpTimeMissing: 'Imposta quando ricontatti (tempo di risposta) nelle Impostazioni',
    askName: 'Da “{display}” non si capisce il nome: controllalo, o saluta senza nome.',
    greetWithoutName: 'Saluta senza nome',
  },
};
