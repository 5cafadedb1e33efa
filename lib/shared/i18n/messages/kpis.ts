import type { Dictionary } from '../translate';

/** The dashboard's KPI cards the guidelines name, and the FAQ candidates' actions. */
export type KpisKey =
  | 'problemsResolved'
  | 'resolutionDetail'
  | 'followUpsOnTime'
  | 'followUpsDetail'
  | 'returning'
  | 'returningDetail'
  | 'satisfactionShare'
  | 'satisfactionDetail'
  | 'makeTemplate'
  | 'makeTemplateFor';

export const kpisDictionary: Dictionary<KpisKey> = {
  en: {
    problemsResolved: 'Problems resolved',
    resolutionDetail: 'median time to resolution {time}',
    followUpsOnTime: 'Follow-ups on time',
    followUpsDetail: '{onTime} of {closed} closed by their due time',
    returning: 'Returning customers',
    returningDetail: '{returning} of {customers} customers came back',
    satisfactionShare: 'Satisfied customers',
    satisfactionDetail: '{marks} marks: {satisfied} satisfied · {neutral} neutral · {unhappy} unhappy',
    makeTemplate: 'Make a template',
    makeTemplateFor: 'Make a template for “{topic}”',
  },
  it: {
    problemsResolved: 'Problemi risolti',
    resolutionDetail: 'tempo mediano di risoluzione {time}',
    followUpsOnTime: 'Follow-up puntuali',
    followUpsDetail: '{onTime} su {closed} chiusi entro la scadenza',
    returning: 'Clienti di ritorno',
    returningDetail: '{returning} su {customers} clienti sono tornati',
    satisfactionShare: 'Clienti soddisfatti',
    satisfactionDetail: '{marks} valutazioni: {satisfied} soddisfatti · {neutral} neutrali · {unhappy} insoddisfatti',
    makeTemplate: 'Crea un modello',
    makeTemplateFor: 'Crea un modello per “{topic}”',
  },
};
