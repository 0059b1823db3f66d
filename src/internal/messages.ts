/**
 * Text shown to users, in one typed place per widget. Hosts override any message through the
 * definition's `messages` ("common.loading": "…") or an element's `messages` property.
 */
export const commonMessages = {
  loading: 'Loading programme information',
  loadFailedTitle: 'Programme information is not available at the moment',
  loadFailedBody: 'Try again later, or use the link below.',
  editorDetails: 'Details for the website editor',
  editorIssuesIntro: 'The programme definition file has these problems:',
  moreIssues: 'and {count} more (see the browser console)',
};

export type Messages<T> = { [K in keyof T]: string };

/**
 * Merges a widget's default messages with overrides from the definition (`<namespace>.<key>`) and
 * from the element. Only known keys are taken, so overrides cannot add anything else.
 */
export function resolveMessages<T extends Record<string, string>>(
  defaults: T,
  namespace: string,
  fromDefinition: Readonly<Record<string, string>> | undefined,
  fromElement: Partial<Record<keyof T, string>> | undefined,
): Messages<T> {
  const result = { ...defaults } as Record<string, string>;
  for (const key of Object.keys(defaults)) {
    const definitionValue = fromDefinition?.[`${namespace}.${key}`];
    if (typeof definitionValue === 'string') result[key] = definitionValue;
    const elementValue = fromElement?.[key as keyof T];
    if (typeof elementValue === 'string') result[key] = elementValue;
  }
  return result as Messages<T>;
}

/** Fills `{name}` placeholders; values are text, never markup. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
