declare module 'silabas' {
  interface SyllableSplit {
    /** The word cut into its spoken syllables: "agua" -> ["a", "gua"]. */
    syllables(): string[];
  }
  const silabas: (word: string) => SyllableSplit;
  export default silabas;
}
