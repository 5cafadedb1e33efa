import { hashString } from './hash';

/**
 * Function words (EN/IT) of four letters or more: they carry weight in the model but are no evidence a person can
 * check ('the word "this" → complaint'). Reasons and the urgency words never quote them.
 */
const FUNCTION_WORDS =
  'this that these those with have from they them what your been were will would could should there their about just ' +
  'like than then when which also into only very much more some most such does done here over still even since ' +
  'questo questa questi quello quella quelli sono della delle degli dalla nella nelle come quando anche ancora perche ' +
  'pero molto tutto tutti tutte sempre dopo prima ogni altro altra essere stato stata fatto fare hanno abbiamo avete ' +
  'vostro vostra miei after before because while where';

let hashes: Set<number> | null = null;
/** By token hash, so the hot path never builds a string per word. */
export function functionWordHashes(): Set<number> {
  return (hashes ??= new Set(FUNCTION_WORDS.split(' ').map(hashString)));
}
