/** Name variables: when the first name can't be told, the user confirms one or greets without it. */
export const NAME_VARIABLES = ['first_name', 'name'] as const;

export function isNameVariable(name: string): boolean {
  return (NAME_VARIABLES as readonly string[]).includes(name);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The draft greeting without the name: "Hi {first_name}, thanks" → "Hi, thanks", "Thank you, {first_name}!"
 * → "Thank you!", "Gentile {name}, ..." → "Gentile cliente, ..." (the formal greeting needs a noun).
 */
export function withoutVariable(text: string, variable: string): string {
  const token = escape(`{${variable}}`);
  return text
    .replace(new RegExp(`\\b(Gentile|Gentilissim[ao]|Caro|Cara) ${token}`, 'g'), '$1 cliente')
    .replace(new RegExp(`,\\s*${token}(?=\\s*[!.?,;:])`, 'g'), '')
    .replace(new RegExp(`\\s*${token}`, 'g'), '');
}
