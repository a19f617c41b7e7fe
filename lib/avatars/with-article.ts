/** "an engineer", "a UX designer", "a university lecturer", "an auburn bob". */
export function withArticle(phrase: string) {
  const soundsLikeConsonant = /^(uni|use|usu|ux|eu|one)/i.test(phrase) || !/^[aeiou]/i.test(phrase);
  return soundsLikeConsonant ? `a ${phrase}` : `an ${phrase}`;
}
