/**
 * Words the Spanish edition does not use about people or their health, with what to write instead (CONTENT.md's
 * person-first list, in Spanish: NIDA's guidance and the terms SAMHSA and MedlinePlus use in Spanish). A source's
 * title or a program's name quoted inside <Name> is the only exception.
 */
export const spanishAvoidWords: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\b(drog)?adict[oa]s?\b/iu, instead: 'persona con un trastorno por consumo de sustancias' },
  { pattern: /\balcoh[oó]lic[oa]s?\b/iu, instead: 'persona con un trastorno por consumo de alcohol' },
  { pattern: /\btoxic[oó]man[oa]s?\b|\bdrogatas?\b|\bvicios[oa]s?\b|\bborrach[oa]s?\b/iu, instead: 'persona que consume drogas o alcohol' },
  { pattern: /\babus(o|ar|a|an|adores?)\b/iu, instead: 'consumo de sustancias, trastorno por consumo de sustancias' },
  { pattern: /\busuari[oa]s?\b/iu, instead: 'persona que consume drogas' },
  { pattern: /\blimpi[oa]s?\b|\bsuci[oa]s?\b/iu, instead: 'en recuperación, sin consumir; una prueba negativa o positiva' },
  { pattern: /\b(sustituci[oó]n|reemplazo|sustitutiv[oa])\b/iu, instead: 'medicamentos para el trastorno por consumo de opioides' },
];

/** Each avoided word found in the text, with what to write instead. */
export function spanishAvoidWordProblems(text: string): string[] {
  return spanishAvoidWords.flatMap(({ pattern, instead }) => {
    const match = pattern.exec(text);
    return match ? [`"${match[0]}": write "${instead}" instead`] : [];
  });
}
