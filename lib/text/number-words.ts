/**
 * English number words that outlets use for ages and counts ("nine-year-old", "fifteen").
 * The tokenizer maps them to digits so one pattern covers "9" and "nine".
 */
import { wordTable } from './word-table';
export const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
});
