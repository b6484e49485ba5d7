// Vite's `?raw` imports of CSV files: the file's text.
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
