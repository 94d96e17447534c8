declare module 'text-readability' {
  interface Readability {
    fleschKincaidGrade(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    sentenceCount(text: string): number;
    syllableCount(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
