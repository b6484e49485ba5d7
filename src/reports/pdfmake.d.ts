// The part of pdfmake 0.3's Node API the reports use. (@types/pdfmake pulls the DOM library into
// the whole program, which changes Node's own types, so these few lines stand in for it.)

declare module 'pdfmake' {
  /** A font family: a file for each of the four styles. */
  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  const pdfmake: {
    setFonts(fonts: Record<string, FontFiles>): void;
    /** Which local files pdfmake may read (fonts, images). */
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    /** Which URLs pdfmake may fetch. */
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    createPdf(doc: object): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
