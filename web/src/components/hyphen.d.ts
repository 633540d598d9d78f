// The hyphen package ships no types; only the sync call the web app uses is declared.
declare module 'hyphen/*' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
    html?: boolean;
  }
  const hyphenator: { hyphenateSync: (text: string, options?: HyphenateOptions) => string };
  export default hyphenator;
}
