// The one function of swagger-ui-dist the server uses (the package ships no types).
declare module 'swagger-ui-dist' {
  /** The folder holding Swagger UI's built assets. */
  export function getAbsoluteFSPath(): string;
  const _default: { getAbsoluteFSPath(): string };
  export default _default;
}
